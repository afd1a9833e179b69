package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictmap.gazetteer.BBox;

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

    /** Admin-1 names and abbreviations; run after every admin-1 source. */
    void admin1Names(Path dir) throws IOException {
        Map<String, Long> admin1 = new HashMap<>();
        for (PlaceDraft p : model.places()) {
            if (p.isAdmin1() && !p.admin1.isEmpty()) {
                admin1.merge(p.country + "." + p.admin1, p.id, Math::max);
            }
        }
        read(dir, "admin1-names.tsv", "admin-1 names and abbreviations",
                new String[] {"country", "admin1", "lang", "name"}, (n, r) -> {
                    String code = iso2(r, "country") + "." + TsvTable.need(r, "admin1");
                    Long id = admin1.get(code);
                    if (id == null) {
                        throw new IllegalArgumentException("no admin-1 unit " + code + " in the gazetteer");
                    }
                    model.name(id, TsvTable.need(r, "name"));
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
    }
}
