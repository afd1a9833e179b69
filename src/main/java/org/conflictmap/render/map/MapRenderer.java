package org.conflictmap.render.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.render.Drawing;
import org.conflictmap.render.Palette;

/**
 * Draws one map onto any {@link Graphics2D} (PNG, SVG, PDF back ends alike): base layers, choropleth,
 * water, boundaries, density, bubbles, labels, legend, scale bar, inset, then title, subtitle and the
 * attribution footer (always). With {@code decorations} off it draws only the map layers edge to edge
 * on a transparent background (GIS layer export).
 */
public final class MapRenderer implements Drawing {

    private final MapData data;
    private final MapStyle style;
    private final boolean decorations;
    private final int maxPlaceLabels;
    private final boolean paintSymbols;
    private final double symbolScale;
    private final int symbolReference;

    /** A full map (title, legend, footer). */
    public MapRenderer(MapData data, MapStyle style) {
        this(data, style, true, 30, true);
    }

    /**
     * A renderer.
     *
     * @param decorations    title, legend, scale bar, inset and footer; off for GIS layer export
     * @param maxPlaceLabels most event places labelled
     * @param paintSymbols   draw the bubbles (off: they are laid out for label placement only)
     */
    public MapRenderer(MapData data, MapStyle style, boolean decorations, int maxPlaceLabels, boolean paintSymbols) {
        this(data, style, decorations, maxPlaceLabels, paintSymbols, Double.NaN, 0);
    }

    private MapRenderer(MapData data, MapStyle style, boolean decorations, int maxPlaceLabels, boolean paintSymbols,
                        double symbolScale, int symbolReference) {
        this.symbolScale = symbolScale;
        this.symbolReference = symbolReference;
        this.paintSymbols = paintSymbols;
        this.data = data;
        this.style = style;
        this.decorations = decorations;
        this.maxPlaceLabels = maxPlaceLabels;
    }

    /**
     * The same renderer with a fixed symbol size factor and reference count (small multiples share them) instead
     * of the automatic ones.
     */
    MapRenderer withSymbolSizes(double factor, int reference) {
        return new MapRenderer(data, style, decorations, maxPlaceLabels, paintSymbols, factor, reference);
    }

    /** The symbols of a frame: generalised bubbles and the painter sized for them. */
    record Symbols(SymbolPainter painter, List<Bubble> bubbles) {
    }

    /**
     * The symbols for a frame: bubbles that would sit on each other merged (see {@link SymbolPainter#cluster}),
     * sizes from the frame width and the largest count, shrunk when symbols crowd. {@code fixedScale} and
     * {@code fixedReference} replace the automatic factor and reference when they are numbers (small multiples
     * share them across panels).
     */
    static Symbols symbols(MapData data, MapStyle style, Rectangle2D frame, GeoShapes shapes, double fixedScale,
                           int fixedReference) {
        SymbolPainter base = new SymbolPainter(style, frame, data.sizeReference(), data.extent().world());
        if (!data.has(MapLayer.BUBBLES) && !data.has(MapLayer.LABELS)) {
            return new Symbols(base, List.of());
        }
        // without bubbles (labels over a density layer) places keep their own names
        List<Bubble> bubbles = data.has(MapLayer.BUBBLES) ? base.cluster(data.bubbles(), shapes, frame) : data.bubbles();
        int reference = fixedReference > 0 ? fixedReference
                : Math.max(data.sizeReference(), bubbles.stream().mapToInt(Bubble::count).max().orElse(1));
        base = base.withReference(reference);
        double factor = !Double.isNaN(fixedScale) ? fixedScale
                : data.has(MapLayer.BUBBLES) ? base.crowdingFactor(bubbles, shapes, frame) : 1;
        return new Symbols(base.scaled(factor), bubbles);
    }

    /** The map data. */
    public MapData data() {
        return data;
    }

    /** The view this renderer uses for a drawing area. */
    public MapView view(Rectangle2D area) {
        return new MapView(data.projection(), data.fitExtent(), layout(area).frame());
    }

    /** The page layout: the legend goes in a strip under the frame when {@link #legendStrip} says so. */
    MapLayout layout(Rectangle2D area) {
        if (!decorations) {
            return new MapLayout(area, new Rectangle2D.Double(), area, new Rectangle2D.Double());
        }
        double strip = legendStrip(data, style, area.getWidth());
        return MapLayout.of(area, style, strip);
    }

    /**
     * The frame a page {@code widthPx} wide is sized for: full width, the fit box's aspect (clamped). Layout
     * decisions are taken on it, so {@link MapLayout#pageHeight} and drawing agree.
     */
    static Rectangle2D canonicalFrame(MapData data, MapStyle s, double widthPx) {
        double frameW = widthPx - 2 * s.margin();
        double aspect = data.fitExtent().getWidth() / Math.max(1e-9, data.fitExtent().getHeight());
        double frameH = Math.max(0.5 * frameW, Math.min(1.25 * frameW, frameW / aspect));
        return new Rectangle2D.Double(s.margin(), MapLayout.headerHeight(s), frameW, frameH);
    }

    /**
     * Height of the legend strip under the map for a page {@code widthPx} wide, or 0 when the legend goes in a
     * frame corner. It goes under the map on narrow pages (a column), and whenever a corner box would be too
     * large for the frame (over a sixth of it, or over 60% of its height) or would hide event symbols.
     */
    static double legendStrip(MapData data, MapStyle style, double widthPx) {
        if (!data.has(MapLayer.LEGEND)) {
            return 0;
        }
        Rectangle2D frame = canonicalFrame(data, style, widthPx);
        LegendPainter legend = legend(data, style, frame);
        if (legend.isEmpty()) {
            return 0;
        }
        boolean strip = MapLayout.legendBelow(widthPx, style);
        if (!strip) {
            Rectangle2D box = legend.size();
            strip = box.getWidth() * box.getHeight() > frame.getWidth() * frame.getHeight() / 6
                    || box.getHeight() > 0.6 * frame.getHeight();
        }
        if (!strip && data.has(MapLayer.BUBBLES)) {
            GeoShapes shapes = new GeoShapes(new MapView(data.projection(), data.fitExtent(), frame));
            Symbols sym = symbols(data, style, frame, shapes, Double.NaN, 0);
            List<SymbolPainter.Placed> placed = sym.painter().place(sym.bubbles(), shapes, frame);
            Corners corners = new Corners(frame, style.pt() * 4, placed);
            strip = corners.cost(corners.take(legend.size(), Corners.ANY)) > 0;
        }
        return strip ? legend.stripHeight(frame.getWidth()) : 0;
    }

    private static LegendPainter legend(MapData data, MapStyle style, Rectangle2D frame) {
        GeoShapes shapes = new GeoShapes(new MapView(data.projection(), data.fitExtent(), frame));
        SymbolPainter symbols = symbols(data, style, frame, shapes, Double.NaN, 0).painter();
        MapChoropleth choropleth = data.has(MapLayer.CHOROPLETH) ? new MapChoropleth(data.choropleth()) : null;
        return new LegendPainter(style, data, symbols, choropleth, LegendPainter.lineEntries(data, shapes, style));
    }

    /** Most place labels for a frame: about one per 7 cm² of map, at least 6, at most the configured number. */
    private int placeLabels(Rectangle2D frame) {
        double mm2 = frame.getWidth() * frame.getHeight() / Math.pow(style.pt() * 72 / 25.4, 2);
        return Math.min(maxPlaceLabels, Math.max(6, (int) (mm2 / 700)));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        MapLayout layout = layout(area);
        Rectangle2D frame = layout.frame();
        MapView view = new MapView(data.projection(), data.fitExtent(), frame);
        GeoShapes shapes = new GeoShapes(view);
        if (decorations) {
            g.setColor(Palette.BACKGROUND);
            g.fill(area);
        }
        Shape oldClip = g.getClip();
        g.clip(frame);
        BasePainter base = new BasePainter(data, shapes, style);
        MapChoropleth choropleth = data.has(MapLayer.CHOROPLETH) ? new MapChoropleth(data.choropleth()) : null;
        if (data.has(MapLayer.BASE) || data.has(MapLayer.GRATICULE)) {
            base.paintSeaAndLand(g, choropleth);
        } else if (choropleth != null) {
            choropleth.paintFills(g, shapes);
        }
        base.paintWater(g);
        base.paintBoundaries(g);
        if (data.has(MapLayer.DENSITY)) {
            DensityLayer.paint(g, view, data.points().lon(), data.points().lat());
        }
        Symbols sym = symbols(data, style, frame, shapes, symbolScale, symbolReference);
        SymbolPainter symbols = sym.painter();
        List<SymbolPainter.Placed> placed = data.has(MapLayer.BUBBLES) || data.has(MapLayer.LABELS)
                ? symbols.place(sym.bubbles(), shapes, frame) : List.of();
        if (paintSymbols && data.has(MapLayer.BUBBLES)) {
            symbols.paint(g, placed);
        }

        List<Rectangle2D> reserved = new ArrayList<>();
        Corners corners = new Corners(frame, style.pt() * 4, placed);
        LegendPainter legend = new LegendPainter(style, data, symbols, choropleth, LegendPainter.lineEntries(data, shapes, style));
        boolean strip = !layout.strip().isEmpty();
        Rectangle2D legendBox = null;
        Rectangle2D scaleBox = null;
        Rectangle2D insetBox = null;
        LocatorInset inset = new LocatorInset(style, data, frame);
        ScaleBar scale = new ScaleBar(style, view);
        if (decorations && data.has(MapLayer.LEGEND) && !legend.isEmpty() && !strip) {
            legendBox = corners.take(legend.size(), Corners.ANY);
            reserved.add(legendBox);
        }
        if (decorations && data.has(MapLayer.SCALEBAR) && !view.projection().isWorld()) {
            scaleBox = corners.take(scale.size(), Corners.BOTTOM);
            reserved.add(scaleBox);
        }
        if (decorations && data.has(MapLayer.INSET) && inset.available()) {
            insetBox = corners.take(inset.size(), Corners.TOP);
            reserved.add(insetBox);
        }
        DetailInset detail = decorations && paintSymbols && data.has(MapLayer.BUBBLES)
                ? DetailInset.find(data, style, symbols, placed, frame) : null;
        Rectangle2D detailBox = null;
        if (detail != null) {
            // the largest inset (40%, 34% or 28% of the frame) that fits a corner hiding no other event
            for (double share : new double[] {0.4, 0.34, 0.28}) {
                Rectangle2D size = detail.size(frame, share);
                if (size.getWidth() < 2 * detail.area().getWidth()) {
                    break;
                }
                detailBox = corners.takeFree(size, detail.area());
                if (detailBox != null) {
                    break;
                }
            }
            if (detailBox == null) {
                detail = null;
            } else {
                reserved.add(detailBox);
                reserved.add(detail.area());
            }
        }
        if (data.has(MapLayer.LABELS)) {
            LabelPlacer labels = new LabelPlacer(style, frame, reserved);
            DetailInset shown = detail;
            labels.placeAll(data, shapes, placed, decorations ? placeLabels(frame) : maxPlaceLabels,
                    p -> shown == null || !shown.covers(p));
            if (!data.has(MapLayer.BUBBLES)) {
                g.setColor(Palette.TEXT);
                double d = 2.2 * style.pt();
                for (java.awt.geom.Point2D p : labels.labelledPlaces()) {
                    g.fill(new java.awt.geom.Ellipse2D.Double(p.getX() - d / 2, p.getY() - d / 2, d, d));
                }
            }
            labels.paint(g);
        }
        if (!data.text().emptyNote().isEmpty() && decorations) {
            TextPainter.Style s = style.notice();
            String note = data.text().emptyNote();
            TextPainter.draw(g, note, s, frame.getCenterX() - TextPainter.width(note, s) / 2, frame.getCenterY());
        }
        if (detail != null) {
            detail.paint(g, view, detailBox, 12);
        }
        if (legendBox != null) {
            legend.paint(g, legendBox.getX(), legendBox.getY());
        }
        if (scaleBox != null) {
            scale.paint(g, scaleBox.getX(), scaleBox.getY());
        }
        if (insetBox != null) {
            inset.paint(g, insetBox.getX(), insetBox.getY());
        }
        g.setClip(oldClip);
        if (decorations) {
            base.paintFrame(g, frame);
            if (strip) {
                legend.paintStrip(g, layout.strip().getX(), layout.strip().getY(), layout.strip().getWidth());
            }
            paintTexts(g, layout);
        }
    }

    void paintTexts(Graphics2D g, MapLayout layout) {
        Rectangle2D h = layout.header();
        TextPainter.Style ts = style.title();
        double y = h.getY() + style.margin() + TextPainter.ascent(ts);
        TextPainter.draw(g, data.text().title(), ts, h.getX(), y);
        TextPainter.Style ss = style.subtitle();
        double sw = TextPainter.width(data.text().subtitle(), ss);
        if (sw > h.getWidth()) {
            ss = new TextPainter.Style(ss.weight(), (float) Math.max(ss.size() * 0.72, ss.size() * h.getWidth() / sw),
                    ss.color(), ss.halo(), ss.haloWidth(), ss.italic(), ss.tracking());
        }
        y += TextPainter.lineHeight(ts) - TextPainter.ascent(ts) + TextPainter.ascent(ss) + 1.5 * style.pt();
        TextPainter.draw(g, data.text().subtitle(), ss, h.getX(), y);
        Rectangle2D f = layout.footer();
        TextPainter.Style fs = style.footer();
        double fy = f.getY() + 2.5 * style.pt() + TextPainter.ascent(fs);
        TextPainter.draw(g, data.text().attribution(), fs, f.getX(), fy);
        String note = data.text().note();
        double nw = TextPainter.width(note, fs);
        if (nw + TextPainter.width(data.text().attribution(), fs) + 10 * style.pt() < f.getWidth()) {
            TextPainter.draw(g, note, fs.withColor(new Color(0x8A8A8A)), f.getMaxX() - nw, fy);
        }
    }

    /** Picks frame corners for boxes, avoiding the corners with the most symbol area. */
    static final class Corners {
        static final int ANY = 0;
        static final int TOP = 1;
        static final int BOTTOM = 2;
        private final Rectangle2D frame;
        private final double inset;
        private final List<SymbolPainter.Placed> symbols;
        private final boolean[] used = new boolean[4];
        /** Tie-break order: bottom-left, top-right, bottom-right, top-left. */
        private static final int[] PREFERENCE = {0, 2, 3, 1};

        Corners(Rectangle2D frame, double inset, List<SymbolPainter.Placed> symbols) {
            this.frame = frame;
            this.inset = inset;
            this.symbols = symbols;
        }

        /** Corner order: 0 bottom-left, 1 bottom-right, 2 top-left, 3 top-right. */
        Rectangle2D take(Rectangle2D size, int where) {
            int best = -1;
            double bestCost = Double.MAX_VALUE;
            for (int c = 0; c < 4; c++) {
                boolean top = c >= 2;
                if (used[c] || (where == TOP && !top) || (where == BOTTOM && top)) {
                    continue;
                }
                double cost = cost(at(c, size)) + PREFERENCE[c] * 1e-6;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = c;
                }
            }
            if (best < 0) {
                best = where == TOP ? 3 : 0;
            }
            used[best] = true;
            return at(best, size);
        }

        /**
         * A free corner for {@code size} where the box touches no symbol and not {@code avoid}: taken and returned,
         * or null (nothing taken) when there is none.
         */
        Rectangle2D takeFree(Rectangle2D size, Rectangle2D avoid) {
            for (int c : new int[] {3, 1, 2, 0}) {
                if (!used[c]) {
                    Rectangle2D r = at(c, size);
                    if (cost(r) == 0 && !r.intersects(avoid)) {
                        used[c] = true;
                        return r;
                    }
                }
            }
            return null;
        }

        /** Symbol area under a box (plus one per symbol touched). */
        double cost(Rectangle2D r) {
            double cost = 0;
            for (SymbolPainter.Placed p : symbols) {
                Rectangle2D i = r.createIntersection(p.box());
                if (!i.isEmpty()) {
                    cost += i.getWidth() * i.getHeight() + 1;
                }
            }
            return cost;
        }

        private Rectangle2D at(int c, Rectangle2D size) {
            double x = (c % 2 == 0) ? frame.getX() + inset : frame.getMaxX() - inset - size.getWidth();
            double y = (c >= 2) ? frame.getY() + inset : frame.getMaxY() - inset - size.getHeight();
            return new Rectangle2D.Double(x, y, size.getWidth(), size.getHeight());
        }
    }
}
