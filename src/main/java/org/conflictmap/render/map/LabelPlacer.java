package org.conflictmap.render.map;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.InteriorPointArea;

/**
 * Places labels most important first, each in the first candidate position that collides with no
 * label already placed and no reserved box (legend, scale bar, inset) and stays inside the frame:
 * focus-country names, event places (by number of events), seas, then other countries and small
 * water bodies. Place labels try right, left, above, below and the four diagonals of their symbol.
 */
final class LabelPlacer {

    /** A label ready to draw. */
    record Label(String text, TextPainter.Style style, double x, double y, Rectangle2D box) {
    }

    private final MapStyle style;
    private final Rectangle2D frame;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Rectangle2D> symbols = new ArrayList<>();
    private final List<Label> placed = new ArrayList<>();
    private final Set<String> seasDone = new HashSet<>();
    private Point2D own;
    /** Diameter of the symbol being labelled. */
    private double ownSize;
    private final List<java.awt.Shape> landShapes = new ArrayList<>();
    private final List<java.awt.Shape> lakeShapes = new ArrayList<>();
    private final List<Point2D> anchors = new ArrayList<>();
    /** Last-resort positions must still leave other symbols' centres free (off for small place dots). */
    private boolean strictFallback = true;

    LabelPlacer(MapStyle style, Rectangle2D frame, List<Rectangle2D> reserved) {
        this.style = style;
        this.frame = frame;
        this.taken.addAll(reserved);
    }

    List<Label> labels() {
        return List.copyOf(placed);
    }

    /** Pixel positions of the event places that got a label. */
    List<Point2D> labelledPlaces() {
        return List.copyOf(anchors);
    }

    void paint(Graphics2D g) {
        for (Label l : placed) {
            TextPainter.draw(g, l.text(), l.style(), l.x(), l.y());
        }
    }

    /** Labels only event places (a detail inset), avoiding the symbols. */
    void placePlaces(List<SymbolPainter.Placed> bubbles, int maxPlaces) {
        for (SymbolPainter.Placed p : bubbles) {
            symbols.add(p.box());
        }
        placeLabels(bubbles, maxPlaces, true);
    }

    /** Runs the whole placement for a map. */
    void placeAll(MapData data, GeoShapes shapes, List<SymbolPainter.Placed> bubbles, int maxPlaces) {
        placeAll(data, shapes, bubbles, maxPlaces, p -> true);
    }

    /** Runs the whole placement for a map, labelling only the event places {@code labelled} accepts. */
    void placeAll(MapData data, GeoShapes shapes, List<SymbolPainter.Placed> bubbles, int maxPlaces,
                  java.util.function.Predicate<SymbolPainter.Placed> labelled) {
        double dot = 2.2 * style.pt();
        strictFallback = data.has(MapLayer.BUBBLES);
        for (SymbolPainter.Placed p : bubbles) {
            // without bubbles only the place dots are there to avoid
            symbols.add(data.has(MapLayer.BUBBLES) ? p.box()
                    : new Rectangle2D.Double(p.x() - dot / 2, p.y() - dot / 2, dot, dot));
        }
        for (Geometry lake : data.lakes()) {
            lakeShapes.add(new java.awt.geom.Path2D.Double(shapes.shape(lake)));
        }
        if (data.extent().world() && data.land() != null) {
            for (int i = 0; i < data.land().getNumGeometries(); i++) {
                landShapes.add(new java.awt.geom.Path2D.Double(shapes.shape(data.land().getGeometryN(i))));
            }
        } else {
            for (MapData.Country c : data.countries()) {
                landShapes.add(new java.awt.geom.Path2D.Double(shapes.shape(c.geometry())));
            }
        }
        List<MapData.Country> countries = new ArrayList<>(data.countries());
        for (MapData.Country c : countries) {
            if (c.focus()) {
                country(c, shapes, true);
            }
        }
        placeLabels(bubbles.stream().filter(labelled).toList(), maxPlaces, data.has(MapLayer.BUBBLES));
        for (MapData.Sea s : data.seas()) {
            if (s.rank() <= (data.extent().world() ? 1 : 2)) {
                sea(s, shapes);
            }
        }
        List<Object[]> others = new ArrayList<>();
        for (MapData.Country c : countries) {
            if (!c.focus()) {
                Geometry g = shapes.clip(c.geometry());
                others.add(new Object[] {c, g.getArea()});
            }
        }
        others.sort(Comparator.comparingDouble((Object[] o) -> -(double) o[1])
                .thenComparing(o -> ((MapData.Country) o[0]).name()));
        for (Object[] o : others) {
            country((MapData.Country) o[0], shapes, false);
        }
        for (MapData.Sea s : data.seas()) {
            if (s.rank() > 2 && !data.extent().world()) {
                sea(s, shapes);
            }
        }
    }

    private void placeLabels(List<SymbolPainter.Placed> bubbles, int maxPlaces, boolean symbolsShown) {
        Map<String, SymbolPainter.Placed> byPlace = new LinkedHashMap<>();
        for (SymbolPainter.Placed p : bubbles) {
            byPlace.merge(p.bubble().placeKey(), p, (a, b) -> a.diameter() >= b.diameter() ? a : b);
        }
        List<SymbolPainter.Placed> places = new ArrayList<>(byPlace.values());
        places.sort(Comparator.comparingInt((SymbolPainter.Placed p) -> -p.bubble().placeTotal())
                .thenComparing(p -> p.bubble().placeKey()));
        int n = 0;
        Set<String> done = new HashSet<>();
        int top = places.isEmpty() ? 0 : places.get(0).bubble().placeTotal();
        for (SymbolPainter.Placed p : places) {
            if (n >= maxPlaces) {
                break;
            }
            if (!done.add(p.bubble().place())) {
                continue;
            }
            // bold for the few places with the most events, not for whatever happens to be labelled first
            TextPainter.Style s = style.place(n < 5 && p.bubble().placeTotal() >= 0.3 * top);
            double gap = symbolsShown ? p.diameter() / 2 + 1.5 * style.pt() : 2.6 * style.pt();
            own = new Point2D.Double(p.x(), p.y());
            ownSize = p.diameter();
            boolean ok = place(p.bubble().place(), s, p.x(), p.y(), gap, true, false)
                    || place(p.bubble().place(), s, p.x(), p.y(), gap + 3 * style.pt(), true, false)
                    || place(p.bubble().place(), s, p.x(), p.y(), gap, false, false);
            own = null;
            if (ok) {
                n++;
                anchors.add(new Point2D.Double(p.x(), p.y()));
            }
        }
    }

    private void country(MapData.Country c, GeoShapes shapes, boolean focus) {
        Geometry g = shapes.clip(c.geometry());
        if (g.isEmpty()) {
            return;
        }
        Polygon largest = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && (largest == null || p.getArea() > largest.getArea())) {
                largest = p;
            }
        }
        if (largest == null) {
            return;
        }
        java.awt.Shape outline = new java.awt.geom.Path2D.Double(shapes.shapeUnclipped(largest));
        Rectangle2D pix = outline.getBounds2D();
        String text = c.name().toUpperCase(Locale.ROOT);
        TextPainter.Style s = style.country(focus);
        double w = TextPainter.width(text, s);
        if (pix.getWidth() < w * (focus ? 0.6 : 0.9) || pix.getHeight() < TextPainter.lineHeight(s) * 1.2) {
            return;
        }
        var ip = InteriorPointArea.getInteriorPoint(largest);
        Point2D p = shapes.point(ip.x, ip.y);
        if (p == null) {
            return;
        }
        place(text, s, p.getX(), p.getY(), 0, true, true, outline);
    }

    /**
     * A sea label at its anchor or, when that is off the frame, on land or taken, at the nearest point
     * (spiralling out in degrees) where the whole label lies over water. A smaller sea or a gulf (rank 3) moves
     * at most {@value #SEA_SHIFT_DEGREES}° from its anchor and a small water body (rank 4) {@value
     * #SMALL_WATER_SHIFT_DEGREES}°; neither is labelled on a map more than {@value #SEA_MAX_SPAN_DEGREES}° and
     * {@value #SMALL_WATER_MAX_SPAN_DEGREES}° across: a label far from its water ("Dead Sea" in Sudan,
     * "Tyrrhenian Sea" south of Sicily) misleads more than none.
     */
    private void sea(MapData.Sea sea, GeoShapes shapes) {
        if (seasDone.contains(sea.name())) {
            return;
        }
        TextPainter.Style s = style.sea(sea.rank());
        double span = Math.max(shapes.clipBox().getWidth(), shapes.clipBox().getHeight());
        double step = Math.max(0.05, span / 150);
        int rings = seaRings(sea.rank(), span, step);
        for (int ring = 0; ring <= rings; ring++) {
            int dirs = ring == 0 ? 1 : 8 * ring;
            for (int k = 0; k < dirs; k++) {
                double a = 2 * Math.PI * k / dirs;
                double lon = sea.lon() + ring * step * Math.cos(a) / Math.max(0.2, Math.cos(Math.toRadians(sea.lat())));
                double lat = sea.lat() + ring * step * Math.sin(a);
                Point2D p = shapes.point(lon, lat);
                if (p == null || !frame.contains(p)) {
                    continue;
                }
                Rectangle2D b0 = TextPainter.box(sea.name(), s, 0, 0);
                Rectangle2D box = new Rectangle2D.Double(p.getX() - b0.getWidth() / 2, p.getY() - b0.getHeight() / 2,
                        b0.getWidth(), b0.getHeight());
                boolean water = sea.rank() >= 4 ? overWater(new Rectangle2D.Double(p.getX(), p.getY(), 0, 0)) : overWater(box);
                if (!water) {
                    continue;
                }
                if (place(sea.name(), s, p.getX(), p.getY(), 0, true, true)) {
                    seasDone.add(sea.name());
                    return;
                }
            }
        }
    }

    /**
     * How many rings of {@code step} degrees a sea label of {@code rank} may spiral out on a map {@code span}
     * degrees across; -1 when it is not labelled at all (see {@link #sea}).
     */
    static int seaRings(int rank, double span, double step) {
        if (rank >= 4 && span > SMALL_WATER_MAX_SPAN_DEGREES || rank == 3 && span > SEA_MAX_SPAN_DEGREES) {
            return -1;
        }
        if (rank <= 2) {
            return rank <= 1 ? 12 : 8;
        }
        return Math.min(8, (int) Math.floor((rank == 3 ? SEA_SHIFT_DEGREES : SMALL_WATER_SHIFT_DEGREES) / step));
    }

    /** The farthest a smaller sea's or a gulf's label (rank 3) moves from its anchor, in degrees. */
    static final double SEA_SHIFT_DEGREES = 4.0;
    /** The farthest a small water body's label moves from its anchor, in degrees. */
    static final double SMALL_WATER_SHIFT_DEGREES = 1.0;
    /** The widest map, in degrees, on which smaller seas and gulfs are labelled. */
    static final double SEA_MAX_SPAN_DEGREES = 60.0;
    /** The widest map, in degrees, on which small water bodies (lakes, small seas) are labelled. */
    static final double SMALL_WATER_MAX_SPAN_DEGREES = 25.0;

    private boolean inLake(double x, double y) {
        for (java.awt.Shape lake : lakeShapes) {
            if (lake.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    private boolean overWater(Rectangle2D box) {
        double[][] pts = {{box.getMinX(), box.getMinY()}, {box.getMaxX(), box.getMinY()}, {box.getMinX(), box.getMaxY()},
            {box.getMaxX(), box.getMaxY()}, {box.getCenterX(), box.getCenterY()},
            {box.getCenterX(), box.getMinY()}, {box.getCenterX(), box.getMaxY()}};
        for (java.awt.Shape land : landShapes) {
            if (!land.getBounds2D().intersects(box)) {
                continue;
            }
            for (double[] q : pts) {
                if (land.contains(q[0], q[1]) && !inLake(q[0], q[1])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Tries candidate positions around (x, y) at distance {@code gap}; centred labels ({@code centred})
     * try the centre and small vertical shifts. Returns true when placed.
     */
    boolean place(String text, TextPainter.Style s, double x, double y, double gap, boolean avoidSymbols, boolean centred) {
        return place(text, s, x, y, gap, avoidSymbols, centred, null);
    }

    /**
     * {@link #place(String, TextPainter.Style, double, double, double, boolean, boolean)}, keeping the label's
     * centre inside {@code within} when given: a country's name shifted off a crowded centre must still lie in
     * the country ("SUDAN" was drawn over South Sudan).
     */
    boolean place(String text, TextPainter.Style s, double x, double y, double gap, boolean avoidSymbols,
                          boolean centred, java.awt.Shape within) {
        Rectangle2D b0 = TextPainter.box(text, s, 0, 0);
        double w = b0.getWidth();
        double asc = -b0.getY();
        double h = b0.getHeight();
        double[][] cands;
        if (centred) {
            cands = new double[][] {{x - w / 2, y + asc / 2}, {x - w / 2, y + asc / 2 - h}, {x - w / 2, y + asc / 2 + h},
                {x - w / 2, y + asc / 2 - 2 * h}, {x - w / 2, y + asc / 2 + 2 * h}};
        } else {
            double d = gap * 0.72;
            cands = new double[][] {
                {x + gap, y + asc / 2 - h * 0.12}, {x - gap - w, y + asc / 2 - h * 0.12},
                {x - w / 2, y - gap - (h - asc)}, {x - w / 2, y + gap + asc},
                {x + d, y - d - (h - asc)}, {x + d, y + d + asc}, {x - d - w, y - d - (h - asc)}, {x - d - w, y + d + asc}};
        }
        double pad = s.haloWidth() + 0.6 * style.pt();
        for (double[] c : cands) {
            Rectangle2D box = new Rectangle2D.Double(c[0] - pad, c[1] - asc - pad, w + 2 * pad, h + 2 * pad);
            if (!frame.contains(box) || within != null && !within.contains(box.getCenterX(), box.getCenterY())
                    || collides(box, avoidSymbols)) {
                continue;
            }
            taken.add(box);
            placed.add(new Label(text, s, c[0], c[1], box));
            return true;
        }
        return false;
    }

    /** The inner half of a symbol's box, where a label would hide the symbol. */
    private static Rectangle2D core(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + r.getWidth() / 4, r.getY() + r.getHeight() / 4, r.getWidth() / 2,
                r.getHeight() / 2);
    }

    private boolean collides(Rectangle2D box, boolean avoidSymbols) {
        for (Rectangle2D r : taken) {
            if (r.intersects(box)) {
                return true;
            }
        }
        for (Rectangle2D r : symbols) {
            boolean mine = own != null && Math.abs(r.getCenterX() - own.getX()) < 0.5
                    && Math.abs(r.getCenterY() - own.getY()) < 0.5;
            // even as a last resort a label never covers another symbol's centre: it would name the wrong place
            // (small place dots practically on the same spot, as near-duplicate places, may be covered)
            boolean sameSpot = !strictFallback && own != null
                    && Math.hypot(r.getCenterX() - own.getX(), r.getCenterY() - own.getY()) < 6 * style.pt();
            if (!mine && (avoidSymbols ? r.intersects(box) : !sameSpot && box.contains(r.getCenterX(), r.getCenterY()))) {
                return true;
            }
            // nor is a small place's label written across the body of a bigger symbol: it reads as that place's name
            if (!mine && !avoidSymbols && strictFallback && r.getWidth() > 1.5 * ownSize && core(r).intersects(box)) {
                return true;
            }
        }
        return false;
    }
}
