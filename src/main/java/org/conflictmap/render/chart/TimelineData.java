package org.conflictmap.render.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;

/**
 * Event counts per time bucket and type, every bucket of the period present (also empty ones).
 *
 * @param bucket the concrete bucket (never AUTO)
 * @param starts first day of each bucket, ascending, contiguous
 * @param counts per type present in the data (legend order), one count per bucket
 * @param totals total per bucket
 */
public record TimelineData(TimeBucket bucket, List<LocalDate> starts, Map<EventType, List<Integer>> counts,
                           List<Integer> totals) {

    public TimelineData {
        starts = List.copyOf(starts);
        Map<EventType, List<Integer>> c = new EnumMap<>(EventType.class);
        counts.forEach((k, v) -> c.put(k, List.copyOf(v)));
        counts = Collections.unmodifiableMap(c);
        totals = List.copyOf(totals);
    }

    /** Buckets events; AUTO is resolved from the events' period. No events → no buckets. */
    public static TimelineData of(List<Event> events, TimeBucket requested) {
        return of(events, requested, Summary.of(events));
    }

    /** As {@link #of(List, TimeBucket)}, with the summary of the events already computed. */
    static TimelineData of(List<Event> events, TimeBucket requested, Summary s) {
        if (s.from() == null) {
            return new TimelineData(requested == TimeBucket.AUTO ? TimeBucket.DAY : requested, List.of(), Map.of(),
                    List.of());
        }
        TimeBucket b = requested.resolve(s.from(), s.to());
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = b.start(s.from()); !d.isAfter(s.to()); d = b.next(d)) {
            starts.add(d);
        }
        Map<LocalDate, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            index.put(starts.get(i), i);
        }
        Map<EventType, int[]> raw = new EnumMap<>(EventType.class);
        int[] totals = new int[starts.size()];
        for (Event e : events) {
            int i = index.get(b.start(e.date()));
            raw.computeIfAbsent(e.type(), t -> new int[starts.size()])[i]++;
            totals[i]++;
        }
        Map<EventType, List<Integer>> counts = new EnumMap<>(EventType.class);
        raw.forEach((t, a) -> counts.put(t, toList(a)));
        return new TimelineData(b, starts, counts, toList(totals));
    }

    /** Index of the bucket with most events (first on ties), or -1 without buckets. */
    public int peak() {
        int best = -1;
        for (int i = 0; i < totals.size(); i++) {
            if (best < 0 || totals.get(i) > totals.get(best)) {
                best = i;
            }
        }
        return best;
    }

    /** Trailing moving average of the totals over {@code window} buckets (shorter at the start). */
    public List<Double> movingAverage(int window) {
        List<Double> out = new ArrayList<>(totals.size());
        double sum = 0;
        for (int i = 0; i < totals.size(); i++) {
            sum += totals.get(i);
            if (i >= window) {
                sum -= totals.get(i - window);
            }
            out.add(sum / Math.min(window, i + 1));
        }
        return List.copyOf(out);
    }

    static List<Integer> toList(int[] a) {
        List<Integer> l = new ArrayList<>(a.length);
        for (int v : a) {
            l.add(v);
        }
        return l;
    }
}
