package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.conflictmap.render.Palette;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** A small Equal Earth world map with the main map's extent outlined, placed in a frame corner. */
final class LocatorInset {

    private final MapStyle style;
    private final MapData data;
    private final double width;

    LocatorInset(MapStyle style, MapData data, Rectangle2D frame) {
        this.style = style;
        this.data = data;
        this.width = Math.max(40 * style.pt(), frame.getWidth() * 0.16);
    }

    boolean available() {
        return data.land() != null && !data.extent().world();
    }

    Rectangle2D size() {
        return new Rectangle2D.Double(0, 0, width, width / 2.05);
    }

    void paint(Graphics2D g, double x, double y) {
        Rectangle2D box = new Rectangle2D.Double(x, y, width, width / 2.05);
        MapProjection proj = MapProjection.world(ProjectionKind.EQUAL_EARTH, 0);
        double r = MapProjection.SPHERE_RADIUS;
        Envelope world = new Envelope(-2.7 * r, 2.7 * r, -1.32 * r, 1.32 * r);
        MapView v = new MapView(proj, world, box);
        GeoShapes shapes = new GeoShapes(v);
        g.setColor(Color.WHITE);
        g.fill(box);
        BasePainter bp = new BasePainter(data, shapes, style);
        Shape globe = bp.outline();
        g.setColor(Palette.SEA);
        g.fill(globe);
        g.setColor(new Color(0xCFCAC0));
        for (int i = 0; i < data.land().getNumGeometries(); i++) {
            Geometry part = data.land().getGeometryN(i);
            if (part.getArea() > 2) {
                g.fill(shapes.shape(part));
            }
        }
        Envelope e = data.extent().lonLat();
        int n = 40;
        Path2D p = new Path2D.Double();
        double[][] ring = new double[4 * n + 1][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            ring[k++] = new double[] {e.getMinX() + e.getWidth() * i / n, e.getMinY()};
        }
        for (int i = 0; i < n; i++) {
            ring[k++] = new double[] {e.getMaxX(), e.getMinY() + e.getHeight() * i / n};
        }
        for (int i = 0; i < n; i++) {
            ring[k++] = new double[] {e.getMaxX() - e.getWidth() * i / n, e.getMaxY()};
        }
        for (int i = 0; i < n; i++) {
            ring[k++] = new double[] {e.getMinX(), e.getMaxY() - e.getHeight() * i / n};
        }
        ring[k] = ring[0];
        boolean first = true;
        for (double[] c : ring) {
            var pt = shapes.point(c[0] > 180 ? c[0] - 360 : c[0], c[1]);
            if (pt == null) {
                continue;
            }
            if (first) {
                p.moveTo(pt.getX(), pt.getY());
                first = false;
            } else {
                p.lineTo(pt.getX(), pt.getY());
            }
        }
        Rectangle2D rb = p.getBounds2D();
        g.setColor(Palette.OI_VERMILLION);
        if (rb.getWidth() < 4 * style.pt() && rb.getHeight() < 4 * style.pt()) {
            double d = 4 * style.pt();
            g.setStroke(new BasicStroke(style.line(0.9)));
            g.draw(new java.awt.geom.Ellipse2D.Double(rb.getCenterX() - d / 2, rb.getCenterY() - d / 2, d, d));
        } else {
            g.setStroke(new BasicStroke(style.line(0.9)));
            g.draw(p);
        }
        g.setColor(new Color(0x8C8C8C));
        g.setStroke(new BasicStroke(style.line(0.4)));
        g.draw(box);
    }
}
