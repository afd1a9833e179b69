package org.conflictmap.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;

/**
 * Merges event reports into events: the reports of one place id, day and type are one {@link Event}.
 *
 * <ul>
 *   <li>{@code sources} = number of distinct reporting documents (or rows); {@code documents} sorted.</li>
 *   <li>Reports are ordered by document id, file, line, sentence, latitude, longitude; the first one gives
 *       the evidence (first non-blank sentence), the coordinates and the precision.</li>
 *   <li>{@code fatalities} = the maximum reported (several reports of one event repeat the same toll;
 *       summing would double-count), null when no report gives one.</li>
 *   <li>{@code id} = the first 16 hex digits of SHA-256("date|type|placeId"): stable across runs.</li>
 *   <li>Output sorted by date, type (legend order), place id. The result does not depend on input order.</li>
 * </ul>
 */
public final class EventMerger {

    private static final Comparator<EventMention> REPORT_ORDER = Comparator
            .comparing(EventMention::documentId)
            .thenComparing(m -> m.location() == null ? "" : m.location().file())
            .thenComparingLong(m -> m.location() == null ? 0 : m.location().line())
            .thenComparing(m -> m.sentence() == null ? "" : m.sentence())
            .thenComparingDouble(EventMention::lat)
            .thenComparingDouble(EventMention::lon)
            .thenComparing(m -> m.fatalities() == null ? -1 : m.fatalities());

    private record Key(LocalDate date, EventType type, long placeId) {
    }

    private EventMerger() {
    }

    /** Merges reports; country and admin-1 names are filled only for country and admin-1 places. */
    public static List<Event> merge(Collection<EventMention> mentions) {
        return merge(mentions, null);
    }

    /** Merges reports, taking country and admin-1 display names from the gazetteer (may be null). */
    public static List<Event> merge(Collection<EventMention> mentions, Gazetteer gazetteer) {
        Map<Key, List<EventMention>> groups = new HashMap<>();
        for (EventMention m : mentions) {
            groups.computeIfAbsent(new Key(m.date(), m.type(), m.place().id()), k -> new ArrayList<>()).add(m);
        }
        List<Key> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparing(Key::date).thenComparing(Key::type).thenComparingLong(Key::placeId));
        List<Event> out = new ArrayList<>(keys.size());
        for (Key k : keys) {
            List<EventMention> g = groups.get(k);
            g.sort(REPORT_ORDER);
            EventMention first = g.get(0);
            TreeSet<String> docs = new TreeSet<>();
            Integer fatalities = null;
            String evidence = "";
            for (EventMention m : g) {
                docs.add(m.documentId());
                if (m.fatalities() != null && (fatalities == null || m.fatalities() > fatalities)) {
                    fatalities = m.fatalities();
                }
                if (evidence.isEmpty() && m.sentence() != null && !m.sentence().isBlank()) {
                    evidence = m.sentence();
                }
            }
            Place p = first.place();
            out.add(new Event(id(k), k.date(), k.type(), p.id(), p.name(), p.feature(), first.precision(), p.country(),
                    countryName(p, gazetteer), admin1Name(p, gazetteer), first.lat(), first.lon(), docs.size(),
                    fatalities, List.copyOf(docs), evidence));
        }
        return List.copyOf(out);
    }

    private static String countryName(Place p, Gazetteer gaz) {
        if (p.isCountry()) {
            return p.name();
        }
        if (gaz == null || p.country().isEmpty()) {
            return "";
        }
        return gaz.country(p.country()).map(Place::name).orElse("");
    }

    private static String admin1Name(Place p, Gazetteer gaz) {
        if (p.isAdmin1()) {
            return p.name();
        }
        if (gaz == null || p.admin1().isEmpty() || p.country().isEmpty()) {
            return "";
        }
        return gaz.admin1(p.country(), p.admin1()).map(Place::name).orElse("");
    }

    /** The stable event id for a day, type and place. */
    public static String id(LocalDate date, EventType type, long placeId) {
        return id(new Key(date, type, placeId));
    }

    private static String id(Key k) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((k.date() + "|" + k.type().key() + "|" + k.placeId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
