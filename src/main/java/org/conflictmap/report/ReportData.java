package org.conflictmap.report;

import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.export.UnresolvedRow;

/**
 * Everything the report shows.
 *
 * @param title      page title
 * @param summary    run facts
 * @param events     the events (for period, top places and provenance)
 * @param unresolved the unresolved names (most mentioned first)
 * @param figures    maps and charts, in display order
 * @param dataFiles  data files to link, relative to the report folder (e.g. "../events.csv")
 */
public record ReportData(String title, RunSummary summary, List<Event> events, List<UnresolvedRow> unresolved,
                         List<Figure> figures, List<String> dataFiles) {

    public ReportData {
        title = title == null || title.isBlank() ? "conflictmap run report" : title;
        events = List.copyOf(events);
        unresolved = List.copyOf(unresolved);
        figures = List.copyOf(figures);
        dataFiles = List.copyOf(dataFiles);
    }
}
