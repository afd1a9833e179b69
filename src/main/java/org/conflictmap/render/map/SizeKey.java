package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The legend's "Events per place" key: nested circles for the symbol scale's reference count and about a
 * quarter and a sixteenth of it, each labelled level with its circle's top, or just under the label above it
 * when small symbols bring the circle tops closer than a line of text (a short leader line then bends down).
 */
final class SizeKey {

    private static final String TITLE = "Events per place";

    private final MapStyle style;
    private final SymbolPainter symbols;
    private final List<Integer> values;
    private final double[] labelY;
    private final double dMax;
    private final double top;
    private final double width;
    private final double height;

    SizeKey(MapStyle style, SymbolPainter symbols) {
        this.style = style;
        this.symbols = symbols;
        this.values = values(symbols.reference());
        TextPainter.Style head = style.legendHeading();
        TextPainter.Style txt = style.legendText();
        double txtAsc = TextPainter.ascent(txt);
        this.dMax = symbols.diameter(symbols.reference());
        this.labelY = new double[values.size()];
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            labelY[i] = Math.max(dMax - symbols.diameter(values.get(i)), last + 1.15 * txtAsc);
            last = labelY[i];
        }
        String widest = String.format(Locale.ROOT, "%,d", symbols.reference());
        this.top = TextPainter.lineHeight(head) + 0.4 * TextPainter.lineHeight(txt);
        this.width = Math.max(TextPainter.width(TITLE, head), dMax + 5 * style.pt() + TextPainter.width(widest, txt));
        this.height = top + Math.max(dMax, last + txtAsc / 2);
    }

    /** Nested circle values: the reference and about a quarter and a sixteenth of it, rounded, largest first. */
    static List<Integer> values(int reference) {
        List<Integer> v = new ArrayList<>();
        v.add(reference);
        for (double f : new double[] {0.25, 0.0625}) {
            int n = nice(reference * f);
            if (n >= 1 && n < v.get(v.size() - 1)) {
                v.add(n);
            }
        }
        return List.copyOf(v);
    }

    /** Rounds to 1, 2 or 5 times a power of ten; 0 below 1. */
    static int nice(double x) {
        if (x < 1) {
            return 0;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        double m = x / p;
        double r = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
        return (int) Math.round(r * p);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Top of each value's label below the key's first circle top, in pixels (same order as the values). */
    double[] labelOffsets() {
        return labelY.clone();
    }

    /** Paints the key with its top-left corner at (x, y). */
    void paint(Graphics2D g, double x, double y) {
        TextPainter.Style head = style.legendHeading();
        TextPainter.Style txt = style.legendText();
        double txtAsc = TextPainter.ascent(txt);
        TextPainter.draw(g, TITLE, head, x, y + TextPainter.ascent(head));
        double y0 = y + top;
        double base = y0 + dMax;
        double cx = x + dMax / 2;
        double bend = x + dMax + 1.2 * style.pt();
        double end = x + dMax + 2.4 * style.pt();
        for (int i = 0; i < values.size(); i++) {
            int v = values.get(i);
            double d = symbols.diameter(v);
            g.setColor(new Color(0x777777));
            g.setStroke(new BasicStroke(style.line(0.5)));
            g.draw(new Ellipse2D.Double(cx - d / 2, base - d, d, d));
            double ty = base - d;
            double ly = y0 + labelY[i];
            g.setStroke(new BasicStroke(style.line(0.35)));
            g.draw(new Line2D.Double(cx, ty, bend, ty));
            g.draw(new Line2D.Double(bend, ty, end, ly));
            TextPainter.draw(g, String.format(Locale.ROOT, "%,d", v), txt, end + 0.6 * style.pt(), ly + txtAsc / 2.5);
        }
    }
}
