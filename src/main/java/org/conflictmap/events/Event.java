package org.conflictmap.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event: something of a type that happened at a place on a day, as reported by one or more
 * documents. This is one row of {@code events.csv}.
 *
 * @param id          stable id, derived from (date, type, place id)
 * @param date        the day
 * @param type        event family
 * @param placeId     gazetteer id of the place (GeoNames id, or a negative project id)
 * @param place       display name of the place
 * @param feature     GeoNames feature class.code of the place, e.g. "P.PPLA"
 * @param precision   place / admin-1 / country
 * @param country     ISO 3166-1 alpha-2 code, or ""
 * @param countryName display name of the country, or ""
 * @param admin1      admin-1 name, or ""
 * @param lat         latitude (degrees)
 * @param lon         longitude (degrees)
 * @param sources     number of distinct documents/rows reporting it
 * @param fatalities  reported fatalities, or null when unknown
 * @param documents   ids of the reporting documents, sorted
 * @param evidence    one sentence (or note) supporting the event
 */
public record Event(String id, LocalDate date, EventType type, long placeId, String place, String feature,
                    Precision precision, String country, String countryName, String admin1, double lat,
                    double lon, int sources, Integer fatalities, List<String> documents, String evidence) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(precision, "precision");
        feature = feature == null ? "" : feature;
        country = country == null ? "" : country;
        countryName = countryName == null ? "" : countryName;
        admin1 = admin1 == null ? "" : admin1;
        documents = List.copyOf(documents);
        evidence = evidence == null ? "" : evidence;
    }
}
