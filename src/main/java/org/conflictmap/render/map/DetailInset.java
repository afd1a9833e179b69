package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.conflictmap.render.Palette;
import org.locationtech.jts.geom.Envelope;

/**
 * A detail (zoom) inset for the one cluster of symbols that still piles up after sizes were reduced: the
 * cluster's area, outlined on the main map, is drawn again enlarged in a frame corner, with the same symbol sizes
 * (so the one legend holds) and its own labels. Regional maps only; found from the placed symbols alone, so the
 * same data always gives the same inset.
 */
final class DetailInset {

    /** Overlap share (see {@link SymbolPainter#overlapShare}) within a cluster above which it gets an inset. */
    static final double CROWDED = 0.2;

    private final MapData data;
    private final MapStyle style;
    private final SymbolPainter symbols;
    private final Rectangle2D area;
    private final double aspect;

    private DetailInset(MapData data, MapStyle style, SymbolPainter symbols, Rectangle2D area) {
        this.data = data;
        this.style = style;
        this.symbols = symbols;
        this.area = area;
        this.aspect = Math.max(0.6, Math.min(1.6, area.getWidth() / area.getHeight()));
    }

    /**
     * The inset for the most crowded cluster of {@code placed}, or null when symbols do not pile up, the cluster
     * is not local (over 40% of the frame) or enlarging it would gain less than 2×.
     */
    static DetailInset find(MapData data, MapStyle style, SymbolPainter symbols,
                            List<SymbolPainter.Placed> placed, Rectangle2D frame) {
        if (data.extent().world() || placed.size() < 3) {
            return null;
        }
        int n = placed.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                SymbolPainter.Placed a = placed.get(i);
                SymbolPainter.Placed b = placed.get(j);
                double o = SymbolPainter.lens(a.diameter() / 2, b.diameter() / 2, Math.hypot(a.x() - b.x(), a.y() - b.y()));
                score[i] += o;
                score[j] += o;
            }
        }
        int seed = 0;
        for (int i = 1; i < n; i++) {
            if (score[i] > score[seed]) {
                seed = i;
            }
        }
        // the cluster: symbols reachable from the seed through overlapping symbols
        boolean[] in = new boolean[n];
        Deque<Integer> todo = new ArrayDeque<>(List.of(seed));
        in[seed] = true;
        while (!todo.isEmpty()) {
            SymbolPainter.Placed a = placed.get(todo.poll());
            for (int j = 0; j < n; j++) {
                SymbolPainter.Placed b = placed.get(j);
                if (!in[j] && Math.hypot(a.x() - b.x(), a.y() - b.y()) < (a.diameter() + b.diameter()) / 2) {
                    in[j] = true;
                    todo.add(j);
                }
            }
        }
        Rectangle2D box = null;
        int members = 0;
        double pad = 0;
        List<SymbolPainter.Placed> cluster = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                SymbolPainter.Placed p = placed.get(i);
                cluster.add(p);
                Rectangle2D c = new Rectangle2D.Double(p.x(), p.y(), 0, 0);
                box = box == null ? c : box.createUnion(c);
                pad = Math.max(pad, p.diameter() * 0.35);
                members++;
            }
        }
        if (box == null || members < 3 || SymbolPainter.overlapShare(cluster) <= CROWDED) {
            return null;
        }
        double side = Math.max(box.getWidth(), box.getHeight()) + 2 * pad;
        double w = Math.max(box.getWidth() + 2 * pad, side * 0.7);
        double h = Math.max(box.getHeight() + 2 * pad, side * 0.7);
        Rectangle2D area = new Rectangle2D.Double(box.getCenterX() - w / 2, box.getCenterY() - h / 2, w, h);
        if (area.getWidth() > 0.4 * frame.getWidth() || area.getHeight() > 0.4 * frame.getHeight()) {
            return null;
        }
        DetailInset d = new DetailInset(data, style, symbols, area);
        Rectangle2D size = d.size(frame);
        if (size.getWidth() / area.getWidth() < 2) {
            return null;
        }
        return d;
    }

    /** The outlined area on the main map, in pixels. */
    Rectangle2D area() {
        return (Rectangle2D) area.clone();
    }

    /** The inset's size for a main frame: about 40% of the frame's shorter side, the area's aspect. */
    Rectangle2D size(Rectangle2D frame) {
        return size(frame, 0.4);
    }

    /** The inset's size as {@code share} of the frame's shorter side, the area's aspect. */
    Rectangle2D size(Rectangle2D frame, double share) {
        double s = share * Math.min(frame.getWidth(), frame.getHeight() * 1.2);
        double w = aspect >= 1 ? s : s * aspect;
        double h = aspect >= 1 ? s / aspect : s;
        return new Rectangle2D.Double(0, 0, w, h + titleHeight());
    }

    private double titleHeight() {
        return TextPainter.lineHeight(style.legendHeading()) + 1.5 * style.pt();
    }

    /** " · 60 km wide" for the outlined area, or "" when the scale is unknown. */
    private String across(MapView view) {
        Point2D c = view.pixelToLonLat(area.getCenterX(), area.getCenterY());
        if (!Double.isFinite(c.getX()) || !Double.isFinite(c.getY())) {
            return "";
        }
        double km = area.getWidth() / view.scale() * view.projection().groundPerProjectedMetre(c.getX(), c.getY()) / 1000;
        double nice = km < 20 ? Math.max(1, Math.round(km)) : km < 200 ? Math.round(km / 10) * 10 : Math.round(km / 50) * 50;
        return String.format(java.util.Locale.ROOT, " \u00b7 %,d km wide", (long) nice);
    }

    /** True when the symbol's centre lies in the outlined area (its label is then left to the inset). */
    boolean covers(SymbolPainter.Placed p) {
        return area.contains(p.x(), p.y());
    }

    /** Draws the outline on the main map and the inset into {@code box} (from {@link #size}). */
    void paint(Graphics2D g, MapView mainView, Rectangle2D box, int maxLabels) {
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(style.line(0.7)));
        g.draw(area);
        double th = titleHeight();
        Rectangle2D frame = new Rectangle2D.Double(box.getX(), box.getY() + th, box.getWidth(), box.getHeight() - th);
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(box.getX() - 2 * style.pt(), box.getY() - 1.5 * style.pt(),
                box.getWidth() + 4 * style.pt(), box.getHeight() + 3.5 * style.pt()));
        TextPainter.Style head = style.legendHeading();
        String title = "Detail" + across(mainView);
        if (TextPainter.width(title, head) > box.getWidth()) {
            title = "Detail";
        }
        TextPainter.draw(g, title, head, frame.getX(),
                box.getY() + TextPainter.ascent(head));
        Point2D a = mainView.pixelToProjected(area.getMinX(), area.getMaxY());
        Point2D b = mainView.pixelToProjected(area.getMaxX(), area.getMinY());
        MapView view = new MapView(data.projection(), new Envelope(a.getX(), b.getX(), a.getY(), b.getY()), frame);
        GeoShapes shapes = new GeoShapes(view);
        Shape old = g.getClip();
        g.clip(frame);
        BasePainter base = new BasePainter(data, shapes, style);
        base.paintSeaAndLand(g, null);
        base.paintWater(g);
        base.paintBoundaries(g);
        // generalised again for the larger scale: places merged on the main map may stand apart here
        List<SymbolPainter.Placed> placed = symbols.place(symbols.cluster(data.bubbles(), shapes, frame), shapes, frame);
        symbols.paint(g, placed);
        LabelPlacer labels = new LabelPlacer(style, frame, new ArrayList<>());
        labels.placePlaces(placed, maxLabels);
        labels.paint(g);
        g.setClip(old);
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(style.line(0.7)));
        g.draw(frame);
        g.setColor(Palette.TEXT);
    }
}
