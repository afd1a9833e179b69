package org.conflictmap.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.events.Event;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.export.PlaceRow;
import org.conflictmap.export.UnresolvedRow;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/** Builds the rows of places.csv and unresolved.csv. */
final class Summaries {

    private Summaries() {
    }

    /**
     * One row per place with events: counts, distinct documents, first and last day. Coordinates are the
     * gazetteer's (event-table rows may carry their own), else the first event's. Most events first.
     */
    static List<PlaceRow> places(List<Event> events, Gazetteer gazetteer) {
        Map<Long, List<Event>> byPlace = new LinkedHashMap<>();
        for (Event e : events) {
            byPlace.computeIfAbsent(e.placeId(), k -> new ArrayList<>()).add(e);
        }
        List<PlaceRow> rows = new ArrayList<>();
        for (Map.Entry<Long, List<Event>> en : byPlace.entrySet()) {
            List<Event> es = en.getValue();
            Event first = es.stream().min(Comparator.comparing(Event::date).thenComparing(Event::id)).orElseThrow();
            Set<String> docs = new HashSet<>();
            LocalDate min = first.date();
            LocalDate max = first.date();
            for (Event e : es) {
                docs.addAll(e.documents());
                max = e.date().isAfter(max) ? e.date() : max;
            }
            Place p = gazetteer == null ? null : gazetteer.byId(en.getKey()).orElse(null);
            double lat = p == null ? first.lat() : p.lat();
            double lon = p == null ? first.lon() : p.lon();
            rows.add(new PlaceRow(en.getKey(), first.place(), first.feature(), first.precision().key(), first.country(),
                    first.countryName(), first.admin1(), lat, lon, es.size(), docs.size(), min, max));
        }
        rows.sort(Comparator.comparingInt(PlaceRow::events).reversed()
                .thenComparing(PlaceRow::place).thenComparingLong(PlaceRow::placeId));
        return List.copyOf(rows);
    }

    /** Collects unresolved names in reading order and summarises them per normalised name. */
    static final class Unresolved {
        private static final class Agg {
            final Map<String, Integer> spellings = new HashMap<>();
            final Set<String> docs = new HashSet<>();
            int mentions;
            String exampleDoc;
            String exampleSentence;
        }

        private final Map<String, Agg> byKey = new LinkedHashMap<>();
        private long mentions;

        void add(UnresolvedName u) {
            String key = NameNormalizer.normalize(u.name());
            Agg a = byKey.computeIfAbsent(key.isEmpty() ? u.name() : key, k -> new Agg());
            if (a.exampleDoc == null) {
                a.exampleDoc = u.documentId();
                a.exampleSentence = u.sentence();
            }
            a.spellings.merge(u.name(), 1, Integer::sum);
            a.docs.add(u.documentId());
            a.mentions++;
            mentions++;
        }

        /** Number of unresolved mentions. */
        long mentions() {
            return mentions;
        }

        /** One row per name: most mentions first, then by name. */
        List<UnresolvedRow> rows() {
            List<UnresolvedRow> rows = new ArrayList<>();
            for (Agg a : byKey.values()) {
                String name = a.spellings.entrySet().stream()
                        .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow().getKey();
                rows.add(new UnresolvedRow(name, a.docs.size(), a.mentions, a.exampleDoc, a.exampleSentence));
            }
            rows.sort(Comparator.comparingInt(UnresolvedRow::mentions).reversed()
                    .thenComparing(UnresolvedRow::name));
            return List.copyOf(rows);
        }
    }
}
