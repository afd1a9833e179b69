package org.conflictmap.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.GeoparseJson;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code conflictmap geoparse}: finds and resolves the place names of documents, one JSON line each. */
@Command(name = "geoparse", mixinStandardHelpOptions = true,
        description = {
            "Finds the place names in documents and resolves them against the gazetteer.",
            "",
            "Input (--input): a JSONL file with one {\"id\", \"text\", \"lang\"?, \"date\"?, \"title\"?} per line,",
            "a folder of .txt files (id = file name, sorted), or '-' for JSONL on stdin.",
            "",
            "Output (--output): one JSON line per input record, in input order:",
            "  {\"id\",\"lang\",\"toponyms\":[{\"start\",\"end\",\"surface\",\"kind\",\"geonameid\",\"name\",",
            "   \"country\",\"admin1\",\"feature\",\"lat\",\"lon\",\"confidence\",\"alternatives\"}]}",
            "start/end are Java String offsets (end exclusive); kind is toponym or demonym (a demonym",
            "resolves to its country); geonameid is null for project-made places.",
            "A record that cannot be read (invalid UTF-8, not JSON, no text, empty, too large, binary)",
            "is reported on stderr with file:line and gets an output line {\"id\",\"line\",\"error\"};",
            "the others are processed and the exit code is 65.",
            "",
            "Example:", "  conflictmap geoparse --input articles.jsonl --output places.jsonl"
        })
public final class GeoparseCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "IN",
            description = "JSONL file, folder of .txt files, or '-' for stdin.")
    private String input;

    @Option(names = "--output", required = true, paramLabel = "OUT.jsonl",
            description = "Output JSONL file (written atomically), or '-' for stdout.")
    private String output;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Language (ISO 639-1) for records without \"lang\"; default: detected per document.")
    private String lang;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: CPU cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-doc-bytes", paramLabel = "BYTES", defaultValue = "10000000",
            description = "Records larger than this are refused with an error (default: ${DEFAULT-VALUE}).")
    private int maxDocBytes;

    @Mixin
    private GazetteerOption gazetteerOption = new GazetteerOption();

    @Mixin
    private WeightsOption weightsOption = new WeightsOption();

    private final Gazetteer fixedGazetteer;
    private final PrintStream err;

    /** The command as registered on the command line. */
    public GeoparseCommand() {
        this(null, System.err);
    }

    /** A command over a given gazetteer (for tests and embedding). */
    public GeoparseCommand(Gazetteer gazetteer, PrintStream err) {
        this.fixedGazetteer = gazetteer;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        GazetteerGeoparser geoparser = weightsOption.geoparser(gazetteerOption, fixedGazetteer, err);
        if (geoparser == null) {
            return 78;
        }
        GeoparseInput in;
        try {
            in = GeoparseInput.open(input, System.in, maxDocBytes);
        } catch (IOException e) {
            err.println("conflictmap geoparse: cannot read input " + input + ": " + e.getMessage());
            return 66;
        }
        GeoparseStream.Counts[] counts = new GeoparseStream.Counts[1];
        try (in; GeoparseStream stream = new GeoparseStream(geoparser, lang, threads, err)) {
            if ("-".equals(output)) {
                OutputStream out = System.out;
                counts[0] = stream.run(in, out);
                out.flush();
            } else {
                Path outPath = Path.of(output);
                try {
                    AtomicFiles.write(outPath, out -> counts[0] = stream.run(in, out));
                } catch (IOException e) {
                    if (!Files.isWritable(outPath.toAbsolutePath().getParent())) {
                        err.println("conflictmap geoparse: cannot write " + output + ": " + e.getMessage());
                        return 73;
                    }
                    throw e;
                }
            }
        } catch (UncheckedIOException e) {
            err.println("conflictmap geoparse: I/O error: " + e.getCause().getMessage());
            return 74;
        }
        long total = counts[0].records();
        long failed = counts[0].failed();
        if (total == 0) {
            err.println("conflictmap geoparse: no input records in " + input);
            return 66;
        }
        if (failed > 0) {
            err.println("conflictmap geoparse: " + failed + " of " + total + " records failed");
            return 65;
        }
        return 0;
    }
}
