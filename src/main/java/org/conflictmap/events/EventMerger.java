package org.conflictmap.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
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
 * The work is done by {@link EventAccumulator}, which also merges reports as they arrive.
 */
public final class EventMerger {

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
        EventAccumulator acc = new EventAccumulator();
        for (EventMention m : mentions) {
            acc.add(m);
        }
        return acc.events(gazetteer);
    }

    /** The event of a day, type and place from its first report (in report order) and merged values. */
    static Event event(LocalDate date, EventType type, EventMention first, List<String> documents, Integer fatalities,
                       String evidence, Gazetteer gazetteer) {
        Place p = first.place();
        return new Event(id(new Key(date, type, p.id())), date, type, p.id(), p.name(), p.feature(),
                first.precision(), p.country(), countryName(p, gazetteer), admin1Name(p, gazetteer), first.lat(),
                first.lon(), documents.size(), fatalities, documents, evidence);
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
