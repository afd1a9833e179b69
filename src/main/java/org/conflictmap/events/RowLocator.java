package org.conflictmap.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.GeoMath;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;

/**
 * Places an event-table row.
 *
 * <ul>
 *   <li>Hints: the country column is an ISO alpha-2 code or a country name (resolved through gazetteer
 *       candidates that are countries); the admin-1 column is an admin-1 name within that country. A hint
 *       that cannot be resolved is ignored with a warning.</li>
 *   <li>Candidates for the place name: gazetteer entries with that {@link NameNormalizer} key, restricted to
 *       the hinted country, those in the hinted admin-1 first, then the gazetteer's prior order.</li>
 *   <li>A row with coordinates keeps them (precision PLACE). Its place is the first candidate (in the order
 *       above, populated places and spots before areas) that lies within {@link EventOptions#farPointKm()}
 *       (areas: or whose box holds the point); otherwise the
 *       row is flagged ("point 312 km from Stepanakert, AZ") when candidates exist, and the event is kept at a
 *       project place built from the row (negative id stable over runs).</li>
 *   <li>A row without coordinates takes the first candidate. When there is none, it falls back to the
 *       hinted admin-1 (ADMIN1) or country (COUNTRY) with a warning; the name is also reported as
 *       unresolved. With no fallback either, the row yields no event: it counts as processed-but-unresolved
 *       (an {@link UnresolvedName} and a warning), not as a bad record.</li>
 * </ul>
 * Type: {@link EventType#parse} of the event_type column (ACLED labels); evidence: the notes, else
 * "sub-event type: place". Thread-safe.
 */
final class RowLocator {

    private final Gazetteer gazetteer;
    private final EventOptions options;

    RowLocator(Gazetteer gazetteer, EventOptions options) {
        this.gazetteer = gazetteer;
        this.options = options;
    }

    ExtractionResult locate(EventRow row) {
        List<EventMention> mentions = new ArrayList<>();
        List<UnresolvedName> unresolved = new ArrayList<>();
        List<RecordError> warnings = new ArrayList<>();
        String label = "row " + row.id();
        String evidence = row.notes() != null && !row.notes().isBlank() ? row.notes()
                : (row.subEventType() == null ? "" : row.subEventType() + ": ") + row.place();
        if (row.date() == null) {
            warnings.add(new RecordError(row.location(), label + ": no date, row not counted"));
            return new ExtractionResult(mentions, unresolved, warnings);
        }
        EventType type = row.eventType() == null || row.eventType().isBlank()
                ? (options.defaultType() == null ? EventType.OTHER : options.defaultType())
                : EventType.parse(row.eventType());
        Place country = country(row.country());
        if (row.country() != null && !row.country().isBlank() && country == null) {
            warnings.add(new RecordError(row.location(), label + ": country '" + row.country()
                    + "' not in the gazetteer, hint ignored"));
        }
        String iso = country == null ? null : country.country();
        Place admin1 = admin1(row.admin1(), iso);
        List<Place> cands = candidates(row.place(), iso, admin1);

        if (row.lat() != null && row.lon() != null) {
            double lat = row.lat();
            double lon = row.lon();
            Place best = null;
            double bestKm = Double.MAX_VALUE;
            Place inRange = null;
            for (Place p : cands) {
                double km = p.bbox() != null && !p.isPopulatedPlace() && p.bbox().contains(lat, lon) ? 0
                        : GeoMath.distanceKm(lat, lon, p.lat(), p.lon());
                if (km < bestKm) {
                    bestKm = km;
                    best = p;
                }
                boolean point = p.isPopulatedPlace() || "S".equals(p.featureClass());
                if (km <= options.farPointKm() && (inRange == null || (point && !inRange.isPopulatedPlace()
                        && !"S".equals(inRange.featureClass())))) {
                    inRange = p;
                }
            }
            Place place;
            if (inRange != null) {
                place = inRange;
            } else {
                if (best != null) {
                    warnings.add(new RecordError(row.location(), String.format(Locale.ROOT,
                            "%s: point %.0f km from %s, %s", label, bestKm, best.name(), best.country())));
                }
                place = projectPlace(row, iso, admin1, lat, lon);
            }
            if (options.keeps(Precision.PLACE)) {
                mentions.add(new EventMention(row.id(), row.date(), type, place, Precision.PLACE, lat, lon, evidence,
                        row.fatalities(), row.location()));
            }
            return new ExtractionResult(mentions, unresolved, warnings);
        }

        Place place = cands.isEmpty() ? null : cands.get(0);
        if (place == null) {
            unresolved.add(new UnresolvedName(row.place(), row.id(), evidence));
            place = admin1 != null ? admin1 : country;
            warnings.add(new RecordError(row.location(), label + ": '" + row.place() + "' not found in the gazetteer"
                    + (place == null ? "; row not mapped" : "; placed at " + (place == admin1 ? "admin-1 " : "country ")
                    + place.name())));
            if (place == null) {
                return new ExtractionResult(mentions, unresolved, warnings);
            }
        }
        Precision precision = EventExtractor.precisionOf(place);
        if (options.keeps(precision)) {
            mentions.add(new EventMention(row.id(), row.date(), type, place, precision, place.lat(), place.lon(),
                    evidence, row.fatalities(), row.location()));
        }
        return new ExtractionResult(mentions, unresolved, warnings);
    }

    /** The country place for a hint: an ISO alpha-2 code or a name; null when blank or unknown. */
    Place country(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String h = hint.trim();
        if (h.length() == 2 && Character.isLetter(h.charAt(0)) && Character.isLetter(h.charAt(1))) {
            Place p = gazetteer.country(h.toUpperCase(Locale.ROOT)).orElse(null);
            if (p != null) {
                return p;
            }
        }
        for (Place p : gazetteer.candidates(NameNormalizer.normalize(h))) {
            if (p.isCountry()) {
                return p;
            }
        }
        return null;
    }

    private Place admin1(String hint, String iso) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        for (Place p : gazetteer.candidates(NameNormalizer.normalize(hint))) {
            if (p.isAdmin1() && (iso == null || iso.equals(p.country()))) {
                return p;
            }
        }
        return null;
    }

    private List<Place> candidates(String name, String iso, Place admin1) {
        List<Place> out = new ArrayList<>();
        for (Place p : gazetteer.candidates(NameNormalizer.normalize(name))) {
            if (iso == null || iso.equals(p.country())) {
                out.add(p);
            }
        }
        if (admin1 != null) {
            out.sort(Comparator.comparingInt(p -> admin1.admin1().equals(p.admin1()) ? 0 : 1));
        }
        return out;
    }

    /** A place built from the row itself; its negative id hashes name, country and rounded point. */
    static Place projectPlace(EventRow row, String iso, Place admin1, double lat, double lon) {
        String key = NameNormalizer.normalize(row.place()) + "|" + (iso == null ? "" : iso) + "|"
                + String.format(Locale.ROOT, "%.4f|%.4f", lat, lon);
        long h;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long id = -1 - (h & 0x1FFFFFFFFFFFFFL);
        return new Place(id, row.place(), "P", "PPL", iso == null ? "" : iso, admin1 == null ? "" : admin1.admin1(),
                lat, lon, 0, null);
    }
}
