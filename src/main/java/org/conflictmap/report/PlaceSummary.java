package org.conflictmap.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.events.Event;

/**
 * A place with its events, for the top-places table and the provenance section.
 *
 * @param placeId   gazetteer id
 * @param place     display name
 * @param country   ISO2
 * @param countryName country name
 * @param admin1    admin-1 name
 * @param precision place / admin1 / country key
 * @param documents distinct reporting documents
 * @param first     first event day
 * @param last      last event day
 * @param events    its events, by date then type
 */
public record PlaceSummary(long placeId, String place, String country, String countryName, String admin1,
                           String precision, List<String> documents, LocalDate first, LocalDate last,
                           List<Event> events) {

    public PlaceSummary {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
    }

    /** Places by number of events (then name, then id). */
    public static List<PlaceSummary> of(List<Event> events) {
        Map<Long, List<Event>> by = new LinkedHashMap<>();
        for (Event e : events) {
            by.computeIfAbsent(e.placeId(), k -> new ArrayList<>()).add(e);
        }
        List<PlaceSummary> out = new ArrayList<>();
        for (List<Event> list : by.values()) {
            list.sort(Comparator.comparing(Event::date).thenComparing(e -> e.type().ordinal())
                    .thenComparing(Event::id));
            Event f = list.get(0);
            // distinct then sorted: a hash set and one sort of the distinct ids, not a tree insert per report
            Set<String> docs = new HashSet<>();
            LocalDate first = f.date();
            LocalDate last = f.date();
            for (Event e : list) {
                docs.addAll(e.documents());
                last = e.date().isAfter(last) ? e.date() : last;
            }
            String[] sorted = docs.toArray(new String[0]);
            Arrays.sort(sorted);
            out.add(new PlaceSummary(f.placeId(), f.place(), f.country(), f.countryName(), f.admin1(),
                    f.precision().key(), List.of(sorted), first, last, list));
        }
        out.sort(Comparator.comparingInt((PlaceSummary p) -> -p.events.size()).thenComparing(PlaceSummary::place)
                .thenComparingLong(PlaceSummary::placeId));
        return List.copyOf(out);
    }
}
