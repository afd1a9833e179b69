package org.conflictmap.render.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictmap.events.Event;

/**
 * What a chart subtitle says about its data.
 *
 * @param from    first event day, or null without events
 * @param to      last event day, or null
 * @param events  number of events
 * @param sources number of distinct reporting documents (rows without document ids count their {@code sources})
 * @param places  number of distinct places
 */
public record Summary(LocalDate from, LocalDate to, int events, int sources, int places) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Summarises events. */
    public static Summary of(List<Event> events) {
        LocalDate from = null;
        LocalDate to = null;
        Set<String> docs = new HashSet<>();
        Set<Long> places = new HashSet<>();
        int undocumented = 0;
        for (Event e : events) {
            from = from == null || e.date().isBefore(from) ? e.date() : from;
            to = to == null || e.date().isAfter(to) ? e.date() : to;
            if (e.documents().isEmpty()) {
                undocumented += e.sources();
            } else {
                docs.addAll(e.documents());
            }
            places.add(e.placeId());
        }
        return new Summary(from, to, events.size(), docs.size() + undocumented, places.size());
    }

    /** "27 Sep 2020 – 10 Nov 2020", or "no events". */
    public String periodText() {
        if (from == null) {
            return "no events";
        }
        return from.equals(to) ? DAY.format(from) : DAY.format(from) + " – " + DAY.format(to);
    }

    /** The subtitle: period, events, sources. */
    public String subtitle() {
        if (events == 0) {
            return "No events";
        }
        return periodText() + " · " + plural(events, "event") + " · " + plural(sources, "source");
    }

    /** "1 event", "2 events". */
    public static String plural(int n, String word) {
        return String.format(Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
    }
}
