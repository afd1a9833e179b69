package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.EventType;
import org.conflictmap.render.Palette;

/**
 * Event symbols, one per place: area proportional to the place's event count (diameter ∝ √count), shape and
 * colour of its most frequent type (the palette maps and charts share). When several types happened there, a
 * thin ring around the symbol shows each type's share (clockwise from 12 o'clock, legend order), so a reader
 * decodes "how much" from the size, "mostly what" from the symbol and "what else" from the ring. Drawn largest
 * first so small symbols stay visible on top.
 */
final class SymbolPainter {

    /**
     * A placed symbol.
     *
     * @param core     diameter of the type symbol
     * @param diameter outer diameter (ring included): what labels and boxes must avoid
     */
    record Placed(Bubble bubble, double x, double y, double core, double diameter) {
        Rectangle2D box() {
            return new Rectangle2D.Double(x - diameter / 2, y - diameter / 2, diameter, diameter);
        }
    }

    private final MapStyle style;
    private final double maxDiameter;
    private final double minDiameter;
    private final int reference;
    private final double scale;

    SymbolPainter(MapStyle style, Rectangle2D frame, int reference) {
        this(style, frame, reference, false);
    }

    SymbolPainter(MapStyle style, Rectangle2D frame, int reference, boolean world) {
        this(style, Math.max(8 * style.pt(), Math.min((world ? 16 : 26) * style.pt(), frame.getWidth() * (world ? 0.032 : 0.06))),
                reference, 1);
    }

    private SymbolPainter(MapStyle style, double maxDiameter, int reference, double scale) {
        this.style = style;
        this.scale = scale;
        this.maxDiameter = maxDiameter;
        this.minDiameter = 3.2 * style.pt();
        this.reference = Math.max(1, reference);
    }

    /** The same painter with all sizes above the minimum scaled by {@code factor}. */
    SymbolPainter scaled(double factor) {
        return factor == 1 ? this
                : new SymbolPainter(style, Math.max(minDiameter, maxDiameter * factor), reference, scale * factor);
    }

    /** The factor this painter's sizes were scaled by. */
    double scale() {
        return scale;
    }

    /**
     * A size factor (1, 0.85, 0.72 or 0.61) that keeps crowded symbols readable: the largest one at
     * which the symbols' pairwise overlap stays under a fifth of their total area. Nearby places (a town and its
     * district) still touch, but a cluster no longer merges into one blot.
     */
    double crowdingFactor(List<Bubble> bubbles, GeoShapes shapes, Rectangle2D frame) {
        double factor = 1;
        for (int step = 0; step < 3; step++) {
            if (overlapShare(scaled(factor).place(bubbles, shapes, frame)) <= 0.2) {
                return factor;
            }
            factor *= 0.85;
        }
        return factor;
    }

    /** Sum of pairwise overlap areas over the sum of areas (circles of the outer diameter), via a grid. */
    static double overlapShare(List<Placed> placed) {
        if (placed.size() < 2) {
            return 0;
        }
        double cell = 0;
        for (Placed p : placed) {
            cell = Math.max(cell, p.diameter());
        }
        java.util.Map<Long, List<Integer>> grid = new java.util.HashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            grid.computeIfAbsent(cellKey(Math.floor(placed.get(i).x() / cell), Math.floor(placed.get(i).y() / cell)),
                    k -> new ArrayList<>()).add(i);
        }
        double overlap = 0;
        double total = 0;
        for (int i = 0; i < placed.size(); i++) {
            Placed a = placed.get(i);
            double ra = a.diameter() / 2;
            total += Math.PI * ra * ra;
            double gx = Math.floor(a.x() / cell);
            double gy = Math.floor(a.y() / cell);
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int j : grid.getOrDefault(cellKey(gx + dx, gy + dy), List.of())) {
                        if (j > i) {
                            Placed b = placed.get(j);
                            overlap += lens(ra, b.diameter() / 2, Math.hypot(a.x() - b.x(), a.y() - b.y()));
                        }
                    }
                }
            }
        }
        return total == 0 ? 0 : overlap / total;
    }

    private static long cellKey(double gx, double gy) {
        return ((long) gx << 32) ^ ((long) gy & 0xFFFFFFFFL);
    }

    /** Area shared by two circles. */
    static double lens(double r1, double r2, double d) {
        if (d >= r1 + r2) {
            return 0;
        }
        double rMin = Math.min(r1, r2);
        if (d <= Math.abs(r1 - r2)) {
            return Math.PI * rMin * rMin;
        }
        double a = r1 * r1 * Math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1));
        double b = r2 * r2 * Math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2));
        double c = 0.5 * Math.sqrt((-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2));
        return a + b - c;
    }

    /**
     * Generalises symbols that would sit on each other: a place whose centre falls within half the core radius of a
     * larger place's symbol joins it (counts and types summed, drawn at the larger place, labelled "Stepanakert
     * +2"). At world scale a whole war zone becomes one symbol; on a regional map only near-duplicates merge.
     * Returns bubbles largest first; bubbles outside the frame are dropped.
     */
    List<Bubble> cluster(List<Bubble> bubbles, GeoShapes shapes, Rectangle2D frame) {
        List<Placed> placed = place(bubbles, shapes, frame);
        List<List<Placed>> groups = new ArrayList<>();
        for (Placed p : placed) {
            List<Placed> home = null;
            for (List<Placed> g : groups) {
                Placed head = g.get(0);
                if (Math.hypot(head.x() - p.x(), head.y() - p.y()) < 0.5 * head.core() / 2) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(p)));
            } else {
                home.add(p);
            }
        }
        List<Bubble> out = new ArrayList<>();
        for (List<Placed> g : groups) {
            Bubble head = g.get(0).bubble();
            if (g.size() == 1) {
                out.add(head);
                continue;
            }
            Map<EventType, Integer> types = new java.util.EnumMap<>(EventType.class);
            for (Placed p : g) {
                p.bubble().types().forEach((t, n) -> types.merge(t, n, Integer::sum));
            }
            int total = 0;
            int best = 0;
            EventType dominant = head.type();
            for (Map.Entry<EventType, Integer> t : types.entrySet()) {
                total += t.getValue();
                if (t.getValue() > best) {
                    best = t.getValue();
                    dominant = t.getKey();
                }
            }
            out.add(new Bubble(head.placeKey(), head.place() + " +" + (g.size() - 1), head.lon(), head.lat(), dominant,
                    total, total, types));
        }
        out.sort(java.util.Comparator.comparingInt(Bubble::count).reversed().thenComparing(Bubble::placeKey));
        return out;
    }

    /** The same painter sized for another reference count. */
    SymbolPainter withReference(int newReference) {
        return newReference == reference ? this : new SymbolPainter(style, maxDiameter, newReference, scale);
    }

    /** Core symbol diameter for a count. */
    double diameter(int count) {
        return Math.max(minDiameter, maxDiameter * Math.sqrt((double) count / reference));
    }

    int reference() {
        return reference;
    }

    /** Ring width for a core diameter. */
    double ringWidth(double core) {
        return Math.max(1.2 * style.pt(), 0.13 * core);
    }

    /** Radius of the ring's inner edge around a symbol: clear of the shape's corners. */
    double ringInner(EventType type, double core) {
        return extent(Palette.shape(type).at(0, 0, core)) + 0.5 * style.pt();
    }

    List<Placed> place(List<Bubble> bubbles, GeoShapes shapes, Rectangle2D frame) {
        List<Placed> out = new ArrayList<>();
        for (Bubble b : bubbles) {
            Point2D p = shapes.point(b.lon(), b.lat());
            if (p == null || !frame.contains(p)) {
                continue;
            }
            double core = diameter(b.count());
            double outer = b.mixed() ? 2 * (ringInner(b.type(), core) + ringWidth(core)) : core;
            out.add(new Placed(b, p.getX(), p.getY(), core, outer));
        }
        return out;
    }

    void paint(Graphics2D g, List<Placed> placed) {
        for (Placed p : placed) {
            paint(g, p.bubble(), p.x(), p.y(), p.core());
        }
    }

    /** One symbol (core and, for several types, the share ring) centred on (x, y). */
    void paint(Graphics2D g, Bubble b, double x, double y, double core) {
        if (b.mixed()) {
            paintRing(g, b.types(), x, y, ringInner(b.type(), core), ringWidth(core));
        }
        Shape s = Palette.shape(b.type()).at(x, y, core);
        Color c = Palette.color(b.type());
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 215));
        g.fill(s);
        g.setColor(Palette.SYMBOL_OUTLINE);
        g.setStroke(new BasicStroke(style.line(0.4)));
        g.draw(s);
    }

    /** The share ring: a white backing, one arc per type, thin outlines so light colours stay visible. */
    void paintRing(Graphics2D g, Map<EventType, Integer> types, double x, double y, double inner, double width) {
        double mid = inner + width / 2;
        double outer = inner + width;
        g.setColor(new Color(255, 255, 255, 235));
        g.setStroke(new BasicStroke((float) (width + 0.8 * style.pt())));
        g.draw(new Ellipse2D.Double(x - mid, y - mid, 2 * mid, 2 * mid));
        int total = types.values().stream().mapToInt(Integer::intValue).sum();
        double start = 90;
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (Map.Entry<EventType, Integer> t : types.entrySet()) {
            double extent = -360.0 * t.getValue() / total;
            g.setColor(Palette.color(t.getKey()));
            g.draw(new Arc2D.Double(x - mid, y - mid, 2 * mid, 2 * mid, start, extent, Arc2D.OPEN));
            start += extent;
        }
        g.setColor(new Color(0x555555));
        g.setStroke(new BasicStroke(style.line(0.25)));
        g.draw(new Ellipse2D.Double(x - outer, y - outer, 2 * outer, 2 * outer));
        g.draw(new Ellipse2D.Double(x - inner, y - inner, 2 * inner, 2 * inner));
        if (types.size() > 1) {
            start = 90;
            for (Integer n : types.values()) {
                double a = Math.toRadians(start);
                g.draw(new java.awt.geom.Line2D.Double(x + inner * Math.cos(a), y - inner * Math.sin(a),
                        x + outer * Math.cos(a), y - outer * Math.sin(a)));
                start -= 360.0 * n / total;
            }
        }
    }

    /** Largest distance of a shape's vertices from the origin. */
    private static double extent(Shape s) {
        double max = 0;
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int seg = it.currentSegment(c);
            if (seg != PathIterator.SEG_CLOSE) {
                max = Math.max(max, Math.hypot(c[0], c[1]));
            }
        }
        return max;
    }
}
