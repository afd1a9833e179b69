package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * A scale bar true at the map centre: ground metres per pixel are measured along the parallel
 * through the centre with the projection itself, then the bar gets a round length (1, 2 or 5 ×
 * 10ⁿ km) of about a fifth of the frame width, in alternating black and white segments.
 */
final class ScaleBar {

    private final MapStyle style;
    private final double km;
    private final double lengthPx;

    ScaleBar(MapStyle style, MapView view) {
        this.style = style;
        Rectangle2D f = view.frame();
        Point2D centre = view.pixelToLonLat(f.getCenterX(), f.getCenterY());
        double groundPerProj = view.projection().groundPerProjectedMetre(centre.getX(), centre.getY());
        double metresPerPx = groundPerProj / view.scale();
        double targetKm = f.getWidth() * 0.2 * metresPerPx / 1000;
        this.km = niceKm(targetKm);
        this.lengthPx = km * 1000 / metresPerPx;
    }

    static double niceKm(double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        double m = x / p;
        double r = m < 2 ? 1 : m < 5 ? 2 : 5;
        return r * p;
    }

    double km() {
        return km;
    }

    double lengthPx() {
        return lengthPx;
    }

    Rectangle2D size() {
        TextPainter.Style s = style.small();
        double w = TextPainter.width("0", s) / 2 + lengthPx - TextPainter.width(label(km), s) / 2
                + TextPainter.width(label(km) + " km", s) + s.haloWidth();
        double h = TextPainter.lineHeight(s) + 3 * style.pt();
        return new Rectangle2D.Double(0, 0, w, h);
    }

    private static String label(double v) {
        return v >= 1 ? String.format(Locale.ROOT, "%,d", Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    void paint(Graphics2D g, double x, double y) {
        TextPainter.Style s = style.small();
        double barH = 2.2 * style.pt();
        double textH = TextPainter.lineHeight(s);
        double bx = x + TextPainter.width("0", s) / 2;
        double by = y + textH;
        int segs = 4;
        for (int i = 0; i < segs; i++) {
            Rectangle2D r = new Rectangle2D.Double(bx + lengthPx * i / segs, by, lengthPx / segs, barH);
            g.setColor(i % 2 == 0 ? new Color(0x333333) : Color.WHITE);
            g.fill(r);
        }
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(style.line(0.4)));
        g.draw(new Rectangle2D.Double(bx, by, lengthPx, barH));
        double asc = TextPainter.ascent(s);
        TextPainter.draw(g, "0", s, bx - TextPainter.width("0", s) / 2, by - asc * 0.35);
        TextPainter.draw(g, label(km / 2), s, bx + lengthPx / 2 - TextPainter.width(label(km / 2), s) / 2, by - asc * 0.35);
        String end = label(km) + " km";
        TextPainter.draw(g, end, s, bx + lengthPx - TextPainter.width(label(km), s) / 2, by - asc * 0.35);
    }
}
