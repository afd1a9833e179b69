package org.conflictmap.render.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;

/**
 * The top keys of one dimension by number of events, with counts per type.
 *
 * @param dimension    what was counted
 * @param rows         the shown rows, most events first (TYPE: legend order)
 * @param distinctKeys how many keys the data has in this dimension
 * @param otherEvents  events of keys not shown (beyond top N)
 * @param leftOut      events that do not belong to the dimension (country-level reports for places, no admin-1)
 * @param totalEvents  all events given
 */
public record RankingData(Dimension dimension, List<Row> rows, int distinctKeys, int otherEvents, int leftOut,
                          int totalEvents) {

    public RankingData {
        rows = List.copyOf(rows);
    }

    /**
     * One bar.
     *
     * @param key     stable key (place id, ISO2, country/admin1, type key)
     * @param label   display label, unique within the chart
     * @param country ISO2 of the key's country ("" when mixed or unknown)
     * @param byType  events per type (types with events only, legend order)
     * @param total   all events of the key
     */
    public record Row(String key, String label, String country, Map<EventType, Integer> byType, int total) {
        public Row {
            Map<EventType, Integer> m = new EnumMap<>(EventType.class);
            m.putAll(byType);
            byType = Collections.unmodifiableMap(m);
        }
    }

    /** Ranks events by {@code dim}, keeping the {@code topN} largest (ties: label, then key). */
    public static RankingData of(List<Event> events, Dimension dim, int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("top N must be at least 1: " + topN);
        }
        Map<String, Acc> acc = new LinkedHashMap<>();
        int leftOut = 0;
        for (Event e : events) {
            String key;
            String label;
            String country = e.country();
            switch (dim) {
                case PLACE -> {
                    if (e.precision() == Precision.COUNTRY) {
                        leftOut++;
                        continue;
                    }
                    key = Long.toString(e.placeId());
                    label = e.place();
                }
                case COUNTRY -> {
                    key = e.country().isEmpty() ? "?" : e.country();
                    label = !e.countryName().isEmpty() ? e.countryName()
                            : e.country().isEmpty() ? "Unknown country" : e.country();
                }
                case ADMIN1 -> {
                    if (e.admin1().isEmpty()) {
                        leftOut++;
                        continue;
                    }
                    key = e.country() + "/" + e.admin1();
                    label = e.admin1();
                }
                case TYPE -> {
                    key = e.type().key();
                    label = e.type().label();
                }
                default -> throw new AssertionError(dim);
            }
            Acc a = acc.computeIfAbsent(key, k -> new Acc(k, label, country));
            if (dim == Dimension.PLACE && a.area == null) {
                a.area = e.feature().startsWith("A.") || e.feature().startsWith("L.");
            }
            a.byType.merge(e.type(), 1, Integer::sum);
            a.total++;
            if (!a.country.equals(country)) {
                a.country = "";
            }
        }
        List<Acc> all = new ArrayList<>(acc.values());
        if (dim == Dimension.TYPE) {
            all.sort(Comparator.comparing(a -> EventType.parse(a.key).ordinal()));
        } else {
            all.sort(Comparator.comparingInt((Acc a) -> -a.total).thenComparing(a -> a.label).thenComparing(a -> a.key));
        }
        List<Acc> shown = all.subList(0, Math.min(topN, all.size()));
        disambiguate(all, shown, dim);
        int other = 0;
        for (Acc a : all.subList(shown.size(), all.size())) {
            other += a.total;
        }
        List<Row> rows = new ArrayList<>();
        for (Acc a : shown) {
            rows.add(new Row(a.key, a.label, a.country, a.byType, a.total));
        }
        return new RankingData(dim, rows, all.size(), other, leftOut, events.size());
    }

    /**
     * Adds the country code to labels that repeat in the data ("Saint-Denis (FR)", "Saint-Denis (RE)"), and
     * "region" to an area named like a town of the same country ("Belgorod (RU)", "Belgorod (RU, region)");
     * a number only when even that repeats.
     */
    private static void disambiguate(List<Acc> all, List<Acc> shown, Dimension dim) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> towns = new HashMap<>();
        for (Acc a : all) {
            seen.merge(a.label, 1, Integer::sum);
            if (Boolean.FALSE.equals(a.area)) {
                towns.merge(a.label + "|" + a.country, 1, Integer::sum);
            }
        }
        Map<String, Integer> used = new HashMap<>();
        for (Acc a : shown) {
            if (seen.get(a.label) > 1 || dim == Dimension.ADMIN1 && !a.country.isEmpty()) {
                boolean region = Boolean.TRUE.equals(a.area) && towns.containsKey(a.label + "|" + a.country);
                String base = a.country.isEmpty() ? a.label + (region ? " (region)" : "")
                        : a.label + " (" + a.country + (region ? ", region" : "") + ")";
                int n = used.merge(base, 1, Integer::sum);
                a.label = n == 1 ? base : base + " #" + n;
            }
        }
    }

    /** Sum of events of the shown rows. */
    public int shownEvents() {
        return rows.stream().mapToInt(Row::total).sum();
    }

    private static final class Acc {
        final String key;
        String label;
        String country;
        final Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
        int total;
        /** For places: whether it is an area (admin unit, region) rather than a town; null for other rankings. */
        Boolean area;

        Acc(String key, String label, String country) {
            this.key = key;
            this.label = label;
            this.country = country;
        }
    }
}
