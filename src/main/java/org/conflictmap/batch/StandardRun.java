package org.conflictmap.batch;

/** The standard wiring of `conflictmap run`: real stages, the compiled gazetteer, the installed figure stages. */
public final class StandardRun {

    private StandardRun() {
    }

    /** A runner logging to {@code log}. */
    public static BatchRunner runner(RunLog log) {
        return new BatchRunner(StandardPipeline::create, new GazetteerFiles(), FigureStages.standard(), log,
                ToolVersion.get());
    }
}
