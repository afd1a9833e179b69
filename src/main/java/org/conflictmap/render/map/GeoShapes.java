package org.conflictmap.render.map;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Turns geometries in degrees into Java2D shapes in pixels through a {@link MapView}: clips each
 * geometry to the longitude/latitude box the view covers (in up to three 360° copies, so data on
 * both sides of ±180° lands on the right side of the map), then lets JTS's {@link ShapeWriter}
 * project it through the view.
 */
public final class GeoShapes {

    private final MapView view;
    private final ShapeWriter writer;
    private final Envelope clip;
    private final GeometryFactory gf = new GeometryFactory();
    private final Map<Geometry, Geometry> cache = new IdentityHashMap<>();

    /** Shapes for a view. */
    public GeoShapes(MapView view) {
        this.view = view;
        this.writer = new ShapeWriter(view);
        this.writer.setRemoveDuplicatePoints(true);
        Envelope b = view.lonLatBounds();
        if (view.projection().isWorld()) {
            double lon0 = view.projection().centralMeridian();
            this.clip = new Envelope(lon0 - 179.999, lon0 + 179.999, -90, 90);
        } else {
            b.expandBy(Math.max(0.2, b.getWidth() * 0.03), Math.max(0.2, b.getHeight() * 0.03));
            this.clip = new Envelope(b.getMinX(), b.getMaxX(), Math.max(-90, b.getMinY()), Math.min(90, b.getMaxY()));
        }
    }

    /** The degree box geometries are clipped to. */
    public Envelope clipBox() {
        return new Envelope(clip);
    }

    /** The view. */
    public MapView view() {
        return view;
    }

    /** The geometry clipped to the view's box and moved into its longitude range (may be empty); cached per instance. */
    public Geometry clip(Geometry g) {
        return cache.computeIfAbsent(g, this::clipNow);
    }

    private Geometry clipNow(Geometry g) {
        List<Geometry> parts = new ArrayList<>(3);
        for (double shift : new double[] {0, 360, -360}) {
            Envelope shifted = new Envelope(clip.getMinX() - shift, clip.getMaxX() - shift, clip.getMinY(), clip.getMaxY());
            if (!g.getEnvelopeInternal().intersects(shifted)) {
                continue;
            }
            List<Geometry> pieces = new ArrayList<>();
            Geometry box = gf.toGeometry(shifted);
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                Envelope pe = part.getEnvelopeInternal();
                if (!pe.intersects(shifted)) {
                    continue;
                }
                Geometry piece;
                if (shifted.contains(pe)) {
                    piece = part;
                } else {
                    try {
                        piece = OverlayNGRobust.overlay(part, box, OverlayNG.INTERSECTION);
                    } catch (RuntimeException e) {
                        piece = part.buffer(0).intersection(box);
                    }
                }
                if (!piece.isEmpty()) {
                    pieces.add(shift == 0 ? piece : AffineTransformation.translationInstance(shift, 0).transform(piece));
                }
            }
            parts.addAll(pieces);
        }
        if (parts.isEmpty()) {
            return gf.createGeometryCollection();
        }
        return parts.size() == 1 ? parts.get(0) : gf.buildGeometry(flatten(parts));
    }

    private static List<Geometry> flatten(List<Geometry> in) {
        List<Geometry> out = new ArrayList<>();
        for (Geometry g : in) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                out.add(g.getGeometryN(i));
            }
        }
        return out;
    }

    /** The pixel shape of a geometry (clipped first). */
    public Shape shape(Geometry g) {
        Geometry c = clip(g);
        if (c.isEmpty()) {
            return new Path2D.Double();
        }
        return writer.toShape(c);
    }

    /** The pixel shape of an already clipped geometry. */
    public Shape shapeUnclipped(Geometry g) {
        return writer.toShape(g);
    }

    /** Pixel position of a point, or null when it cannot be projected. */
    public Point2D point(double lon, double lat) {
        Point2D p = new Point2D.Double();
        double l = lon;
        double lon0 = view.projection().centralMeridian();
        while (l - lon0 > 180) {
            l -= 360;
        }
        while (lon0 - l > 180) {
            l += 360;
        }
        return view.toPixel(l, lat, p) ? p : null;
    }

    /**
     * A line of constant latitude or longitude sampled densely (graticule, globe outline), as a
     * pixel path; points that cannot be projected break the line.
     */
    public Path2D polyline(double[] lons, double[] lats) {
        Path2D.Double p = new Path2D.Double();
        boolean pen = false;
        Point2D q = new Point2D.Double();
        for (int i = 0; i < lons.length; i++) {
            if (view.toPixel(lons[i], lats[i], q)) {
                if (pen) {
                    p.lineTo(q.getX(), q.getY());
                } else {
                    p.moveTo(q.getX(), q.getY());
                    pen = true;
                }
            } else {
                pen = false;
            }
        }
        return p;
    }
}
