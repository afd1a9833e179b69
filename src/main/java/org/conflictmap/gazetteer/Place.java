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
 * @param kinds       what the feature class and code say, as bits, for the tests the geoparser makes for every
 *                    candidate ({@link #isCountryLike} and the like): always derived from them (a value given
 *                    is replaced), and not part of equality
 */
public record Place(long id, String name, String featureClass, String featureCode, String country,
                    String admin1, double lat, double lon, long population, BBox bbox, int kinds) {

    private static final int COUNTRY = 1;
    private static final int COUNTRY_LIKE = 2;
    private static final int ADMIN1 = 4;
    private static final int POPULATED = 8;
    private static final int CONTINENT = 16;
    private static final int CAPITAL = 32;
    private static final int REGION_OR_WATER = 64;

    public Place {
        Objects.requireNonNull(name, "name");
        featureClass = featureClass == null ? "" : featureClass;
        featureCode = featureCode == null ? "" : featureCode;
        country = country == null ? "" : country;
        admin1 = admin1 == null ? "" : admin1;
        kinds = kindsOf(featureClass, featureCode);
    }

    /** A place of the given members (its {@link #kinds} derived from them). */
    public Place(long id, String name, String featureClass, String featureCode, String country, String admin1,
                 double lat, double lon, long population, BBox bbox) {
        this(id, name, featureClass, featureCode, country, admin1, lat, lon, population, bbox, 0);
    }

    private static int kindsOf(String featureClass, String code) {
        boolean a = "A".equals(featureClass);
        int k = 0;
        if (a && code.startsWith("PCL")) {
            k |= COUNTRY | COUNTRY_LIKE;
        }
        if (a && "TERR".equals(code)) {
            k |= COUNTRY_LIKE;
        }
        if (a && "ADM1".equals(code)) {
            k |= ADMIN1;
        }
        if ("P".equals(featureClass)) {
            k |= POPULATED;
        }
        if ("CONT".equals(code)) {
            k |= CONTINENT;
        }
        if ("PPLC".equals(code)) {
            k |= CAPITAL;
        }
        if ("RGN".equals(code) || "OCN".equals(code) || "SEA".equals(code)) {
            k |= REGION_OR_WATER;
        }
        return k;
    }

    /**
     * The record's equality (every component; doubles as {@link Double#compare}), written out: the generated
     * one goes through method handles, which compile to guarded code that the resolver's hot loops
     * keep deoptimising.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Place p)) {
            return false;
        }
        return id == p.id && Double.compare(lat, p.lat) == 0 && Double.compare(lon, p.lon) == 0
                && population == p.population && name.equals(p.name) && featureClass.equals(p.featureClass)
                && featureCode.equals(p.featureCode) && country.equals(p.country) && admin1.equals(p.admin1)
                && Objects.equals(bbox, p.bbox);
    }

    /** The record's hash (31 times the hash so far plus each component's, in order), written out. */
    @Override
    public int hashCode() {
        int h = Long.hashCode(id);
        h = 31 * h + name.hashCode();
        h = 31 * h + featureClass.hashCode();
        h = 31 * h + featureCode.hashCode();
        h = 31 * h + country.hashCode();
        h = 31 * h + admin1.hashCode();
        h = 31 * h + Double.hashCode(lat);
        h = 31 * h + Double.hashCode(lon);
        h = 31 * h + Long.hashCode(population);
        return 31 * h + Objects.hashCode(bbox);
    }

    /** {@code class.code}, e.g. {@code P.PPLC}. */
    public String feature() {
        return featureClass + "." + featureCode;
    }

    /** True for a sovereign or dependent country entry (feature codes PCL*). */
    public boolean isCountry() {
        return (kinds & COUNTRY) != 0;
    }

    /** True for a country, a dependent territory or a similar polity (class A, codes PCL* and TERR). */
    public boolean isCountryLike() {
        return (kinds & COUNTRY_LIKE) != 0;
    }

    /** True for a first-order administrative division. */
    public boolean isAdmin1() {
        return (kinds & ADMIN1) != 0;
    }

    /** True for a populated place (city, town, village). */
    public boolean isPopulatedPlace() {
        return (kinds & POPULATED) != 0;
    }

    /** True for a continent (code CONT). */
    public boolean isContinent() {
        return (kinds & CONTINENT) != 0;
    }

    /** True for a capital (code PPLC). */
    public boolean isCapital() {
        return (kinds & CAPITAL) != 0;
    }

    /** True for a region, an ocean or a sea (codes RGN, OCN, SEA). */
    public boolean isRegionOrWater() {
        return (kinds & REGION_OR_WATER) != 0;
    }
}
