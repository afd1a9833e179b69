package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Where the batch runner finds input files and their content facts. The local source reads local paths
 * only and refuses URI inputs with a configuration error; an engine that reads Hadoop URIs (the Spark
 * engine) supplies its own, which may also compute the facts elsewhere (on executors).
 */
public interface InputSource {

    /** The local file system: URIs are refused (exit 78), facts are computed here. */
    InputSource LOCAL = new InputSource() {
    };

    /**
     * The files of one URI input ({@link InputConfig#uri()} set), in reading order; their {@code path} is null
     * and their {@code name} is their URI.
     */
    default List<InputFiles.InputFile> files(InputConfig uriInput) throws RunException {
        throw new RunException(ExitCode.CONFIG, "input " + uriInput.uri() + " is a URI: the local engine reads local"
                + " paths only; Hadoop URIs (hdfs://, s3a://, file://, globs) need 'run --engine spark' (see docs/spark.md)");
    }

    /** SHA-256 and size of one input file (called for every file, in input order). */
    default Facts facts(InputFiles.InputFile file) throws IOException {
        if (file.path() == null) {
            throw new IOException("no local path for " + file.name());
        }
        return new Facts(Hashing.sha256(file.path()), Files.size(file.path()));
    }

    /**
     * Content facts of an input file.
     *
     * @param sha256 SHA-256 of the bytes, lower-case hex
     * @param size   size in bytes
     */
    record Facts(String sha256, long size) {
    }
}
