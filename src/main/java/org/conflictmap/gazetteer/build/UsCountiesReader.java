package org.conflictmap.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.NameNormalizer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * US counties from npm {@code us-atlas} ({@code counties-10m.json}, TopoJSON from U.S. Census data): name
 * and 5-digit FIPS code; the point and bbox come from decoding the quantised arcs. A county becomes an
 * {@code A.ADM2} entry named "Laurel County" ("... Parish" in Louisiana; Alaska boroughs and independent
 * cities keep their bare name), with the admin-1 code of its state and the population of the towns in it.
 */
final class UsCountiesReader {

    private final BuildModel model;
    private final BuildReport report;
    private final GeometryFactory factory = new GeometryFactory();

    UsCountiesReader(BuildModel model, BuildReport report) {
        this.model = model;
        this.report = report;
    }

    void read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode transform = root.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        List<Coordinate[]> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            Coordinate[] cs = new Coordinate[arc.size()];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                cs[i] = new Coordinate(x * sx + tx, y * sy + ty);
            }
            arcs.add(cs);
        }
        Map<String, String> stateAdmin1 = stateCodes(root.path("objects").path("states").path("geometries"));
        List<PlaceDraft> towns = new ArrayList<>();
        for (PlaceDraft t : model.places()) {
            if ("US".equals(t.country) && TownPopulation.counts(t)) {
                towns.add(t);
            }
        }
        int count = 0;
        int index = 0;
        for (JsonNode g : root.path("objects").path("counties").path("geometries")) {
            index++;
            String fips = g.path("id").asText();
            String name = g.path("properties").path("name").asText();
            if (!fips.matches("\\d{5}") || name.isEmpty()) {
                report.malformed(file, index, "county record #" + index + " lacks a 5-digit id or a name");
                continue;
            }
            Geometry geom;
            try {
                geom = geometry(g, arcs);
            } catch (RuntimeException e) {
                report.malformed(file, index, "county record #" + index + " (" + fips + "): bad geometry: " + e.getMessage());
                continue;
            }
            String state = fips.substring(0, 2);
            int countyCode = Integer.parseInt(fips.substring(2));
            String display = countyCode >= 500 || "02".equals(state) ? name
                    : "22".equals(state) ? name + " Parish" : name + " County";
            PlaceDraft p = model.add(new PlaceDraft(BuildModel.COUNTY_ID_BASE - Integer.parseInt(fips), display, "A",
                    "ADM2", "US"));
            p.admin1 = stateAdmin1.getOrDefault(state, "");
            double[] pt = GeoPackageGeometry.point(geom);
            p.point(pt[0], pt[1]);
            p.bbox = GeoPackageGeometry.bbox(geom);
            p.population = TownPopulation.inside(geom, towns, factory);
            model.name(p.id, display);
            count++;
        }
        report.source(file, count + " US counties");
    }

    /** State FIPS → GeoNames admin-1 code, by matching the state's name to an admin-1 entry. */
    private Map<String, String> stateCodes(JsonNode states) {
        Map<String, String> byName = new HashMap<>();
        for (PlaceDraft p : model.places()) {
            if (p.isAdmin1() && "US".equals(p.country) && !p.admin1.isEmpty()) {
                byName.putIfAbsent(NameNormalizer.normalize(p.name), p.admin1);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (JsonNode s : states) {
            String code = byName.get(NameNormalizer.normalize(s.path("properties").path("name").asText()));
            if (code != null) {
                out.put(s.path("id").asText(), code);
            }
        }
        return out;
    }

    private Geometry geometry(JsonNode g, List<Coordinate[]> arcs) {
        String type = g.path("type").asText();
        List<Polygon> polys = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polys.add(polygon(g.path("arcs"), arcs));
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode p : g.path("arcs")) {
                polys.add(polygon(p, arcs));
            }
        } else {
            throw new IllegalArgumentException("unexpected type " + type);
        }
        polys.removeIf(java.util.Objects::isNull);
        if (polys.isEmpty()) {
            throw new IllegalArgumentException("no polygon with 3 distinct points");
        }
        return factory.createMultiPolygon(polys.toArray(new Polygon[0]));
    }

    private Polygon polygon(JsonNode rings, List<Coordinate[]> arcs) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> cs = new ArrayList<>();
            for (JsonNode a : ring) {
                int i = a.asInt();
                Coordinate[] arc = arcs.get(i >= 0 ? i : ~i);
                for (int k = 0; k < arc.length; k++) {
                    Coordinate c = arc[i >= 0 ? k : arc.length - 1 - k];
                    if (cs.isEmpty() || k > 0) {
                        cs.add(c);
                    }
                }
            }
            if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
                cs.add(cs.get(0));
            }
            if (cs.size() < 4) {
                // a sliver that quantisation collapsed: a hole is dropped, a shell drops its polygon
                if (shell == null) {
                    return null;
                }
                continue;
            }
            LinearRing r = factory.createLinearRing(cs.toArray(new Coordinate[0]));
            if (shell == null) {
                shell = r;
            } else {
                holes.add(r);
            }
        }
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }
}
