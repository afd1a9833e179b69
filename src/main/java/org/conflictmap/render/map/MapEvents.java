package org.conflictmap.render.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;

/**
 * The events a map draws: those with usable coordinates, plus a message for each one skipped
 * (NaN or out-of-range coordinates), naming where it came from.
 *
 * @param events   events with finite coordinates in range
 * @param problems one message per skipped event
 */
public record MapEvents(List<Event> events, List<String> problems) {

    public MapEvents {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /**
     * Validates {@code all}; {@code locator} names event {@code i} in messages (e.g. "events.csv:17").
     */
    public static MapEvents of(List<Event> all, IntFunction<String> locator) {
        List<Event> ok = new ArrayList<>(all.size());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Event e = all.get(i);
            if (!Double.isFinite(e.lat()) || !Double.isFinite(e.lon()) || e.lat() < -90 || e.lat() > 90
                    || e.lon() < -180 || e.lon() > 180) {
                problems.add(String.format(Locale.ROOT, "%s: event %s at '%s' has unusable coordinates (lat %s, lon %s); not mapped",
                        locator.apply(i), e.id(), e.place(), e.lat(), e.lon()));
            } else {
                ok.add(e);
            }
        }
        return new MapEvents(ok, problems);
    }

    /** Events of one type, or on days in [from, to). */
    public MapEvents filter(java.util.function.Predicate<Event> keep) {
        return new MapEvents(events.stream().filter(keep).toList(), problems);
    }

    /**
     * Bubbles: one per place (all its types, the most frequent one first), largest first, ties by place key
     * (stable order).
     */
    public List<Bubble> bubbles() {
        Map<String, Map<EventType, Integer>> counts = new TreeMap<>();
        Map<String, Event> first = new LinkedHashMap<>();
        for (Event e : events) {
            String key = placeKey(e);
            counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
            first.putIfAbsent(key, e);
        }
        List<Bubble> out = new ArrayList<>();
        for (Map.Entry<String, Map<EventType, Integer>> c : counts.entrySet()) {
            Event e = first.get(c.getKey());
            int total = 0;
            EventType dominant = null;
            int best = 0;
            for (Map.Entry<EventType, Integer> t : c.getValue().entrySet()) {
                total += t.getValue();
                if (t.getValue() > best) {
                    best = t.getValue();
                    dominant = t.getKey();
                }
            }
            out.add(new Bubble(c.getKey(), e.place(), e.lon(), e.lat(), dominant, total, total, c.getValue()));
        }
        out.sort(Comparator.comparingInt(Bubble::count).reversed().thenComparing(Bubble::placeKey));
        return List.copyOf(out);
    }

    private static String placeKey(Event e) {
        return e.placeId() != 0 ? Long.toString(e.placeId())
                : String.format(Locale.ROOT, "%.4f,%.4f", e.lat(), e.lon());
    }

    /** First and last day, or null when there are no events. */
    public LocalDate[] period() {
        if (events.isEmpty()) {
            return null;
        }
        LocalDate min = events.get(0).date();
        LocalDate max = min;
        for (Event e : events) {
            min = e.date().isBefore(min) ? e.date() : min;
            max = e.date().isAfter(max) ? e.date() : max;
        }
        return new LocalDate[] {min, max};
    }

    /** Number of mapped events. */
    public int size() {
        return events.size();
    }
}
