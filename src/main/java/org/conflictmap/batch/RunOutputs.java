package org.conflictmap.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Event;
import org.conflictmap.export.PlaceRow;
import org.conflictmap.export.UnresolvedRow;
import org.conflictmap.gazetteer.Gazetteer;

/**
 * What a run produced, handed to the {@link FigureStage}s after the data files are written.
 *
 * @param outputDir  the output folder (stages write under it, through io.AtomicFiles)
 * @param config     the effective configuration
 * @param events     the events, in events.csv order
 * @param aggregates aggregates.csv rows
 * @param places     places.csv rows
 * @param unresolved unresolved.csv rows
 * @param counts     the run counts
 * @param files      data files written, by name ("events.csv", "places.csv", ...)
 * @param figures    files written by the stages that ran before, by stage name
 * @param gazetteer  the run's gazetteer (extents of countries and regions)
 */
public record RunOutputs(Path outputDir, RunConfig config, List<Event> events, List<AggregateRow> aggregates,
                         List<PlaceRow> places, List<UnresolvedRow> unresolved, RunCounts counts,
                         Map<String, Path> files, Map<String, List<Path>> figures, Gazetteer gazetteer) {

    public RunOutputs {
        events = List.copyOf(events);
        aggregates = List.copyOf(aggregates);
        places = List.copyOf(places);
        unresolved = List.copyOf(unresolved);
        files = Map.copyOf(files);
        figures = Map.copyOf(figures);
    }

    /** A copy that also lists the files of one more stage. */
    RunOutputs withFigures(String stage, List<Path> paths) {
        Map<String, List<Path>> f = new java.util.LinkedHashMap<>(figures);
        f.put(stage, List.copyOf(paths));
        return new RunOutputs(outputDir, config, events, aggregates, places, unresolved, counts, files, f, gazetteer);
    }
}
