package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictmap.events.EventType;
import org.conflictmap.render.Palette;

/**
 * The legend box: event types present (colour + shape), nested circles for bubble sizes, the
 * choropleth classes and the density ramp, stacked in one box with a white, slightly transparent
 * background.
 */
final class LegendPainter {

    private final MapStyle style;
    private final List<EventType> types;
    private final SymbolPainter symbols;
    private final MapChoropleth choropleth;
    private final boolean density;
    private final boolean bubbles;
    private final int maxCount;
    private final boolean disputed;

    /** Legend text of the disputed-boundary line. */
    static final String DISPUTED = "Disputed boundary / ceasefire line";

    LegendPainter(MapStyle style, MapData data, SymbolPainter symbols, MapChoropleth choropleth) {
        this(style, data, symbols, choropleth, false);
    }

    LegendPainter(MapStyle style, MapData data, SymbolPainter symbols, MapChoropleth choropleth, boolean disputed) {
        this.style = style;
        this.disputed = disputed;
        Set<EventType> present = EnumSet.noneOf(EventType.class);
        data.bubbles().forEach(b -> present.add(b.type()));
        this.types = new ArrayList<>(present);
        this.symbols = symbols;
        this.choropleth = choropleth;
        this.density = data.has(MapLayer.DENSITY) && data.points().size() > 0;
        this.bubbles = data.has(MapLayer.BUBBLES) && !data.bubbles().isEmpty();
        this.maxCount = symbols.reference();
    }

    boolean isEmpty() {
        return !bubbles && !density && !disputed && (choropleth == null || choropleth.classes().isEmpty());
    }

    private double pad() {
        return 4 * style.pt();
    }

    /** Nested circle values: the reference and about a quarter and a sixteenth of it, rounded. */
    List<Integer> sizeValues() {
        List<Integer> v = new ArrayList<>();
        v.add(maxCount);
        for (double f : new double[] {0.25, 0.0625}) {
            int n = nice(maxCount * f);
            if (n >= 1 && n < v.get(v.size() - 1)) {
                v.add(n);
            }
        }
        return v;
    }

    static int nice(double x) {
        if (x < 1) {
            return 0;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        double m = x / p;
        double r = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
        return (int) Math.round(r * p);
    }

    /** Width and height the legend needs. */
    Rectangle2D size() {
        double pad = pad();
        double w = 0;
        double h = pad;
        TextPainter.Style head = style.legendHeading();
        TextPainter.Style txt = style.legendText();
        double line = TextPainter.lineHeight(txt);
        double row = Math.max(line, 7 * style.pt());
        if (bubbles) {
            w = Math.max(w, TextPainter.width("Event type", head));
            h += TextPainter.lineHeight(head);
            for (EventType t : types) {
                w = Math.max(w, 9 * style.pt() + TextPainter.width(t.label(), txt));
                h += row;
            }
            h += pad;
            w = Math.max(w, TextPainter.width("Events per place", head));
            h += TextPainter.lineHeight(head) + 0.4 * line;
            double dMax = symbols.diameter(maxCount);
            String widest = String.format(Locale.ROOT, "%,d", maxCount);
            w = Math.max(w, dMax + 4 * style.pt() + TextPainter.width(widest, txt));
            h += dMax + pad * 0.5;
        }
        if (choropleth != null && !choropleth.classes().isEmpty()) {
            h += pad;
            w = Math.max(w, TextPainter.width("Events per unit", head));
            h += TextPainter.lineHeight(head) + row * (choropleth.classes().size());
            for (MapChoropleth.ClassBreak c : choropleth.classes()) {
                w = Math.max(w, 12 * style.pt() + TextPainter.width(c.label(), txt));
            }
        }
        if (disputed) {
            h += pad * 0.5 + row;
            w = Math.max(w, 12 * style.pt() + TextPainter.width(DISPUTED, txt));
        }
        if (density) {
            h += pad;
            w = Math.max(w, TextPainter.width("Event density", head));
            w = Math.max(w, 60 * style.pt());
            h += TextPainter.lineHeight(head) + 5 * style.pt() + line;
        }
        return new Rectangle2D.Double(0, 0, w + 2 * pad, h + pad);
    }

    void paint(Graphics2D g, double x0, double y0) {
        Rectangle2D size = size();
        Rectangle2D box = new Rectangle2D.Double(x0, y0, size.getWidth(), size.getHeight());
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(box);
        g.setColor(new Color(0xB0B0B0));
        g.setStroke(new BasicStroke(style.line(0.4)));
        g.draw(box);
        double pad = pad();
        double x = x0 + pad;
        double y = y0 + pad;
        TextPainter.Style head = style.legendHeading();
        TextPainter.Style txt = style.legendText();
        double line = TextPainter.lineHeight(txt);
        double row = Math.max(line, 7 * style.pt());
        double headAsc = TextPainter.ascent(head);
        double txtAsc = TextPainter.ascent(txt);
        if (bubbles) {
            TextPainter.draw(g, "Event type", head, x, y + headAsc);
            y += TextPainter.lineHeight(head);
            for (EventType t : types) {
                double cy = y + row / 2;
                double d = 5.5 * style.pt();
                var s = Palette.shape(t).at(x + 3.5 * style.pt(), cy, d);
                g.setColor(Palette.color(t));
                g.fill(s);
                g.setColor(Palette.SYMBOL_OUTLINE);
                g.setStroke(new BasicStroke(style.line(0.4)));
                g.draw(s);
                TextPainter.draw(g, t.label(), txt, x + 9 * style.pt(), cy + txtAsc / 2 - 0.5 * style.pt());
                y += row;
            }
            y += pad;
            TextPainter.draw(g, "Events per place", head, x, y + headAsc);
            y += TextPainter.lineHeight(head) + 0.4 * line;
            double dMax = symbols.diameter(maxCount);
            double base = y + dMax;
            double cx = x + dMax / 2;
            for (int v : sizeValues()) {
                double d = symbols.diameter(v);
                g.setColor(new Color(0xF4F4F4));
                Ellipse2D e = new Ellipse2D.Double(cx - d / 2, base - d, d, d);
                g.setColor(new Color(0x777777));
                g.setStroke(new BasicStroke(style.line(0.5)));
                g.draw(e);
                double ty = base - d;
                g.setStroke(new BasicStroke(style.line(0.35)));
                g.draw(new Line2D.Double(cx, ty, x + dMax + 2 * style.pt(), ty));
                TextPainter.draw(g, String.format(Locale.ROOT, "%,d", v), txt, x + dMax + 3 * style.pt(), ty + txtAsc / 2.5);
            }
            y = base + pad * 0.5;
        }
        if (choropleth != null && !choropleth.classes().isEmpty()) {
            y += pad;
            TextPainter.draw(g, "Events per unit", head, x, y + headAsc);
            y += TextPainter.lineHeight(head);
            for (MapChoropleth.ClassBreak c : choropleth.classes()) {
                Rectangle2D sw = new Rectangle2D.Double(x, y + row * 0.15, 9 * style.pt(), row * 0.7);
                g.setColor(c.color());
                g.fill(sw);
                g.setColor(new Color(0x888888));
                g.setStroke(new BasicStroke(style.line(0.3)));
                g.draw(sw);
                TextPainter.draw(g, c.label(), txt, x + 12 * style.pt(), y + row / 2 + txtAsc / 2 - 0.5 * style.pt());
                y += row;
            }
        }
        if (disputed) {
            y += pad * 0.5;
            g.setColor(Palette.DISPUTED_BORDER);
            g.setStroke(new BasicStroke(style.line(0.8), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                    10f, new float[] {style.line(2.4), style.line(1.2)}, 0f));
            g.draw(new Line2D.Double(x, y + row / 2, x + 9 * style.pt(), y + row / 2));
            TextPainter.draw(g, DISPUTED, txt, x + 12 * style.pt(), y + row / 2 + txtAsc / 2 - 0.5 * style.pt());
            y += row;
        }
        if (density) {
            y += pad;
            TextPainter.draw(g, "Event density", head, x, y + headAsc);
            y += TextPainter.lineHeight(head);
            double w = size.getWidth() - 2 * pad;
            int steps = 32;
            for (int i = 0; i < steps; i++) {
                g.setColor(Palette.Sequential.YL_OR_RD.at(0.15 + 0.85 * i / (steps - 1.0)));
                g.fill(new Rectangle2D.Double(x + w * i / steps, y, w / steps + 0.5, 4 * style.pt()));
            }
            y += 5 * style.pt();
            TextPainter.draw(g, "fewer", txt, x, y + txtAsc);
            TextPainter.draw(g, "more", txt, x + w - TextPainter.width("more", txt), y + txtAsc);
        }
        g.setPaint(Color.BLACK);
    }
}
