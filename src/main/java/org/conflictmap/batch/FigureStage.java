package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A stage that turns the data of a run into figures or documents (maps, charts, the report). The runner
 * calls each stage listed in {@link FigureStages#standard()} after the data files are written, in list
 * order (stages that do not {@link #readsEarlierOutputs() read earlier outputs} may run at the same time
 * as the data files are written and as each other), with the stage's own configuration section ({@code maps:}, {@code charts:}, {@code report:}) as
 * plain YAML data; a section with {@code enabled: false} skips the stage. Every file a stage returns is
 * listed with its SHA-256 in manifest.json. Stages live in {@code batch} as thin adapters over their
 * package's API, so no earlier package imports batch.
 */
public interface FigureStage {

    /** The stage name, which is also its configuration section: "maps", "charts" or "report". */
    String name();

    /** Problems with the stage's section (unknown keys, bad values), checked by {@code validate} and before a run. */
    default List<String> validate(Map<String, Object> section) {
        return List.of();
    }

    /**
     * Whether the stage reads what the run wrote before it: the data files ({@link RunOutputs#files()}) or
     * the figures of earlier stages ({@link RunOutputs#figures()}). Such a stage runs after the data files
     * are written and after the stages listed before it; one that only uses the in-memory data (false) may
     * run beside them, on another thread.
     */
    default boolean readsEarlierOutputs() {
        return true;
    }

    /**
     * Whether the stage reads the data files ({@link RunOutputs#files()}) rather than only their names and
     * the figures of earlier stages; only asked of a stage that {@link #readsEarlierOutputs() reads earlier
     * outputs}. One that does not (the report: it embeds the maps and charts and links the data files)
     * may run while the data files are still being written.
     */
    default boolean readsDataFiles() {
        return readsEarlierOutputs();
    }

    /**
     * Renders the stage's outputs under {@code outputs.outputDir()}, each written through io.AtomicFiles,
     * deterministically (same data and section → same bytes).
     *
     * @return the files written
     */
    List<Path> render(RunOutputs outputs, Map<String, Object> section) throws IOException;
}
