package org.conflictmap.gazetteer;

/**
 * The codes of one country.
 *
 * @param iso2 ISO 3166-1 alpha-2
 * @param iso3 ISO 3166-1 alpha-3, or ""
 * @param fips FIPS 10-4 (used by GDELT), or ""
 */
public record CountryCodes(String iso2, String iso3, String fips) {

    public CountryCodes {
        iso2 = iso2 == null ? "" : iso2;
        iso3 = iso3 == null ? "" : iso3;
        fips = fips == null ? "" : fips;
    }
}
