package org.conflictmap.render.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictmap.events.Event;
import org.conflictmap.events.Precision;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.render.map.basemap.BaseLayer;
import org.conflictmap.render.map.basemap.BaseMap;
import org.conflictmap.render.map.basemap.MapFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.proj4j.ProjCoordinate;

/** Builds {@link MapData} from events, a {@link MapSpec}, the base map and (optionally) a gazetteer. */
public final class MapDataBuilder {

    /** The attribution every map carries. */
    public static final String ATTRIBUTION = "Place names: GeoNames (CC BY 4.0) \u00b7 Boundaries: Natural Earth";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final BaseMap baseMap;
    private final Gazetteer gazetteer;
    private final GeometryFactory gf = new GeometryFactory();

    /** A builder over a base map; {@code gazetteer} may be null. */
    public MapDataBuilder(BaseMap baseMap, Gazetteer gazetteer) {
        this.baseMap = baseMap;
        this.gazetteer = gazetteer;
    }

    /** Builds the data for one map. */
    public MapData build(MapEvents events, MapSpec spec) {
        return build(events, spec, fit(events, spec));
    }

    /** The extent {@code spec} gives for {@code events}, as {@link #build(MapEvents, MapSpec)} resolves it. */
    public FittedExtent fit(MapEvents events, MapSpec spec) {
        return new ExtentFitter(baseMap, gazetteer).fit(spec.extent(), points(events).events(), spec.focusCountries());
    }

    /**
     * Country-level events have no real point (the country's representative point is not where anything
     * happened): they count in the choropleth and the subtitle, never as bubbles, density or extent.
     */
    private static MapEvents points(MapEvents events) {
        MapEvents points = events.filter(e -> e.precision() != Precision.COUNTRY);
        return points.size() == 0 ? events : points;
    }

    /** Builds the data for one map whose extent {@link #fit} resolved. */
    public MapData build(MapEvents events, MapSpec spec, FittedExtent fitted) {
        MapEvents points = points(events);
        MapProjection proj = fitted.world()
                ? MapProjection.world(spec.projection() == ProjectionKind.ROBINSON ? ProjectionKind.ROBINSON
                : ProjectionKind.EQUAL_EARTH, 0)
                : MapProjection.forExtent(spec.projection(), fitted.lonLat());
        Envelope fit = projectedBox(proj, fitted);
        Envelope query = queryBox(fitted);
        Set<String> focus = fitted.focusCountries();
        List<MapData.Country> countries = new ArrayList<>();
        for (MapFeature f : baseMap.query(BaseLayer.COUNTRIES, query)) {
            countries.add(new MapData.Country(f.geometry(), f.attr("iso_a2"), f.attr("name"), focus.contains(f.attr("iso_a2"))));
        }
        Geometry land = null;
        if (fitted.world() || spec.has(MapLayer.INSET)) {
            List<Geometry> parts = baseMap.query(BaseLayer.LAND50, fitted.world() ? query : new Envelope(-180, 180, -90, 90)).stream().map(MapFeature::geometry).toList();
            land = gf.buildGeometry(parts);
        }
        List<Geometry> admin1 = spec.has(MapLayer.ADMIN1) && !fitted.world()
                ? geoms(BaseLayer.ADMIN1_LINES, query) : List.of();
        List<MapData.Boundary> disputed = spec.has(MapLayer.DISPUTED)
                ? baseMap.query(BaseLayer.DISPUTED, query).stream()
                        .map(f -> new MapData.Boundary(f.geometry(), f.attr("name"))).toList()
                : List.of();
        List<Geometry> lakes = spec.has(MapLayer.WATER) ? geoms(BaseLayer.LAKES50, query) : List.of();
        List<Geometry> rivers = spec.has(MapLayer.WATER) ? geoms(BaseLayer.RIVERS50, query) : List.of();
        List<Bubble> bubbles = points.bubbles();
        double[] lon = new double[points.size()];
        double[] lat = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            lon[i] = points.events().get(i).lon();
            lat[i] = points.events().get(i).lat();
        }
        List<MapData.Unit> units = spec.has(MapLayer.CHOROPLETH) ? choropleth(events, spec.choropleth(), query, countries)
                : List.of();
        int maxCount = bubbles.stream().mapToInt(Bubble::count).max().orElse(1);
        MapData.Texts texts = new MapData.Texts(title(spec, fitted), subtitle(spec, events), ATTRIBUTION,
                proj.describe(), events.size() == 0 ? "No events to map" : "");
        return new MapData(fitted, proj, fit, spec.layers(), countries, land, admin1, disputed, lakes, rivers, bubbles,
                new MapData.PointSet(lon, lat), units, seas(query), texts, maxCount);
    }

    private List<Geometry> geoms(BaseLayer layer, Envelope query) {
        return baseMap.query(layer, query).stream().map(MapFeature::geometry).toList();
    }

    /** The generous box to fetch base features for (the frame may show more than the extent). */
    static Envelope queryBox(FittedExtent fitted) {
        if (fitted.world()) {
            return new Envelope(-180, 180, -90, 90);
        }
        Envelope e = fitted.lonLat();
        double span = Math.max(e.getWidth(), e.getHeight());
        double w = e.getMinX() - span * 1.2;
        double east = e.getMaxX() + span * 1.2;
        if (east - w >= 360) {
            w = -180;
            east = 180;
        }
        return new Envelope(w, east, Math.max(-90, e.getMinY() - span), Math.min(90, e.getMaxY() + span));
    }

    /** The projected box of the extent (sampled along its edges and inside). */
    static Envelope projectedBox(MapProjection proj, FittedExtent fitted) {
        Envelope e = fitted.lonLat();
        Envelope out = new Envelope();
        ProjCoordinate pc = new ProjCoordinate();
        int n = 32;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double lon = e.getMinX() + e.getWidth() * i / n;
                double lat = e.getMinY() + e.getHeight() * j / n;
                proj.project(lon, lat, pc);
                if (Double.isFinite(pc.x) && Double.isFinite(pc.y)) {
                    out.expandToInclude(pc.x, pc.y);
                }
            }
        }
        if (out.isNull()) {
            out.expandToInclude(0, 0);
            out.expandBy(1000);
        }
        return out;
    }

    private String title(MapSpec spec, FittedExtent fitted) {
        if (spec.title() != null && !spec.title().isBlank()) {
            return spec.title().strip();
        }
        return fitted.world() ? "Reported events worldwide" : "Reported events";
    }

    private static String subtitle(MapSpec spec, MapEvents events) {
        if (spec.subtitle() != null) {
            return spec.subtitle();
        }
        StringBuilder s = new StringBuilder();
        LocalDate[] p = events.period();
        if (p != null) {
            s.append(p[0].equals(p[1]) ? DAY.format(p[0]) : DAY.format(p[0]) + " \u2013 " + DAY.format(p[1])).append(" \u00b7 ");
        }
        s.append(String.format(Locale.ROOT, "%,d event%s", events.size(), events.size() == 1 ? "" : "s"));
        if (spec.unresolved() >= 0) {
            s.append(String.format(Locale.ROOT, " \u00b7 %,d place name%s unresolved", spec.unresolved(),
                    spec.unresolved() == 1 ? "" : "s"));
        }
        if (!events.problems().isEmpty()) {
            s.append(String.format(Locale.ROOT, " \u00b7 %,d not mapped (bad coordinates)", events.problems().size()));
        }
        return s.toString();
    }

    /** Events per unit, by point-in-polygon (robust to name spellings); units without events have count 0. */
    private List<MapData.Unit> choropleth(MapEvents events, MapSpec.ChoroplethUnit unit, Envelope query,
                                          List<MapData.Country> countries) {
        List<MapFeature> units = unit == MapSpec.ChoroplethUnit.ADMIN1
                ? baseMap.query(BaseLayer.ADMIN1, query)
                : countries.stream().map(c -> new MapFeature(c.geometry(), Map.of("name", c.name()))).toList();
        STRtree index = new STRtree();
        List<PreparedGeometry> prepared = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            PreparedGeometry pg = PreparedGeometryFactory.prepare(units.get(i).geometry());
            prepared.add(pg);
            index.insert(units.get(i).geometry().getEnvelopeInternal(), i);
        }
        int[] counts = new int[units.size()];
        Map<String, Integer> cache = new HashMap<>();
        for (Event e : events.events()) {
            String key = e.lon() + "," + e.lat();
            Integer hit = cache.get(key);
            if (hit == null) {
                hit = -1;
                Point pt = gf.createPoint(new org.locationtech.jts.geom.Coordinate(e.lon(), e.lat()));
                @SuppressWarnings("unchecked")
                List<Integer> cands = index.query(pt.getEnvelopeInternal());
                cands.sort(Integer::compare);
                for (int i : cands) {
                    if (prepared.get(i).covers(pt)) {
                        hit = i;
                        break;
                    }
                }
                cache.put(key, hit);
            }
            if (hit >= 0) {
                counts[hit]++;
            }
        }
        List<MapData.Unit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            out.add(new MapData.Unit(units.get(i).geometry(), units.get(i).attr("name"), counts[i]));
        }
        return out;
    }

    private List<MapData.Sea> seas(Envelope query) {
        List<MapData.Sea> out = new ArrayList<>();
        try (InputStream in = MapDataBuilder.class.getResourceAsStream("seas.csv")) {
            if (in == null) {
                throw new IllegalStateException("seas.csv missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                if (f.length < 4) {
                    continue;
                }
                double lon = Double.parseDouble(f[1]);
                double lat = Double.parseDouble(f[2]);
                for (double shift : new double[] {0, 360, -360}) {
                    if (query.contains(lon + shift, lat)) {
                        out.add(new MapData.Sea(f[0], lon + shift, lat, Integer.parseInt(f[3])));
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
