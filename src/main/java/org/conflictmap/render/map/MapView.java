package org.conflictmap.render.map;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The seam between projection and drawing: longitude/latitude → projected metres (Proj4J) →
 * pixels of the map frame. Implements JTS's {@link PointTransformation}, so {@code ShapeWriter}
 * turns geometries in degrees straight into Java2D shapes. Not thread-safe (one per rendering).
 */
public final class MapView implements PointTransformation {

    private final MapProjection projection;
    private final Envelope projected;
    private final Rectangle2D frame;
    private final double scale;
    private final double offsetX;
    private final double offsetY;
    private final ProjCoordinate tmp = new ProjCoordinate();

    /**
     * A view showing {@code projectedExtent} (metres) centred in {@code frame} (pixels), at one scale
     * for both axes.
     */
    public MapView(MapProjection projection, Envelope projectedExtent, Rectangle2D frame) {
        this.projection = projection;
        this.frame = (Rectangle2D) frame.clone();
        double sx = frame.getWidth() / Math.max(1e-9, projectedExtent.getWidth());
        double sy = frame.getHeight() / Math.max(1e-9, projectedExtent.getHeight());
        this.scale = Math.min(sx, sy);
        double cx = projectedExtent.centre().x;
        double cy = projectedExtent.centre().y;
        double halfW = frame.getWidth() / scale / 2;
        double halfH = frame.getHeight() / scale / 2;
        this.projected = new Envelope(cx - halfW, cx + halfW, cy - halfH, cy + halfH);
        this.offsetX = frame.getX();
        this.offsetY = frame.getY();
    }

    /** The same view moved/resized to another frame with the same aspect (for small multiples and layers). */
    public MapView withFrame(Rectangle2D newFrame) {
        return new MapView(projection, projected, newFrame);
    }

    @Override
    public void transform(Coordinate src, Point2D dest) {
        toPixel(src.x, src.y, dest);
    }

    /** Projects degrees to a pixel; returns false (and NaN) when the point cannot be projected. */
    public boolean toPixel(double lon, double lat, Point2D dest) {
        projection.project(lon, lat, tmp);
        double x = tmp.x;
        double y = tmp.y;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            dest.setLocation(Double.NaN, Double.NaN);
            return false;
        }
        dest.setLocation(offsetX + (x - projected.getMinX()) * scale, offsetY + (projected.getMaxY() - y) * scale);
        return true;
    }

    /** Pixel for projected metres. */
    public Point2D projectedToPixel(double x, double y) {
        return new Point2D.Double(offsetX + (x - projected.getMinX()) * scale, offsetY + (projected.getMaxY() - y) * scale);
    }

    /** Projected metres for a pixel. */
    public Point2D pixelToProjected(double px, double py) {
        return new Point2D.Double(projected.getMinX() + (px - offsetX) / scale, projected.getMaxY() - (py - offsetY) / scale);
    }

    /** Degrees (x = lon, y = lat) for a pixel, NaN outside the projection's domain. */
    public Point2D pixelToLonLat(double px, double py) {
        Point2D p = pixelToProjected(px, py);
        ProjCoordinate out = projection.inverse(p.getX(), p.getY(), new ProjCoordinate());
        return new Point2D.Double(out.x, out.y);
    }

    /** Pixels per projected metre. */
    public double scale() {
        return scale;
    }

    /** The frame in pixels. */
    public Rectangle2D frame() {
        return (Rectangle2D) frame.clone();
    }

    /** The projected extent exactly covering the frame. */
    public Envelope projectedExtent() {
        return new Envelope(projected);
    }

    /** The projection. */
    public MapProjection projection() {
        return projection;
    }

    /**
     * A longitude/latitude box covering the frame, found by inverse-projecting points along the frame
     * edge and the centre line (for conic views); longitudes may run past ±180 for views across it.
     */
    public Envelope lonLatBounds() {
        if (projection.isWorld()) {
            return new Envelope(-180, 180, -90, 90);
        }
        Envelope e = new Envelope();
        double lon0 = projection.centralMeridian();
        int n = 24;
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double x = frame.getX() + t * frame.getWidth();
            double y = frame.getY() + t * frame.getHeight();
            add(e, pixelToLonLat(x, frame.getY()), lon0);
            add(e, pixelToLonLat(x, frame.getMaxY()), lon0);
            add(e, pixelToLonLat(frame.getX(), y), lon0);
            add(e, pixelToLonLat(frame.getMaxX(), y), lon0);
            add(e, pixelToLonLat(x, frame.getCenterY()), lon0);
        }
        if (e.isNull()) {
            return new Envelope(-180, 180, -90, 90);
        }
        return new Envelope(e.getMinX(), e.getMaxX(), Math.max(-90, e.getMinY()), Math.min(90, e.getMaxY()));
    }

    private static void add(Envelope e, Point2D lonLat, double lon0) {
        if (Double.isFinite(lonLat.getX()) && Double.isFinite(lonLat.getY())) {
            double lon = lonLat.getX();
            while (lon - lon0 > 180) {
                lon -= 360;
            }
            while (lon0 - lon > 180) {
                lon += 360;
            }
            e.expandToInclude(lon, lonLat.getY());
        }
    }
}
