package org.conflictmap.export;

import java.time.LocalDate;

/**
 * One row of {@code places.csv}: a place that has events, with its counts.
 *
 * @param placeId     gazetteer id
 * @param place       display name
 * @param feature     GeoNames class.code
 * @param precision   place / admin1 / country key
 * @param country     ISO2 or ""
 * @param countryName country display name or ""
 * @param admin1      admin-1 name or ""
 * @param lat         latitude
 * @param lon         longitude
 * @param events      number of events there
 * @param documents   number of distinct documents reporting them
 * @param firstDate   first event day
 * @param lastDate    last event day
 */
public record PlaceRow(long placeId, String place, String feature, String precision, String country,
                       String countryName, String admin1, double lat, double lon, int events, int documents,
                       LocalDate firstDate, LocalDate lastDate) {
}
