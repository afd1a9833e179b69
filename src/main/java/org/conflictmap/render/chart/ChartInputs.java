package org.conflictmap.render.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.Event;

/**
 * The events of one set of charts with what several charts compute from them, computed once: the
 * {@link Summary} (every chart's subtitle) and the {@link RankingData} per dimension and row count (the
 * top-places chart and the heat matrix rank the same places). On half a million events each of these is a
 * pass over every event and its documents. Not thread-safe: one instance per chart stage call.
 */
final class ChartInputs {

    private final List<Event> events;
    private Summary summary;
    private final Map<String, RankingData> rankings = new HashMap<>();

    ChartInputs(List<Event> events) {
        this.events = events;
    }

    List<Event> events() {
        return events;
    }

    Summary summary() {
        if (summary == null) {
            summary = Summary.of(events);
        }
        return summary;
    }

    RankingData ranking(Dimension dim, int topN) {
        return rankings.computeIfAbsent(dim + "/" + topN, k -> RankingData.of(events, dim, topN));
    }
}
