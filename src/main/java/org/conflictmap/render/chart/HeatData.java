package org.conflictmap.render.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.Event;

/**
 * A place × time matrix of event counts for the top places.
 *
 * @param bucket  column resolution (week, or month for periods over about two years)
 * @param places  the row labels, most events first
 * @param starts  first day of each column
 * @param counts  counts[row][column]
 * @param max     largest cell
 * @param ranking the ranking the rows come from
 */
public record HeatData(TimeBucket bucket, List<String> places, List<LocalDate> starts, List<List<Integer>> counts,
                       int max, RankingData ranking) {

    public HeatData {
        places = List.copyOf(places);
        starts = List.copyOf(starts);
        counts = counts.stream().map(List::copyOf).toList();
    }

    /** Builds the matrix for the {@code topN} places, per week (per month when the period exceeds ~2 years). */
    public static HeatData of(List<Event> events, int topN, TimeBucket requested) {
        return of(events, requested, Summary.of(events), RankingData.of(events, Dimension.PLACE, topN));
    }

    /** As {@link #of(List, int, TimeBucket)}, with the summary and the place ranking already computed. */
    static HeatData of(List<Event> events, TimeBucket requested, Summary s, RankingData rank) {
        if (s.from() == null || rank.rows().isEmpty()) {
            return new HeatData(TimeBucket.WEEK, List.of(), List.of(), List.of(), 0, rank);
        }
        TimeBucket b = requested == TimeBucket.AUTO
                ? (s.to().toEpochDay() - s.from().toEpochDay() < TimeBucket.AUTO_MAX_WEEKS_DAYS ? TimeBucket.WEEK
                        : TimeBucket.MONTH)
                : requested;
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = b.start(s.from()); !d.isAfter(s.to()); d = b.next(d)) {
            starts.add(d);
        }
        Map<LocalDate, Integer> col = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            col.put(starts.get(i), i);
        }
        Map<String, Integer> row = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (RankingData.Row r : rank.rows()) {
            row.put(r.key(), labels.size());
            labels.add(r.label());
        }
        int[][] m = new int[labels.size()][starts.size()];
        int max = 0;
        for (Event e : events) {
            Integer r = row.get(Long.toString(e.placeId()));
            if (r == null || e.precision() == org.conflictmap.events.Precision.COUNTRY) {
                continue;
            }
            int c = col.get(b.start(e.date()));
            max = Math.max(max, ++m[r][c]);
        }
        List<List<Integer>> counts = new ArrayList<>();
        for (int[] a : m) {
            counts.add(TimelineData.toList(a));
        }
        return new HeatData(b, labels, starts, counts, max, rank);
    }
}
