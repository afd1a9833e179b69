package org.conflictmap.batch;

import java.util.List;

/** The figure stages `run` calls after its data outputs, in order (the report last: it embeds the others). */
public final class FigureStages {

    private FigureStages() {
    }

    /** The stages of a standard run. To plug a stage in, add one line here. */
    public static List<FigureStage> standard() {
        return List.of(
                new MapFigures(),
                new ChartFigures(),
                new ReportFigureStage());
    }
}
