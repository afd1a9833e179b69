package org.conflictmap.render.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.conflictmap.events.Event;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.GeoMath;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.render.map.basemap.BaseLayer;
import org.conflictmap.render.map.basemap.BaseMap;
import org.conflictmap.render.map.basemap.MapFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Resolves a {@link MapExtent} to a longitude/latitude box. Fitting to events frames the bulk:
 * events far from the median point are left out (so one far outlier does not shrink the map to a
 * corner, see {@link #bulk}), longitudes are taken on the shortest arc (events on both sides of ±180° give a box across
 * it), padded by 12% and at least about 3° wide.
 */
public final class ExtentFitter {

    private final BaseMap baseMap;
    private final Gazetteer gazetteer;

    /** A fitter; {@code gazetteer} may be null (country extents then come from the base map). */
    public ExtentFitter(BaseMap baseMap, Gazetteer gazetteer) {
        this.baseMap = baseMap;
        this.gazetteer = gazetteer;
    }

    /** Resolves the extent; {@code focus} overrides the automatic focus countries when not empty. */
    public FittedExtent fit(MapExtent extent, List<Event> events, Set<String> focus) {
        List<Event> bulk = extent.kind() == MapExtent.Kind.AUTO ? bulk(events) : events;
        Set<String> autoFocus = focus.isEmpty() ? focusOf(bulk) : focus;
        switch (extent.kind()) {
            case WORLD:
                return new FittedExtent(new Envelope(-180, 180, -90, 90), true, autoFocus, "world");
            case BBOX: {
                double east = extent.east() < extent.west() ? extent.east() + 360 : extent.east();
                return regional(new Envelope(extent.west(), east, extent.south(), extent.north()), autoFocus,
                        "bbox " + extent.value());
            }
            case COUNTRY: {
                Envelope box = countryBox(extent.value())
                        .orElseThrow(() -> new IllegalArgumentException("unknown country code '" + extent.value()
                                + "' (not in the gazetteer nor the base map)"));
                Set<String> f = focus.isEmpty() ? Set.of(extent.value()) : focus;
                return regional(pad(box, 0.08, 1.0), f, "country " + extent.value());
            }
            case REGION: {
                Envelope box = regionBox(extent.value())
                        .orElseThrow(() -> new IllegalArgumentException("unknown region '" + extent.value()
                                + "' (no gazetteer entry with a bounding box, and no country of that name)"));
                return regional(pad(box, 0.08, 1.0), autoFocus, "region " + extent.value());
            }
            case AUTO:
            default:
                if (events.isEmpty()) {
                    return new FittedExtent(new Envelope(-180, 180, -90, 90), true, autoFocus, "world (no events)");
                }
                String how = "fitted to " + bulk.size() + " events"
                        + (bulk.size() < events.size() ? " (" + (events.size() - bulk.size()) + " far outliers left out)" : "");
                return regional(pad(eventBox(bulk), 0.12, 3.0), autoFocus, how);
        }
    }

    private static FittedExtent regional(Envelope box, Set<String> focus, String how) {
        if (box.getWidth() > 200 || box.getHeight() > 120) {
            return new FittedExtent(new Envelope(-180, 180, -90, 90), true, focus, how + " (world-wide)");
        }
        return new FittedExtent(box, false, focus, how);
    }

    /**
     * The countries the map is about: those holding at least 10% of the events (at most 4, most events first).
     * For a fitted extent only the events framed count, so a capital mentioned in a few reports (Moscow in a
     * Caucasus war) does not light up its country.
     */
    static Set<String> focusOf(List<Event> events) {
        Map<String, Integer> n = new TreeMap<>();
        for (Event e : events) {
            if (!e.country().isEmpty()) {
                n.merge(e.country(), 1, Integer::sum);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        n.entrySet().stream()
                .filter(x -> x.getValue() >= Math.max(1, events.size() * 0.10))
                .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()))
                .limit(4).forEach(x -> out.add(x.getKey()));
        return out;
    }

    /**
     * The bulk of the events: with 5 or more, those within max(3 × the 80th-percentile distance, 300 km)
     * of the median point; far outliers (one report from another continent) are left out.
     */
    static List<Event> bulk(List<Event> events) {
        int n = events.size();
        if (n < 5) {
            return events;
        }
        Envelope box = eventBox(events);
        double[] lons = new double[n];
        double[] lats = new double[n];
        for (int i = 0; i < n; i++) {
            double lon = events.get(i).lon();
            lons[i] = lon < box.getMinX() ? lon + 360 : lon;
            lats[i] = events.get(i).lat();
        }
        double mLon = median(lons);
        double mLat = median(lats);
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            dist[i] = GeoMath.distanceKm(mLat, mLon, lats[i], lons[i]);
        }
        double[] sorted = dist.clone();
        Arrays.sort(sorted);
        double limit = Math.max(300, 3 * quantile(sorted, 0.8));
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (dist[i] <= limit) {
                out.add(events.get(i));
            }
        }
        return out.isEmpty() ? events : out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return quantile(s, 0.5);
    }

    /** The events' bulk box, on the shortest longitude arc. */
    static Envelope eventBox(List<Event> events) {
        int n = events.size();
        double[] lons = new double[n];
        double[] lats = new double[n];
        for (int i = 0; i < n; i++) {
            lons[i] = events.get(i).lon();
            lats[i] = events.get(i).lat();
        }
        double[] sorted = lons.clone();
        Arrays.sort(sorted);
        double start = sorted[0];
        double bestGap = sorted[0] + 360 - sorted[n - 1];
        for (int i = 1; i < n; i++) {
            double gap = sorted[i] - sorted[i - 1];
            if (gap > bestGap) {
                bestGap = gap;
                start = sorted[i];
            }
        }
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double lon = lons[i] < start ? lons[i] + 360 : lons[i];
            west = Math.min(west, lon);
            east = Math.max(east, lon);
            south = Math.min(south, lats[i]);
            north = Math.max(north, lats[i]);
        }
        if (west > 180) {
            west -= 360;
            east -= 360;
        }
        return new Envelope(west, east, south, north);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (sorted[j] - sorted[i]) * (pos - i);
    }

    /** Pads by a fraction of the span on each side, with a minimum total span in degrees. */
    static Envelope pad(Envelope box, double fraction, double minSpan) {
        double w = Math.max(box.getWidth() * (1 + 2 * fraction), minSpan * 1.3);
        double h = Math.max(box.getHeight() * (1 + 2 * fraction), minSpan);
        double cx = box.centre().x;
        double cy = box.centre().y;
        double s = Math.max(-89, cy - h / 2);
        double n = Math.min(89, cy + h / 2);
        return new Envelope(cx - w / 2, cx + w / 2, s, n);
    }

    private Optional<Envelope> countryBox(String iso2) {
        if (gazetteer != null) {
            Optional<Place> p = gazetteer.country(iso2);
            if (p.isPresent() && p.get().bbox() != null) {
                return Optional.of(toEnvelope(p.get().bbox()));
            }
        }
        for (MapFeature f : baseMap.layer(BaseLayer.COUNTRIES).all()) {
            if (f.attr("iso_a2").equalsIgnoreCase(iso2)) {
                return Optional.of(mainlandBox(f.geometry()));
            }
        }
        return Optional.empty();
    }

    private Optional<Envelope> regionBox(String name) {
        String key = NameNormalizer.normalize(name);
        if (gazetteer != null) {
            for (Place p : gazetteer.candidates(key)) {
                if (p.bbox() != null) {
                    return Optional.of(toEnvelope(p.bbox()));
                }
            }
        }
        for (MapFeature f : baseMap.layer(BaseLayer.COUNTRIES).all()) {
            if (NameNormalizer.normalize(f.attr("name")).equals(key)) {
                return Optional.of(mainlandBox(f.geometry()));
            }
        }
        return Optional.empty();
    }

    private static Envelope toEnvelope(BBox b) {
        double east = b.crossesAntimeridian() ? b.east() + 360 : b.east();
        return new Envelope(b.west(), east, b.south(), b.north());
    }

    /** Box of the parts with at least a tenth of the largest part's area (leaves out far islands). */
    static Envelope mainlandBox(Geometry g) {
        double max = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            max = Math.max(max, g.getGeometryN(i).getArea());
        }
        List<Envelope> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() >= max / 10) {
                parts.add(g.getGeometryN(i).getEnvelopeInternal());
            }
        }
        Envelope e = new Envelope();
        parts.forEach(e::expandToInclude);
        return e;
    }
}
