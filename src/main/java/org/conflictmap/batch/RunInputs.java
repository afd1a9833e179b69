package org.conflictmap.batch;

import java.util.List;

/**
 * The input files of a run, exactly as {@link BatchRunner} expands them, for engines that spread the
 * files over other machines (the Spark job).
 */
public final class RunInputs {

    private RunInputs() {
    }

    /** The files of the configured inputs, in reading order; a missing input or no file at all is exit 66. */
    public static List<InputFiles.InputFile> files(RunConfig config) throws RunException {
        return InputFiles.expand(config.inputs(), config.output()).files();
    }

    /** As {@link #files(RunConfig)}, URI inputs listed by {@code source}. */
    public static List<InputFiles.InputFile> files(RunConfig config, InputSource source) throws RunException {
        return InputFiles.expand(config.inputs(), config.output(), source).files();
    }
}
