package org.conflictmap.gazetteer.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.conflictmap.gazetteer.BBox;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Natural Earth countries and states/provinces, as exported from {@code world_map.gpkg} by
 * {@code scripts/build-gazetteer.sh} ({@code ne_countries.tsv}: fid, iso_a2, name, fips, iso_a3, geom;
 * {@code ne_admin1.tsv}: fid, iso_a2, name, fips, woe_name, gn_name, geom; geom = hex GeoPackage blob).
 *
 * <p>Each Natural Earth admin-1 unit is mapped to a GeoNames admin-1 code by a majority vote of the
 * GeoNames towns that lie inside its polygon (falling back to the FIPS code's digits when no town does and
 * the country uses them). A code claimed by one unit makes that unit the ADM1 entry; a code claimed by
 * several (Natural Earth is finer there: French departments, English counties) makes them ADM2 entries
 * under that admin-1 code. A unit's population is that of the towns inside it ({@link TownPopulation}).
 */
final class NaturalEarthReader {

    private final BuildModel model;
    private final BuildReport report;
    private final GeometryFactory factory = new GeometryFactory();

    NaturalEarthReader(BuildModel model, BuildReport report) {
        this.model = model;
        this.report = report;
    }

    /** Country boxes, FIPS and ISO3 codes, and a point for countries no other source placed. */
    void countries(Path file) throws IOException {
        int n = TsvTable.read(file, report, new String[] {"fid", "iso_a2", "name", "fips", "iso_a3", "geom"},
                (line, r) -> {
                    String iso2 = r.get("iso_a2");
                    if (!iso2.matches("[A-Z]{2}")) {
                        throw new IllegalArgumentException("no ISO 3166-1 alpha-2 code: '" + iso2 + "'");
                    }
                    Geometry g = GeoPackageGeometry.parse(r.get("geom"), factory);
                    PlaceDraft c = model.country(iso2);
                    if (c.name.equals(c.country) && !r.get("name").isEmpty()) {
                        c.name = r.get("name");
                    }
                    model.name(c.id, r.get("name"));
                    if (c.bbox == null) {
                        c.bbox = GeoPackageGeometry.bbox(g);
                    }
                    if (!c.hasPoint()) {
                        double[] p = GeoPackageGeometry.point(g);
                        c.point(p[0], p[1]);
                    }
                    model.fips(iso2, r.get("fips"), false);
                    if (r.get("iso_a3").matches("[A-Z]{3}")) {
                        model.iso3(iso2, r.get("iso_a3"));
                    }
                });
        report.source(file, n + " country outlines");
    }

    private record Unit(long fid, String country, String name, List<String> names, String fips, BBox bbox,
                        double[] point, String code, int votes, long population) {
    }

    /** Admin-1 units. */
    void admin1(Path file) throws IOException {
        Map<String, List<PlaceDraft>> towns = new HashMap<>();
        Map<String, Set<String>> codes = new HashMap<>();
        for (PlaceDraft p : model.places()) {
            if ("P".equals(p.featureClass) && p.id > 0 && !p.admin1.isEmpty() && !"00".equals(p.admin1)) {
                towns.computeIfAbsent(p.country, k -> new ArrayList<>()).add(p);
                codes.computeIfAbsent(p.country, k -> new HashSet<>()).add(p.admin1);
            }
        }
        List<Unit> units = new ArrayList<>();
        int n = TsvTable.read(file, report, new String[] {"fid", "iso_a2", "name", "fips", "geom"}, (line, r) -> {
            String iso2 = r.get("iso_a2");
            if (!iso2.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("no ISO 3166-1 alpha-2 code: '" + iso2 + "'");
            }
            long fid;
            try {
                fid = Long.parseLong(r.get("fid"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad fid " + r.get("fid"));
            }
            String name = TsvTable.need(r, "name");
            Geometry g = GeoPackageGeometry.parse(r.get("geom"), factory);
            int[] votes = {0};
            long[] population = {0};
            String code = vote(g, towns.getOrDefault(iso2, List.of()), votes, population);
            String fips = r.get("fips");
            if (code.isEmpty() && fips.length() > 2 && codes.getOrDefault(iso2, Set.of()).contains(fips.substring(2))) {
                code = fips.substring(2);
            }
            List<String> names = new ArrayList<>(List.of(name));
            for (String col : new String[] {"woe_name", "gn_name"}) {
                String v = r.getOrDefault(col, "");
                if (!v.isEmpty()) {
                    names.add(v);
                }
            }
            units.add(new Unit(fid, iso2, name, names, fips, GeoPackageGeometry.bbox(g), GeoPackageGeometry.point(g), code, votes[0],
                    population[0]));
        });
        Map<String, Integer> claims = new TreeMap<>();
        Map<String, Integer> claimVotes = new TreeMap<>();
        for (Unit u : units) {
            claims.merge(u.country() + "." + u.code(), 1, Integer::sum);
            claimVotes.merge(u.country() + "." + u.code(), u.votes(), Integer::sum);
        }
        Map<String, Long> existing = new HashMap<>();
        for (PlaceDraft p : model.places()) {
            if (p.isAdmin1() && !p.admin1.isEmpty()) {
                existing.putIfAbsent(p.country + "." + p.admin1, p.id);
            }
        }
        int adm1 = 0;
        int adm2 = 0;
        for (Unit u : units) {
            String key = u.country() + "." + u.code();
            // the unit is the admin-1 entry when it alone claims the code, or holds 3/4 of the towns voting
            // for it (New South Wales beside Jervis Bay Territory); otherwise it is a subdivision
            boolean unique = !u.code().isEmpty()
                    && (claims.get(key) == 1 || u.votes() * 4L >= claimVotes.get(key) * 3L && u.votes() > 0);
            PlaceDraft p;
            if (unique && existing.containsKey(key)) {
                p = model.get(existing.get(key));
            } else {
                p = model.add(new PlaceDraft(BuildModel.NE_ADMIN1_ID_BASE - u.fid(), u.name(), "A",
                        unique || u.code().isEmpty() ? "ADM1" : "ADM2", u.country()));
                p.admin1 = u.code();
            }
            if (p.bbox == null) {
                p.bbox = u.bbox();
            }
            if (!p.hasPoint()) {
                p.point(u.point()[0], u.point()[1]);
            }
            if (p.population == 0) {
                p.population = u.population();
            }
            for (String nm : u.names()) {
                model.name(p.id, nm);
            }
            if (p.isAdmin1()) {
                adm1++;
            } else {
                adm2++;
            }
        }
        report.source(file, n + " admin-1 units: " + adm1 + " as ADM1, " + adm2
                + " as ADM2 (several Natural Earth units share one GeoNames admin-1 code)");
    }

    private String vote(Geometry g, List<PlaceDraft> towns, int[] winnerVotes, long[] population) {
        Envelope env = g.getEnvelopeInternal();
        PreparedGeometry prepared = null;
        Map<String, Integer> votes = new TreeMap<>();
        for (PlaceDraft t : towns) {
            if (!env.contains(t.lon, t.lat)) {
                continue;
            }
            if (prepared == null) {
                prepared = PreparedGeometryFactory.prepare(g);
            }
            if (prepared.covers(factory.createPoint(new Coordinate(t.lon, t.lat)))) {
                votes.merge(t.admin1, 1, Integer::sum);
                if (TownPopulation.counts(t)) {
                    population[0] += t.population;
                }
            }
        }
        String best = "";
        int bestVotes = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        winnerVotes[0] = bestVotes;
        return best;
    }
}
