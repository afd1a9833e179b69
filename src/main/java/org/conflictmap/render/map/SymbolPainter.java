package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.render.Palette;

/**
 * Event bubbles: symbol area proportional to the count (diameter ∝ √count), colour and shape by
 * event type (the palette maps and charts share), drawn largest first so small ones stay visible.
 */
final class SymbolPainter {

    /** A placed symbol. */
    record Placed(Bubble bubble, double x, double y, double diameter) {
        Rectangle2D box() {
            return new Rectangle2D.Double(x - diameter / 2, y - diameter / 2, diameter, diameter);
        }
    }

    private final MapStyle style;
    private final double maxDiameter;
    private final double minDiameter;
    private final int reference;

    SymbolPainter(MapStyle style, Rectangle2D frame, int reference) {
        this(style, frame, reference, false);
    }

    SymbolPainter(MapStyle style, Rectangle2D frame, int reference, boolean world) {
        this.style = style;
        double share = world ? 0.032 : 0.06;
        this.maxDiameter = Math.max(8 * style.pt(), Math.min((world ? 16 : 26) * style.pt(), frame.getWidth() * share));
        this.minDiameter = 3.2 * style.pt();
        this.reference = Math.max(1, reference);
    }

    double diameter(int count) {
        return Math.max(minDiameter, maxDiameter * Math.sqrt((double) count / reference));
    }

    int reference() {
        return reference;
    }

    List<Placed> place(List<Bubble> bubbles, GeoShapes shapes, Rectangle2D frame) {
        List<Placed> out = new ArrayList<>();
        for (Bubble b : bubbles) {
            Point2D p = shapes.point(b.lon(), b.lat());
            if (p == null || !frame.contains(p)) {
                continue;
            }
            out.add(new Placed(b, p.getX(), p.getY(), diameter(b.count())));
        }
        return out;
    }

    void paint(Graphics2D g, List<Placed> placed) {
        g.setStroke(new BasicStroke(style.line(0.4)));
        for (Placed p : placed) {
            Shape s = Palette.shape(p.bubble().type()).at(p.x(), p.y(), p.diameter());
            Color c = Palette.color(p.bubble().type());
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 205));
            g.fill(s);
            g.setColor(Palette.SYMBOL_OUTLINE);
            g.draw(s);
        }
    }
}
