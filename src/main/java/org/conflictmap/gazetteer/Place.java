package org.conflictmap.gazetteer;

import java.util.Objects;

/**
 * One gazetteer entry.
 *
 * @param id          GeoNames id where there is one; project-assigned ids are negative
 * @param name        preferred (display) name
 * @param featureClass GeoNames feature class: A (country, admin), P (populated place), H, T, L, ...
 * @param featureCode GeoNames feature code: PCLI, ADM1, PPLC, PPLA, RGN, CONT, STM, ...
 * @param country     ISO 3166-1 alpha-2 code, or "" for places without one (oceans, continents)
 * @param admin1      GeoNames admin-1 code within the country, or ""
 * @param lat         latitude in degrees
 * @param lon         longitude in degrees
 * @param population  population, 0 when unknown
 * @param bbox        extent for areas (countries, regions), or null
 */
public record Place(long id, String name, String featureClass, String featureCode, String country,
                    String admin1, double lat, double lon, long population, BBox bbox) {

    public Place {
        Objects.requireNonNull(name, "name");
        featureClass = featureClass == null ? "" : featureClass;
        featureCode = featureCode == null ? "" : featureCode;
        country = country == null ? "" : country;
        admin1 = admin1 == null ? "" : admin1;
    }

    /** {@code class.code}, e.g. {@code P.PPLC}. */
    public String feature() {
        return featureClass + "." + featureCode;
    }

    /** True for a sovereign or dependent country entry (feature codes PCL*). */
    public boolean isCountry() {
        return "A".equals(featureClass) && featureCode.startsWith("PCL");
    }

    /** True for a first-order administrative division. */
    public boolean isAdmin1() {
        return "A".equals(featureClass) && "ADM1".equals(featureCode);
    }

    /** True for a populated place (city, town, village). */
    public boolean isPopulatedPlace() {
        return "P".equals(featureClass);
    }
}
