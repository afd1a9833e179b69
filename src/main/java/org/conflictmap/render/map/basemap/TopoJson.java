package org.conflictmap.render.map.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A small TopoJSON decoder (quantised or not): turns the geometries of one named object into
 * {@link MapFeature}s. Supports Polygon, MultiPolygon, LineString, MultiLineString and nested
 * GeometryCollections; properties become string attributes, the geometry id becomes {@code id}.
 */
public final class TopoJson {

    private final List<List<double[]>> arcs;
    private final JsonNode objects;
    private final GeometryFactory gf;

    private TopoJson(JsonNode root, GeometryFactory gf) {
        this.gf = gf;
        this.objects = root.path("objects");
        JsonNode transform = root.get("transform");
        double sx = 1;
        double sy = 1;
        double tx = 0;
        double ty = 0;
        boolean quantised = transform != null;
        if (quantised) {
            sx = transform.get("scale").get(0).asDouble();
            sy = transform.get("scale").get(1).asDouble();
            tx = transform.get("translate").get(0).asDouble();
            ty = transform.get("translate").get(1).asDouble();
        }
        List<List<double[]>> decoded = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            List<double[]> pts = new ArrayList<>(arc.size());
            double x = 0;
            double y = 0;
            for (JsonNode p : arc) {
                if (quantised) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    pts.add(new double[] {x * sx + tx, y * sy + ty});
                } else {
                    pts.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
                }
            }
            decoded.add(pts);
        }
        this.arcs = decoded;
    }

    /** Reads a TopoJSON file. */
    public static TopoJson read(Path file, GeometryFactory gf) throws IOException {
        return new TopoJson(new ObjectMapper().readTree(file.toFile()), gf);
    }

    /** Names of the objects in the topology. */
    public List<String> objectNames() {
        List<String> names = new ArrayList<>();
        objects.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The features of one object (a GeometryCollection yields one feature per member). */
    public List<MapFeature> features(String objectName) {
        JsonNode obj = objects.get(objectName);
        if (obj == null) {
            throw new IllegalArgumentException("TopoJSON has no object '" + objectName + "' (has " + objectNames() + ")");
        }
        List<MapFeature> out = new ArrayList<>();
        if ("GeometryCollection".equals(obj.path("type").asText())) {
            for (JsonNode g : obj.path("geometries")) {
                addFeature(g, out);
            }
        } else {
            addFeature(obj, out);
        }
        return out;
    }

    private void addFeature(JsonNode g, List<MapFeature> out) {
        Geometry geom = geometry(g);
        if (geom == null || geom.isEmpty()) {
            return;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        if (g.has("id")) {
            attrs.put("id", g.get("id").asText());
        }
        g.path("properties").fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                attrs.put(e.getKey(), e.getValue().asText());
            }
        });
        out.add(new MapFeature(geom, attrs));
    }

    private Geometry geometry(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode a = g.path("arcs");
        switch (type) {
            case "Polygon":
                return polygon(a);
            case "MultiPolygon": {
                List<Polygon> polys = new ArrayList<>();
                for (JsonNode p : a) {
                    Polygon poly = polygon(p);
                    if (poly != null) {
                        polys.add(poly);
                    }
                }
                return gf.createMultiPolygon(polys.toArray(Polygon[]::new));
            }
            case "LineString":
                return line(a);
            case "MultiLineString": {
                List<LineString> lines = new ArrayList<>();
                for (JsonNode l : a) {
                    lines.add(line(l));
                }
                return gf.createMultiLineString(lines.toArray(LineString[]::new));
            }
            case "GeometryCollection": {
                List<Geometry> parts = new ArrayList<>();
                for (JsonNode m : g.path("geometries")) {
                    Geometry part = geometry(m);
                    if (part != null) {
                        parts.add(part);
                    }
                }
                return gf.buildGeometry(parts);
            }
            default:
                return null;
        }
    }

    private Coordinate[] stitch(JsonNode arcRefs) {
        CoordinateList coords = new CoordinateList();
        for (JsonNode ref : arcRefs) {
            int i = ref.asInt();
            List<double[]> arc = arcs.get(i < 0 ? ~i : i);
            int n = arc.size();
            for (int k = 0; k < n; k++) {
                double[] p = arc.get(i < 0 ? n - 1 - k : k);
                coords.add(new Coordinate(p[0], p[1]), false);
            }
        }
        return coords.toCoordinateArray();
    }

    private LineString line(JsonNode arcRefs) {
        Coordinate[] c = stitch(arcRefs);
        return c.length < 2 ? gf.createLineString() : gf.createLineString(c);
    }

    private LinearRing ring(JsonNode arcRefs) {
        CoordinateList c = new CoordinateList(stitch(arcRefs), false);
        if (c.isEmpty()) {
            return null;
        }
        c.closeRing();
        return c.size() < 4 ? null : gf.createLinearRing(c.toCoordinateArray());
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode r : rings) {
            LinearRing lr = ring(r);
            if (lr == null) {
                continue;
            }
            if (shell == null) {
                shell = lr;
            } else {
                holes.add(lr);
            }
        }
        return shell == null ? null : gf.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }
}
