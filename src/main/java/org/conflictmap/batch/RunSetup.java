package org.conflictmap.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.io.CodeLocation;

/**
 * Turns command-line choices into the effective {@link RunConfig}: the {@code --config} file, else the
 * built-in configuration (which reads the bundled sample when no {@code --input} is given), then the
 * flags on top ({@code --input} replaces the configured inputs).
 */
public final class RunSetup {

    private RunSetup() {
    }

    /**
     * The effective configuration.
     *
     * @param configFile --config, or null
     * @param inputs     --input paths (may be empty)
     * @param output     --output, or null
     * @param gazetteer  --gazetteer, or null
     * @param threads    --threads, or null
     */
    public static RunConfig resolve(Path configFile, List<Path> inputs, Path output, Path gazetteer, Integer threads)
            throws RunException {
        List<InputConfig> in = new ArrayList<>();
        for (Path p : inputs) {
            in.add(InputConfig.of(p.normalize()));
        }
        return resolveInputs(configFile, in, output, gazetteer, threads);
    }

    /**
     * As {@link #resolve}, the {@code --input} values given as typed: a local path, or a URI ({@code hdfs://},
     * {@code s3a://}, {@code file://}, see {@link InputConfig#isUri}) that only the Spark engine reads.
     */
    public static RunConfig resolveArgs(Path configFile, List<String> inputs, Path output, Path gazetteer,
                                        Integer threads) throws RunException {
        List<InputConfig> in = new ArrayList<>();
        for (String s : inputs) {
            in.add(InputConfig.isUri(s) ? InputConfig.ofUri(s) : InputConfig.of(Path.of(s).normalize()));
        }
        return resolveInputs(configFile, in, output, gazetteer, threads);
    }

    private static RunConfig resolveInputs(Path configFile, List<InputConfig> inputs, Path output, Path gazetteer,
                                           Integer threads) throws RunException {
        RunConfig cfg;
        if (configFile != null) {
            cfg = ConfigLoader.load(configFile);
        } else if (inputs.isEmpty()) {
            Path sampleParent = findSample();
            cfg = ConfigLoader.sampleDefaults(sampleParent).withOutput(Path.of("output"));
        } else {
            cfg = ConfigLoader.parse("{}", "(defaults)", Path.of(""));
        }
        if (!inputs.isEmpty()) {
            cfg = cfg.withInputs(inputs);
        }
        if (output != null) {
            cfg = cfg.withOutput(output.normalize());
        }
        if (gazetteer != null) {
            cfg = cfg.withGazetteer(gazetteer);
        }
        if (threads != null) {
            if (threads < 0 || threads > 256) {
                throw new ConfigException("--threads must be from 0 (one per core) to 256, not " + threads);
            }
            cfg = cfg.withThreads(threads);
        }
        return cfg;
    }

    /** The folder holding the bundled {@code sample/}: the working directory, else next to (or above) the jar. */
    static Path findSample() throws RunException {
        List<Path> tried = new ArrayList<>();
        Path cwd = Path.of("");
        tried.add(cwd.toAbsolutePath().resolve("sample"));
        if (Files.isDirectory(cwd.resolve("sample"))) {
            return cwd;
        }
        Path jarDir = CodeLocation.directoryOf(RunSetup.class);
        if (jarDir != null) {
            for (Path d = jarDir; d != null && tried.size() < 3; d = d.getParent()) {
                tried.add(d.resolve("sample"));
                if (Files.isDirectory(d.resolve("sample"))) {
                    return d;
                }
            }
        }
        throw new RunException(ExitCode.NO_INPUT, "no input given and the bundled sample was not found (tried "
                + String.join(", ", tried.stream().map(Path::toString).toList())
                + "); give --input PATH or --config FILE");
    }
}
