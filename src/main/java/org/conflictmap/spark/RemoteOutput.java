package org.conflictmap.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.conflictmap.batch.BatchRunner;
import org.conflictmap.batch.ExitCode;
import org.conflictmap.batch.RunException;

/**
 * An output folder given as a Hadoop URI ({@code hdfs://nn/out}, {@code s3a://bucket/out}, {@code file:///x}):
 * the batch runner writes a local staging folder on the driver, as always (atomic files, lock); the
 * incremental state of the previous run is first fetched from the URI into it, so reruns stay
 * incremental; after the run every file of the staging folder (but its lock) is copied to the URI,
 * replacing the files of the same name there and the previous state. Not guarded against two runs
 * publishing to the same URI at once.
 */
final class RemoteOutput {

    private static final String STATE = ".conflictmap-state";
    private static final String LOCK = ".conflictmap.lock";

    /** A run writing into the staging folder. */
    @FunctionalInterface
    interface Run {
        BatchRunner.Result into(Path staging) throws RunException;
    }

    private RemoteOutput() {
    }

    /** The default staging folder of a URI: a fixed folder per URI under the temporary folder. */
    static Path staging(String uri) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"), "conflictmap-out-" + HexFormat.of().formatHex(h, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fetches the state, runs into {@code staging}, publishes the staging folder to {@code uri}. */
    static BatchRunner.Result run(String uri, Path staging, Configuration hadoop, Run run) throws RunException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs;
        try {
            fs = root.getFileSystem(hadoop);
            Files.createDirectories(staging);
            Path localState = staging.resolve(STATE);
            org.apache.hadoop.fs.Path state = new org.apache.hadoop.fs.Path(root, STATE);
            if (fs.exists(state)) {
                deleteLocal(localState);
                fs.copyToLocalFile(false, state, new org.apache.hadoop.fs.Path(localState.toUri()), true);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new RunException(ExitCode.CANT_CREATE, "cannot prepare output " + uri + " in staging folder "
                    + staging + ": " + e.getMessage(), e);
        }
        BatchRunner.Result result = run.into(staging);
        try {
            fs.delete(new org.apache.hadoop.fs.Path(root, STATE), true);
            List<Path> files;
            try (Stream<Path> s = Files.walk(staging)) {
                files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(LOCK))
                        .sorted().toList();
            }
            for (Path f : files) {
                String rel = staging.relativize(f).toString().replace('\\', '/');
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(f.toUri()),
                        new org.apache.hadoop.fs.Path(root, rel));
            }
        } catch (IOException e) {
            throw new RunException(ExitCode.CANT_CREATE, "the run's files are in " + staging + " but cannot be copied to "
                    + uri + ": " + e.getMessage(), e);
        }
        return result;
    }

    private static void deleteLocal(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
