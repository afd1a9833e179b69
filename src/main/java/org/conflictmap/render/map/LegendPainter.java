package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.events.EventType;
import org.conflictmap.render.Palette;

/**
 * The legend: event types present (colour + shape), how to read a symbol with a type ring, nested circles for
 * symbol sizes, the boundary lines shown, choropleth classes and the density ramp. Two layouts of the same
 * blocks: a box stacked in one column (drawn over a map corner) and a strip that flows the blocks left to right
 * (drawn under a narrow map, where a box would hide half of it).
 */
final class LegendPainter {

    /** A boundary line entry: its kind (line style) and text. */
    record LineEntry(BoundaryKind kind, String text) {
    }

    /** One block of the legend, measured before it is drawn: its size, and how to paint it at its top-left corner (x, y). */
    private record Block(double width, double height, Painter painter) {
        void paint(Graphics2D g, double x, double y) {
            painter.paint(g, x, y);
        }
    }

    @FunctionalInterface
    private interface Painter {
        void paint(Graphics2D g, double x, double y);
    }

    private final MapStyle style;
    private final List<EventType> types;
    private final SymbolPainter symbols;
    private final MapChoropleth choropleth;
    private final boolean density;
    private final boolean bubbles;
    private final boolean mixed;
    private final EventType[] ringSample;
    private final int maxCount;
    private final List<LineEntry> lines;

    LegendPainter(MapStyle style, MapData data, SymbolPainter symbols, MapChoropleth choropleth) {
        this(style, data, symbols, choropleth, List.of());
    }

    LegendPainter(MapStyle style, MapData data, SymbolPainter symbols, MapChoropleth choropleth, List<LineEntry> lines) {
        this.style = style;
        this.lines = List.copyOf(lines);
        Set<EventType> present = EnumSet.noneOf(EventType.class);
        Map<EventType, Integer> totals = new EnumMap<>(EventType.class);
        boolean anyMixed = false;
        for (Bubble b : data.bubbles()) {
            present.addAll(b.types().keySet());
            b.types().forEach((t, n) -> totals.merge(t, n, Integer::sum));
            anyMixed |= b.mixed();
        }
        this.types = new ArrayList<>(present);
        this.mixed = anyMixed;
        List<EventType> byCount = new ArrayList<>(present);
        byCount.sort((a, b) -> totals.get(b) - totals.get(a) != 0 ? totals.get(b) - totals.get(a) : a.compareTo(b));
        this.ringSample = byCount.size() >= 2 ? new EventType[] {byCount.get(0), byCount.get(1)} : null;
        this.symbols = symbols;
        this.choropleth = choropleth;
        this.density = data.has(MapLayer.DENSITY) && data.points().size() > 0;
        this.bubbles = data.has(MapLayer.BUBBLES) && !data.bubbles().isEmpty();
        this.maxCount = symbols.reference();
    }

    /** The boundary entries for the lines of {@code data} that show in the frame at least 15 pt long, one per text. */
    static List<LineEntry> lineEntries(MapData data, GeoShapes shapes, MapStyle style) {
        List<LineEntry> out = new ArrayList<>();
        if (!data.has(MapLayer.DISPUTED)) {
            return out;
        }
        java.util.Map<LineEntry, Double> length = new java.util.LinkedHashMap<>();
        for (BoundaryKind kind : new BoundaryKind[] {BoundaryKind.CEASEFIRE, BoundaryKind.FORMER, BoundaryKind.CLAIM}) {
            for (MapData.Boundary b : data.disputed()) {
                if (b.kind() == kind) {
                    LineEntry e = new LineEntry(kind, BoundaryKind.legendText(kind, b.name()));
                    length.merge(e, pixelLength(shapes.shape(b.geometry())), Double::sum);
                }
            }
        }
        // a line a reader cannot make out (a ceasefire line on a world map) gets no legend entry
        double min = 15 * style.pt();
        length.forEach((e, len) -> {
            if (len >= min) {
                out.add(e);
            }
        });
        return out;
    }

    /** Length of a shape's outline in pixels (flattened). */
    private static double pixelLength(java.awt.Shape shape) {
        double len = 0;
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        for (java.awt.geom.PathIterator it = shape.getPathIterator(null, 1.0); !it.isDone(); it.next()) {
            int seg = it.currentSegment(c);
            if (seg == java.awt.geom.PathIterator.SEG_LINETO) {
                len += Math.hypot(c[0] - x, c[1] - y);
            }
            x = c[0];
            y = c[1];
        }
        return len;
    }

    boolean isEmpty() {
        return !bubbles && !density && lines.isEmpty() && (choropleth == null || choropleth.classes().isEmpty());
    }

    private double pad() {
        return 4 * style.pt();
    }

    private double row() {
        return Math.max(TextPainter.lineHeight(style.legendText()), 7 * style.pt());
    }

    private List<Block> blocks(int typeColumns) {
        List<Block> out = new ArrayList<>();
        if (bubbles) {
            out.add(typesBlock(typeColumns));
            if (mixed && ringSample != null) {
                out.add(ringBlock());
            }
            out.add(sizeBlock());
        }
        if (choropleth != null && !choropleth.classes().isEmpty()) {
            out.add(choroplethBlock());
        }
        if (!lines.isEmpty()) {
            out.add(linesBlock());
        }
        if (density) {
            out.add(densityBlock());
        }
        return out;
    }

    /** Width and height of the box layout. */
    Rectangle2D size() {
        List<Block> blocks = blocks(1);
        double w = 0;
        double h = 0;
        for (Block b : blocks) {
            w = Math.max(w, b.width());
            h += b.height();
        }
        h += pad() * (blocks.size() - 1);
        return new Rectangle2D.Double(0, 0, w + 2 * pad(), h + 2 * pad());
    }

    /** Draws the box layout with its top-left corner at (x0, y0). */
    void paint(Graphics2D g, double x0, double y0) {
        Rectangle2D size = size();
        Rectangle2D box = new Rectangle2D.Double(x0, y0, size.getWidth(), size.getHeight());
        g.setColor(new Color(255, 255, 255, 228));
        g.fill(box);
        g.setColor(new Color(0xB0B0B0));
        g.setStroke(new BasicStroke(style.line(0.4)));
        g.draw(box);
        double y = y0 + pad();
        for (Block b : blocks(1)) {
            b.paint(g, x0 + pad(), y);
            y += b.height() + pad();
        }
        g.setPaint(Color.BLACK);
    }

    private int stripColumns(double maxWidth) {
        int best = 1;
        for (int c = 1; c <= 3 && c <= Math.max(1, types.size()); c++) {
            if (typesBlock(c).width() <= maxWidth) {
                best = c;
            }
        }
        return types.size() <= 2 ? 1 : best;
    }

    /** Height of the strip layout within {@code maxWidth}. */
    double stripHeight(double maxWidth) {
        return flow(null, 0, 0, maxWidth);
    }

    /** Draws the strip layout with its top-left corner at (x0, y0), at most {@code maxWidth} wide. */
    void paintStrip(Graphics2D g, double x0, double y0, double maxWidth) {
        flow(g, x0, y0, maxWidth);
        g.setPaint(Color.BLACK);
    }

    /** Lays the blocks out left to right, wrapping; paints when g is not null; returns the height. */
    private double flow(Graphics2D g, double x0, double y0, double maxWidth) {
        double gap = 7 * style.pt();
        double x = 0;
        double y = 0;
        double lineH = 0;
        for (Block b : blocks(stripColumns(maxWidth))) {
            if (x > 0 && x + b.width() > maxWidth) {
                x = 0;
                y += lineH + pad();
                lineH = 0;
            }
            if (g != null) {
                b.paint(g, x0 + x, y0 + y);
            }
            x += b.width() + gap;
            lineH = Math.max(lineH, b.height());
        }
        return y + lineH;
    }

    private Block typesBlock(int columns) {
        TextPainter.Style head = style.legendHeading();
        TextPainter.Style txt = style.legendText();
        double row = row();
        int rows = (int) Math.ceil(types.size() / (double) columns);
        double colGap = 5 * style.pt();
        double[] colW = new double[columns];
        for (int i = 0; i < types.size(); i++) {
            int c = i / Math.max(1, rows);
            colW[c] = Math.max(colW[c], 9 * style.pt() + TextPainter.width(types.get(i).label(), txt));
        }
        double sum = (columns - 1) * colGap;
        for (double cw : colW) {
            sum += cw;
        }
        String title = "Event type";
        double w = Math.max(sum, TextPainter.width(title, head));
        double h = TextPainter.lineHeight(head) + rows * row;
        return new Block(w, h, (g, x, y) -> {
            TextPainter.draw(g, title, head, x, y + TextPainter.ascent(head));
            double top = y + TextPainter.lineHeight(head);
            double txtAsc = TextPainter.ascent(txt);
            double cx = x;
            for (int i = 0; i < types.size(); i++) {
                int c = i / Math.max(1, rows);
                int r = i % Math.max(1, rows);
                if (r == 0 && i > 0) {
                    cx += colW[c - 1] + colGap;
                }
                EventType t = types.get(i);
                double cy = top + r * row + row / 2;
                var s = Palette.shape(t).at(cx + 3.5 * style.pt(), cy, 5.5 * style.pt());
                g.setColor(Palette.color(t));
                g.fill(s);
                g.setColor(Palette.SYMBOL_OUTLINE);
                g.setStroke(new BasicStroke(style.line(0.4)));
                g.draw(s);
                TextPainter.draw(g, t.label(), txt, cx + 9 * style.pt(), cy + txtAsc / 2 - 0.5 * style.pt());
            }
        });
    }

    /** How to read a ringed symbol: a sample with the two most frequent types. */
    private Block ringBlock() {
        TextPainter.Style txt = style.legendText();
        double core = 7 * style.pt();
        Map<EventType, Integer> sample = new EnumMap<>(EventType.class);
        sample.put(ringSample[0], 3);
        sample.put(ringSample[1], 1);
        double inner = symbols.ringInner(ringSample[0], core);
        double ring = symbols.ringWidth(core);
        double d = 2 * (inner + ring);
        String l1 = "Symbol: most frequent type";
        String l2 = "Ring: share of each type";
        double tw = Math.max(TextPainter.width(l1, txt), TextPainter.width(l2, txt));
        double lh = TextPainter.lineHeight(txt);
        double h = Math.max(d, 2 * lh);
        double w = d + 3 * style.pt() + tw;
        return new Block(w, h, (g, x, y) -> {
            Bubble b = new Bubble("legend", "", 0, 0, ringSample[0], 4, 4, sample);
            symbols.paint(g, b, x + d / 2, y + h / 2, core);
            double asc = TextPainter.ascent(txt);
            double ty = y + h / 2 - lh + asc;
            TextPainter.draw(g, l1, txt, x + d + 3 * style.pt(), ty);
            TextPainter.draw(g, l2, txt, x + d + 3 * style.pt(), ty + lh);
        });
    }

    private Block sizeBlock() {
        SizeKey key = new SizeKey(style, symbols);
        return new Block(key.width(), key.height(), key::paint);
    }

    private Block choroplethBlock() {
        TextPainter.Style head = style.legendHeading();
        TextPainter.Style txt = style.legendText();
        double row = row();
        String title = "Events per unit";
        double w0 = TextPainter.width(title, head);
        for (MapChoropleth.ClassBreak c : choropleth.classes()) {
            w0 = Math.max(w0, 12 * style.pt() + TextPainter.width(c.label(), txt));
        }
        double w = w0;
        double h = TextPainter.lineHeight(head) + row * choropleth.classes().size();
        return new Block(w, h, (g, x, y) -> {
            TextPainter.draw(g, title, head, x, y + TextPainter.ascent(head));
            double yy = y + TextPainter.lineHeight(head);
            double txtAsc = TextPainter.ascent(txt);
            for (MapChoropleth.ClassBreak c : choropleth.classes()) {
                Rectangle2D sw = new Rectangle2D.Double(x, yy + row * 0.15, 9 * style.pt(), row * 0.7);
                g.setColor(c.color());
                g.fill(sw);
                g.setColor(new Color(0x888888));
                g.setStroke(new BasicStroke(style.line(0.3)));
                g.draw(sw);
                TextPainter.draw(g, c.label(), txt, x + 12 * style.pt(), yy + row / 2 + txtAsc / 2 - 0.5 * style.pt());
                yy += row;
            }
        });
    }

    private Block linesBlock() {
        TextPainter.Style txt = style.legendText();
        double row = row();
        double w0 = 0;
        for (LineEntry e : lines) {
            w0 = Math.max(w0, 12 * style.pt() + TextPainter.width(e.text(), txt));
        }
        double w = w0;
        double h = row * lines.size();
        return new Block(w, h, (g, x, y) -> {
            double txtAsc = TextPainter.ascent(txt);
            double yy = y;
            for (LineEntry e : lines) {
                e.kind().apply(g, style);
                g.draw(new Line2D.Double(x, yy + row / 2, x + 9.5 * style.pt(), yy + row / 2));
                TextPainter.draw(g, e.text(), txt, x + 12 * style.pt(), yy + row / 2 + txtAsc / 2 - 0.5 * style.pt());
                yy += row;
            }
        });
    }

    private Block densityBlock() {
        TextPainter.Style head = style.legendHeading();
        TextPainter.Style txt = style.legendText();
        String title = "Event density";
        double w = Math.max(TextPainter.width(title, head), 60 * style.pt());
        double h = TextPainter.lineHeight(head) + 5 * style.pt() + TextPainter.lineHeight(txt);
        return new Block(w, h, (g, x, y) -> {
            TextPainter.draw(g, title, head, x, y + TextPainter.ascent(head));
            double yy = y + TextPainter.lineHeight(head);
            int steps = 32;
            for (int i = 0; i < steps; i++) {
                g.setColor(Palette.Sequential.YL_OR_RD.at(0.15 + 0.85 * i / (steps - 1.0)));
                g.fill(new Rectangle2D.Double(x + w * i / steps, yy, w / steps + 0.5, 4 * style.pt()));
            }
            yy += 5 * style.pt();
            double asc = TextPainter.ascent(txt);
            TextPainter.draw(g, "fewer", txt, x, yy + asc);
            TextPainter.draw(g, "more", txt, x + w - TextPainter.width("more", txt), yy + asc);
        });
    }
}
