package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.NameNormalizer;

/**
 * The project's own data under {@code gazetteer/data/}: regions, physical features, demonyms, informal
 * country names, admin-1 names and abbreviations, GeoNames-convention country points and FIPS codes.
 * Every file is optional; the ones read are reported.
 */
final class ProjectDataReader {

    private static final String[] PLACE_COLUMNS = {"id", "name", "feature_class", "feature_code", "country",
        "lat", "lon", "west", "south", "east", "north", "names"};

    private final BuildModel model;
    private final BuildReport report;
    private final List<GazetteerBuilder.Used> used;

    ProjectDataReader(BuildModel model, BuildReport report, List<GazetteerBuilder.Used> used) {
        this.model = model;
        this.report = report;
        this.used = used;
    }

    /** Country-level files: codes, points, names, demonyms. Run before the admin-1 sources. */
    void countries(Path dir) throws IOException {
        read(dir, "country-fips.tsv", "FIPS 10-4 country codes", new String[] {"iso2", "fips"}, (n, r) -> {
            String iso2 = iso2(r, "iso2");
            model.country(iso2);
            model.fips(iso2, TsvTable.need(r, "fips"), true);
        });
        read(dir, "country-points.tsv", "country points (GeoNames convention)",
                new String[] {"country", "lat", "lon"}, (n, r) -> {
                    PlaceDraft c = existingCountry(r);
                    c.point(TsvTable.number(r, "lat", -90, 90), TsvTable.number(r, "lon", -180, 180));
                });
        read(dir, "country-names.tsv", "informal and short country names", new String[] {"country", "lang", "name"},
                (n, r) -> model.name(existingCountry(r).id, TsvTable.need(r, "name")));
        read(dir, "demonyms.tsv", "demonyms", new String[] {"country", "lang", "form"}, (n, r) -> {
            if (!model.demonym(existingCountry(r).id, TsvTable.need(r, "form"))) {
                throw new IllegalArgumentException("form normalises to nothing: " + r.get("form"));
            }
        });
    }

    /** Regions and physical features (curated places). */
    void places(Path dir) throws IOException {
        read(dir, "regions.tsv", "conflict, historical and macro regions", PLACE_COLUMNS, this::place);
        read(dir, "physical.tsv", "physical features", PLACE_COLUMNS, this::place);
    }

    /**
     * Admin-1 names and abbreviations; run after every admin-1 source. A code that no source made an
     * admin-1 entry for, but that GeoNames towns carry (GB.ENG, FR.11), gets one: the curated ADM1 row of
     * that name when regions.tsv has it, else a new entry named by the longest English name given (its
     * point is later set from its towns).
     */
    void admin1Names(Path dir) throws IOException {
        Path f = dir.resolve("admin1-names.tsv");
        if (!Files.isRegularFile(f)) {
            return;
        }
        List<Object[]> rows = new java.util.ArrayList<>();
        TsvTable.read(f, report, new String[] {"country", "admin1", "lang", "name"},
                (n, r) -> rows.add(new Object[] {n, r}));
        Map<String, Long> admin1 = new HashMap<>();
        Map<String, PlaceDraft> curatedByName = new HashMap<>();
        java.util.Set<String> townCodes = new java.util.HashSet<>();
        for (PlaceDraft p : model.places()) {
            if (p.isAdmin1() && !p.admin1.isEmpty()) {
                admin1.merge(p.country + "." + p.admin1, p.id, Math::max);
            } else if (p.isAdmin1() && p.curated) {
                curatedByName.put(p.country + "|" + NameNormalizer.normalize(p.name), p);
            } else if ("P".equals(p.featureClass) && !p.admin1.isEmpty()) {
                townCodes.add(p.country + "." + p.admin1);
            }
        }
        Map<String, String> displayName = new HashMap<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, String> r = (Map<String, String>) row[1];
            String code = r.get("country").toUpperCase(Locale.ROOT) + "." + r.get("admin1");
            String name = r.get("name");
            if ("en".equals(r.get("lang")) && name.length() > displayName.getOrDefault(code, "").length()) {
                displayName.put(code, name);
            }
        }
        int accepted = 0;
        int created = 0;
        for (Object[] row : rows) {
            long line = (Long) row[0];
            @SuppressWarnings("unchecked")
            Map<String, String> r = (Map<String, String>) row[1];
            try {
                String cc = iso2(r, "country");
                String a1 = TsvTable.need(r, "admin1");
                String code = cc + "." + a1;
                String name = TsvTable.need(r, "name");
                Long id = admin1.get(code);
                if (id == null) {
                    PlaceDraft p = null;
                    for (Object[] other : rows) {
                        @SuppressWarnings("unchecked")
                        Map<String, String> o = (Map<String, String>) other[1];
                        if (code.equals(o.get("country").toUpperCase(Locale.ROOT) + "." + o.get("admin1"))) {
                            p = curatedByName.get(cc + "|" + NameNormalizer.normalize(o.get("name")));
                            if (p != null) {
                                break;
                            }
                        }
                    }
                    if (p == null && !townCodes.contains(code)) {
                        throw new IllegalArgumentException("no admin-1 unit " + code + " in the gazetteer");
                    }
                    if (p == null) {
                        p = model.add(new PlaceDraft(model.projectId("ADM1|" + code), displayName.getOrDefault(code, name),
                                "A", "ADM1", cc));
                        created++;
                    }
                    p.admin1 = a1;
                    id = p.id;
                    admin1.put(code, id);
                }
                model.name(id, name);
                accepted++;
            } catch (IllegalArgumentException e) {
                report.malformed(f, line, e.getMessage());
            }
        }
        report.source(f, accepted + " rows" + (created > 0 ? ", " + created + " admin-1 entries made from GeoNames codes" : ""));
        used.add(new GazetteerBuilder.Used("admin-1 names and abbreviations", f));
    }

    /**
     * GeoNames-convention points of admin-1 units ({@code admin1-points.tsv}): they replace the point a
     * polygon source gave the unit. Run after {@link #admin1Names}; a code no source made an admin-1
     * entry for is reported as a malformed row.
     */
    void admin1Points(Path dir) throws IOException {
        Map<String, PlaceDraft> admin1 = new HashMap<>();
        for (PlaceDraft p : model.places()) {
            if (p.isAdmin1() && !p.admin1.isEmpty()) {
                admin1.merge(p.country + "." + p.admin1, p, (a, b) -> a.id >= b.id ? a : b);
            }
        }
        read(dir, "admin1-points.tsv", "admin-1 points (GeoNames convention)",
                new String[] {"country", "admin1", "lat", "lon"}, (n, r) -> {
                    String code = iso2(r, "country") + "." + TsvTable.need(r, "admin1");
                    PlaceDraft p = admin1.get(code);
                    if (p == null) {
                        throw new IllegalArgumentException("no admin-1 unit " + code + " in the gazetteer");
                    }
                    p.point(TsvTable.number(r, "lat", -90, 90), TsvTable.number(r, "lon", -180, 180));
                });
    }

    private void read(Path dir, String name, String role, String[] columns, TsvTable.RowHandler handler)
            throws IOException {
        Path f = dir.resolve(name);
        if (!Files.isRegularFile(f)) {
            return;
        }
        int rows = TsvTable.read(f, report, columns, handler);
        report.source(f, rows + " rows");
        used.add(new GazetteerBuilder.Used(role, f));
    }

    private static String iso2(Map<String, String> r, String column) {
        String v = TsvTable.need(r, column).toUpperCase(Locale.ROOT);
        if (v.length() != 2 || !Character.isLetter(v.charAt(0)) || !Character.isLetter(v.charAt(1))) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + v);
        }
        return v;
    }

    private PlaceDraft existingCountry(Map<String, String> r) {
        String iso2 = iso2(r, "country");
        PlaceDraft c = model.existingCountry(iso2);
        if (c == null) {
            throw new IllegalArgumentException("unknown country " + iso2);
        }
        return c;
    }

    private void place(long line, Map<String, String> r) {
        String name = TsvTable.need(r, "name");
        String cls = TsvTable.need(r, "feature_class").toUpperCase(Locale.ROOT);
        String code = TsvTable.need(r, "feature_code").toUpperCase(Locale.ROOT);
        String country = r.getOrDefault("country", "").toUpperCase(Locale.ROOT).replace(" ", "");
        double lat = TsvTable.number(r, "lat", -90, 90);
        double lon = TsvTable.number(r, "lon", -180, 180);
        BBox bbox = null;
        if (!r.getOrDefault("west", "").isEmpty()) {
            double s = TsvTable.number(r, "south", -90, 90);
            double nn = TsvTable.number(r, "north", -90, 90);
            if (s > nn) {
                throw new IllegalArgumentException("bbox south > north");
            }
            bbox = new BBox(TsvTable.number(r, "west", -180, 180), s, TsvTable.number(r, "east", -180, 180), nn);
        }
        String idText = r.getOrDefault("id", "");
        long id;
        try {
            id = idText.isEmpty() ? model.projectId(cls + "." + code + "|" + country + "|" + name) : Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad id: " + idText);
        }
        PlaceDraft p = model.get(id);
        if (p == null) {
            p = model.add(new PlaceDraft(id, name, cls, code, country));
            p.point(lat, lon);
            p.curated = true;
        }
        if (p.bbox == null) {
            p.bbox = bbox;
        }
        model.name(id, name);
        for (String ln : r.getOrDefault("names", "").split("\\|")) {
            int colon = ln.indexOf(':');
            String n = colon >= 0 ? ln.substring(colon + 1) : ln;
            if (!n.isBlank()) {
                model.name(id, n.trim());
            }
        }
        // optional column: adjectives and nouns of the people ("European", "Kurdish"), read like country demonyms
        for (String ln : r.getOrDefault("demonyms", "").split("\\|")) {
            int colon = ln.indexOf(':');
            String n = colon >= 0 ? ln.substring(colon + 1) : ln;
            if (!n.isBlank()) {
                model.demonym(id, n.trim());
            }
        }
    }
}
