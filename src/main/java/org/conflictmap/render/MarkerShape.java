package org.conflictmap.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Marker shapes for event types, so types stay distinguishable without colour (print, colour blindness). */
public enum MarkerShape {
    CIRCLE, TRIANGLE_UP, DIAMOND, SQUARE, TRIANGLE_DOWN, PENTAGON, HEXAGON, STAR;

    /**
     * The shape centred on (cx, cy) with roughly the visual area of a circle of diameter {@code size}.
     */
    public Shape at(double cx, double cy, double size) {
        double r = size / 2.0;
        switch (this) {
            case CIRCLE:
                return new Ellipse2D.Double(cx - r, cy - r, size, size);
            case SQUARE: {
                double h = r * 0.886; // same area as the circle
                return new Rectangle2D.Double(cx - h, cy - h, 2 * h, 2 * h);
            }
            case DIAMOND:
                return polygon(cx, cy, r * 1.25, 4, -90);
            case TRIANGLE_UP:
                return polygon(cx, cy, r * 1.35, 3, -90);
            case TRIANGLE_DOWN:
                return polygon(cx, cy, r * 1.35, 3, 90);
            case PENTAGON:
                return polygon(cx, cy, r * 1.07, 5, -90);
            case HEXAGON:
                return polygon(cx, cy, r * 1.05, 6, 0);
            case STAR:
                return star(cx, cy, r * 1.35, r * 0.6);
            default:
                throw new AssertionError(this);
        }
    }

    private static Shape polygon(double cx, double cy, double r, int n, double startDeg) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(startDeg + 360.0 * i / n);
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static Shape star(double cx, double cy, double outer, double inner) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = Math.toRadians(-90 + 36.0 * i);
            double r = (i % 2 == 0) ? outer : inner;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
