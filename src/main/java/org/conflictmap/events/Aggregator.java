package org.conflictmap.events;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts events by place, country, admin-1, day, ISO week, month and type. Every key of a dimension gets
 * one row per event type present and one "all" row. Keys: place id; ISO alpha-2; "ISO2/admin-1 name";
 * "2020-10-04"; ISO week "2020-W41" (week-based year); "2020-10"; type key (the type dimension has
 * one row per type plus key "all"). Events without a country / admin-1 are left out of those dimensions.
 * Rows are sorted by dimension (in the order above), key (place ids numerically, others as text: dates sort
 * chronologically), then type in legend order with "all" last.
 */
public final class Aggregator {

    /** The dimensions, in output order. */
    public static final List<String> DIMENSIONS = List.of("place", "country", "admin1", "day", "week", "month", "type");

    /** The eventType value of the total rows. */
    public static final String ALL = "all";

    private Aggregator() {
    }

    private record Cell(String dimension, String key, String type) {
    }

    private static final class Count {
        String label;
        int events;
        int sources;
    }

    /** The aggregate rows of a list of events. */
    public static List<AggregateRow> aggregate(List<Event> events) {
        Map<Cell, Count> cells = new HashMap<>();
        Map<LocalDate, String[]> dates = new HashMap<>();
        for (Event e : events) {
            add(cells, "place", Long.toString(e.placeId()), e.place(), e);
            if (!e.country().isEmpty()) {
                add(cells, "country", e.country(), e.countryName().isEmpty() ? e.country() : e.countryName(), e);
            }
            if (!e.admin1().isEmpty()) {
                add(cells, "admin1", e.country() + "/" + e.admin1(), e.admin1(), e);
            }
            String[] dwm = dates.computeIfAbsent(e.date(), d -> {
                String day = d.toString();
                return new String[] {day, week(d), day.substring(0, 7)};
            });
            add(cells, "day", dwm[0], dwm[0], e);
            add(cells, "week", dwm[1], dwm[1], e);
            add(cells, "month", dwm[2], dwm[2], e);
            add(cells, "type", e.type().key(), e.type().label(), e);
        }
        List<AggregateRow> rows = new ArrayList<>(cells.size());
        cells.forEach((c, n) -> rows.add(new AggregateRow(c.dimension(), c.key(), n.label, c.type(), n.events, n.sources)));
        rows.sort(Comparator.comparingInt((AggregateRow r) -> DIMENSIONS.indexOf(r.dimension()))
                .thenComparing(Aggregator::compareKeys)
                .thenComparingInt(r -> typeRank(r.eventType())));
        return List.copyOf(rows);
    }

    /** ISO-8601 week of a day, e.g. 2020-W41. */
    public static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void add(Map<Cell, Count> cells, String dim, String key, String label, Event e) {
        bump(cells, new Cell(dim, key, e.type().key()), label, e);
        if (dim.equals("type")) {
            bump(cells, new Cell(dim, ALL, ALL), "All", e);
        } else {
            bump(cells, new Cell(dim, key, ALL), label, e);
        }
    }

    private static void bump(Map<Cell, Count> cells, Cell c, String label, Event e) {
        Count n = cells.computeIfAbsent(c, k -> new Count());
        if (n.label == null || label.compareTo(n.label) < 0) {
            n.label = label;
        }
        n.events++;
        n.sources += e.sources();
    }

    private static int compareKeys(AggregateRow a, AggregateRow b) {
        if (a.dimension().equals("place")) {
            return Long.compare(Long.parseLong(a.key()), Long.parseLong(b.key()));
        }
        if (a.dimension().equals("type")) {
            return Integer.compare(typeRank(a.key()), typeRank(b.key()));
        }
        return a.key().compareTo(b.key());
    }

    private static int typeRank(String key) {
        if (ALL.equals(key)) {
            return Integer.MAX_VALUE;
        }
        return EventType.parse(key).ordinal();
    }
}
