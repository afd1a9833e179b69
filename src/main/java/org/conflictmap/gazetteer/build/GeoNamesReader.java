package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.conflictmap.gazetteer.ArabicArticle;
import org.conflictmap.gazetteer.RussianSpelling;

/**
 * Reads the GeoNames dump files: the 19-column place tables ({@code allCountries.txt}, {@code citiesN.txt},
 * plain or zipped), {@code alternateNamesV2.txt}, {@code countryInfo.txt} and {@code admin1CodesASCII.txt}.
 */
final class GeoNamesReader {

    /** alternateNames "languages" that are not names: links, codes, postal codes. */
    private static final Set<String> NOT_NAMES = Set.of("link", "wkdt", "post", "iata", "icao", "faac", "tcid",
            "unlc", "fr_1793", "phon", "piny");

    private final BuildModel model;
    private final BuildReport report;

    GeoNamesReader(BuildModel model, BuildReport report) {
        this.model = model;
        this.report = report;
    }

    /**
     * Reads a place table.
     *
     * @param featureClasses feature classes to keep (e.g. "PA"), or null for all
     */
    void places(Path file, String featureClasses) throws IOException {
        LineSource src = LineSource.of(file);
        long[] counts = new long[3];
        // class, code, country and admin-1 strings repeat millions of times in allCountries: share them
        java.util.Map<String, String> pool = new java.util.HashMap<>();
        src.forEachLine((n, line) -> {
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 15) {
                report.malformed(src.reportPath(), n, "expected 19 tab-separated columns, found " + f.length);
                return;
            }
            try {
                long id = Long.parseLong(f[0]);
                String cls = pool.computeIfAbsent(f[6], k -> k);
                if (featureClasses != null && (cls.isEmpty() || featureClasses.indexOf(cls.charAt(0)) < 0)) {
                    counts[1]++;
                    return;
                }
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                if (f[1].isBlank() || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    report.malformed(src.reportPath(), n, "empty name or coordinates out of range");
                    return;
                }
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                PlaceDraft p = new PlaceDraft(id, f[1], cls, pool.computeIfAbsent(f[7], k -> k),
                        pool.computeIfAbsent(f[8], k -> k));
                p.admin1 = pool.computeIfAbsent(f[8] + "." + f[10], k -> f[10]);
                p.point(lat, lon);
                p.population = population;
                if (model.contains(id)) {
                    report.malformed(src.reportPath(), n, "duplicate geonameid " + id);
                    return;
                }
                model.add(p);
                name(id, f[1], p.country);
                name(id, f[2], p.country);
                for (String alt : f[3].split(",")) {
                    if (!isCode(alt, f[1])) {
                        name(id, alt, p.country);
                    }
                }
                counts[0]++;
            } catch (NumberFormatException e) {
                report.malformed(src.reportPath(), n, "bad number: " + e.getMessage());
            }
        });
        report.source(file, counts[0] + " places" + (counts[1] > 0 ? ", " + counts[1] + " filtered out by class" : ""));
    }

    /**
     * Adds a name of a place and its spellings without or with another Arabic article ({@link ArabicArticle}) and
     * the Russian spelling of a Ukrainian name ({@link RussianSpelling}).
     */
    private void name(long id, String raw, String country) {
        model.name(id, raw);
        for (String variant : ArabicArticle.variants(raw, country)) {
            model.name(id, variant);
        }
        RussianSpelling.of(raw, country).ifPresent(variant -> model.name(id, variant));
    }

    /** An all-capitals short token among alternate names is an airport or similar code ("MOW", "PAR"). */
    static boolean isCode(String alt, String name) {
        if (alt.isEmpty() || alt.length() > 4 || alt.equals(name)) {
            return false;
        }
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Reads alternateNamesV2 (or the older alternateNames) for places already loaded. */
    void alternateNames(Path file) throws IOException {
        LineSource src = LineSource.of(file);
        long[] added = new long[2];
        src.forEachLine((n, line) -> {
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                report.malformed(src.reportPath(), n, "expected at least 4 tab-separated columns, found " + f.length);
                return;
            }
            long id;
            try {
                id = Long.parseLong(f[1]);
            } catch (NumberFormatException e) {
                report.malformed(src.reportPath(), n, "bad geonameid: " + f[1]);
                return;
            }
            String lang = f[2].toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(lang) || !model.contains(id)) {
                added[1]++;
                return;
            }
            boolean historic = f.length > 7 && "1".equals(f[7]);
            if (!historic && model.name(id, f[3])) {
                added[0]++;
                String country = model.get(id).country;
                for (String variant : ArabicArticle.variants(f[3], country)) {
                    model.name(id, variant);
                }
                RussianSpelling.of(f[3], country).ifPresent(variant -> model.name(id, variant));
            }
        });
        report.source(file, added[0] + " names added, " + added[1] + " rows skipped (codes, links, places not loaded)");
    }

    /** Reads countryInfo.txt: GeoNames country ids, names, populations, ISO3 and FIPS codes. */
    void countryInfo(Path file) throws IOException {
        LineSource src = LineSource.of(file);
        int[] count = {0};
        src.forEachLine((n, line) -> {
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 17 || f[0].length() != 2) {
                report.malformed(src.reportPath(), n, "expected ISO2 and at least 17 columns");
                return;
            }
            try {
                String iso2 = f[0];
                long id = f[16].isEmpty() ? BuildModel.syntheticCountryId(iso2) : Long.parseLong(f[16]);
                model.countryId(iso2, id);
                PlaceDraft c = model.get(id);
                if (c == null) {
                    c = model.add(new PlaceDraft(id, f[4], "A", "PCLI", iso2));
                }
                if (c.population == 0 && !f[7].isEmpty()) {
                    c.population = Long.parseLong(f[7]);
                }
                model.name(c.id, f[4]);
                model.iso3(iso2, f[1]);
                model.fips(iso2, f[3], false);
                count[0]++;
            } catch (NumberFormatException e) {
                report.malformed(src.reportPath(), n, "bad number: " + e.getMessage());
            }
        });
        report.source(file, count[0] + " countries");
    }

    /** Reads admin1CodesASCII.txt ({@code CC.code, name, ascii name, geonameid}). */
    void admin1Codes(Path file) throws IOException {
        LineSource src = LineSource.of(file);
        int[] count = {0};
        src.forEachLine((n, line) -> {
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            String[] f = line.split("\t", -1);
            int dot = f[0].indexOf('.');
            if (f.length < 4 || dot != 2) {
                report.malformed(src.reportPath(), n, "expected CC.code, name, ascii name, geonameid");
                return;
            }
            try {
                long id = Long.parseLong(f[3]);
                PlaceDraft p = model.get(id);
                if (p == null) {
                    p = model.add(new PlaceDraft(id, f[1], "A", "ADM1", f[0].substring(0, 2)));
                    p.admin1 = f[0].substring(3);
                }
                name(id, f[1], p.country);
                name(id, f[2], p.country);
                count[0]++;
            } catch (NumberFormatException e) {
                report.malformed(src.reportPath(), n, "bad geonameid: " + f[3]);
            }
        });
        report.source(file, count[0] + " admin-1 codes");
    }
}
