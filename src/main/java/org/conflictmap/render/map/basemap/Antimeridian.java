package org.conflictmap.render.map.basemap;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Repairs geometries whose rings or lines jump across the ±180° meridian (consecutive vertices more
 * than 180° of longitude apart, except edges along a pole): the coordinates are unwrapped into a continuous longitude range,
 * then cut at ±180° and the pieces shifted back into [-180, 180]. Rings around a pole are closed
 * through the pole.
 */
public final class Antimeridian {

    private Antimeridian() {
    }

    /** True when some pair of consecutive vertices is more than 180° of longitude apart. */
    public static boolean jumps(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                if (jumps(p.getExteriorRing().getCoordinates())) {
                    return true;
                }
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    if (jumps(p.getInteriorRingN(h).getCoordinates())) {
                        return true;
                    }
                }
            } else if (part instanceof LineString l) {
                if (jumps(l.getCoordinates())) {
                    return true;
                }
            } else if (part != g && jumps(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean jumps(Coordinate[] c) {
        for (int i = 1; i < c.length; i++) {
            boolean polarEdge = Math.abs(c[i].y) >= 89 && Math.abs(c[i - 1].y) >= 89;
            if (Math.abs(c[i].x - c[i - 1].x) > 180 && !polarEdge) {
                return true;
            }
        }
        return false;
    }

    /** Returns {@code g} unchanged when nothing jumps, otherwise the repaired geometry. */
    public static Geometry fix(Geometry g) {
        if (!jumps(g)) {
            return g;
        }
        GeometryFactory gf = g.getFactory();
        List<Geometry> pieces = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            Geometry unwrapped;
            if (part instanceof Polygon p) {
                unwrapped = GeometryFixer.fix(unwrapPolygon(p, gf));
            } else if (part instanceof LineString l) {
                unwrapped = gf.createLineString(unwrap(l.getCoordinates(), l.getCoordinates()[0].x));
            } else {
                unwrapped = fix(part);
            }
            Geometry cut = cut(unwrapped, gf);
            for (int k = 0; k < cut.getNumGeometries(); k++) {
                Geometry piece = cut.getGeometryN(k);
                for (int m = 0; m < piece.getNumGeometries(); m++) {
                    pieces.add(piece.getGeometryN(m));
                }
            }
        }
        Geometry all = gf.buildGeometry(pieces);
        return g.getDimension() == 2 ? all.union() : all;
    }

    private static Polygon unwrapPolygon(Polygon p, GeometryFactory gf) {
        Coordinate[] shellIn = p.getExteriorRing().getCoordinates();
        double ref = shellIn[0].x;
        LinearRing shell = gf.createLinearRing(closeRing(unwrap(shellIn, ref)));
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = gf.createLinearRing(closeRing(unwrap(p.getInteriorRingN(h).getCoordinates(), ref)));
        }
        return gf.createPolygon(shell, holes);
    }

    /** Unwraps longitudes so that consecutive vertices are never more than 180° apart. */
    static Coordinate[] unwrap(Coordinate[] c, double ref) {
        Coordinate[] out = new Coordinate[c.length];
        double shift = Math.round((ref - c[0].x) / 360.0) * 360.0;
        double prev = c[0].x + shift;
        out[0] = new Coordinate(prev, c[0].y);
        for (int i = 1; i < c.length; i++) {
            double x = c[i].x + shift;
            while (x - prev > 180) {
                x -= 360;
                shift -= 360;
            }
            while (prev - x > 180) {
                x += 360;
                shift += 360;
            }
            out[i] = new Coordinate(x, c[i].y);
            prev = x;
        }
        return out;
    }

    /** Closes an unwrapped ring; when its ends are 360° apart it goes round a pole and is closed through it. */
    private static Coordinate[] closeRing(Coordinate[] c) {
        Coordinate first = c[0];
        Coordinate last = c[c.length - 1];
        List<Coordinate> out = new ArrayList<>(List.of(c));
        if (Math.abs(last.x - first.x) > 180) {
            double meanLat = 0;
            for (Coordinate k : c) {
                meanLat += k.y;
            }
            double pole = meanLat < 0 ? -90 : 90;
            out.add(new Coordinate(last.x, pole));
            out.add(new Coordinate(first.x, pole));
        }
        if (!out.get(out.size() - 1).equals2D(first)) {
            out.add(new Coordinate(first));
        }
        while (out.size() < 4) {
            out.add(new Coordinate(first));
        }
        return out.toArray(Coordinate[]::new);
    }

    private static Geometry cut(Geometry unwrapped, GeometryFactory gf) {
        Envelope env = unwrapped.getEnvelopeInternal();
        List<Geometry> parts = new ArrayList<>();
        int kMin = (int) Math.floor((env.getMinX() + 180) / 360.0);
        int kMax = (int) Math.floor((env.getMaxX() + 180) / 360.0);
        for (int k = kMin; k <= kMax; k++) {
            double west = k * 360.0 - 180;
            Geometry box = gf.toGeometry(new Envelope(west, west + 360, -90, 90));
            Geometry piece = unwrapped.intersection(box);
            if (!piece.isEmpty()) {
                parts.add(AffineTransformation.translationInstance(-k * 360.0, 0).transform(piece));
            }
        }
        return gf.buildGeometry(parts);
    }
}
