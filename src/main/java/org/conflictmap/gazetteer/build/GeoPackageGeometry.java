package org.conflictmap.gazetteer.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.conflictmap.gazetteer.BBox;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Decodes GeoPackage geometry blobs (hex, as {@code sqlite3 ... hex(geom)} prints them) and derives boxes and points. */
final class GeoPackageGeometry {

    private GeoPackageGeometry() {
    }

    /** Parses a hex GeoPackage blob ("GP" header, optional envelope, then WKB). */
    static Geometry parse(String hex, GeometryFactory factory) {
        byte[] b;
        try {
            b = HexFormat.of().parseHex(hex.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("geometry is not hex");
        }
        if (b.length < 8 || b[0] != 'G' || b[1] != 'P') {
            throw new IllegalArgumentException("geometry lacks the GeoPackage 'GP' header");
        }
        int flags = b[3];
        if ((flags & 0x10) != 0) {
            throw new IllegalArgumentException("empty geometry");
        }
        int envelope = (flags >> 1) & 7;
        int envBytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("bad GeoPackage envelope code " + envelope);
        };
        int start = 8 + envBytes;
        if (start >= b.length) {
            throw new IllegalArgumentException("truncated geometry");
        }
        try {
            return new WKBReader(factory).read(Arrays.copyOfRange(b, start, b.length));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("bad WKB: " + e.getMessage());
        }
    }

    /**
     * The smallest longitude interval covering every part (so Russia, Fiji or the US with Alaska get a
     * box that crosses the antimeridian instead of spanning the globe).
     */
    static BBox bbox(Geometry g) {
        List<double[]> parts = new ArrayList<>();
        double south = 90;
        double north = -90;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Envelope e = g.getGeometryN(i).getEnvelopeInternal();
            if (e.isNull()) {
                continue;
            }
            parts.add(new double[] {e.getMinX(), e.getMaxX()});
            south = Math.min(south, e.getMinY());
            north = Math.max(north, e.getMaxY());
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty geometry");
        }
        parts.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] p : parts) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p[0] <= last[1]) {
                last[1] = Math.max(last[1], p[1]);
            } else {
                merged.add(p.clone());
            }
        }
        // largest gap between covered intervals, the wrap-around gap included
        double bestGap = merged.get(0)[0] + 360 - merged.get(merged.size() - 1)[1];
        double west = merged.get(0)[0];
        double east = merged.get(merged.size() - 1)[1];
        for (int i = 1; i < merged.size(); i++) {
            double gap = merged.get(i)[0] - merged.get(i - 1)[1];
            if (gap > bestGap) {
                bestGap = gap;
                west = merged.get(i)[0];
                east = merged.get(i - 1)[1];
            }
        }
        return new BBox(round(west), round(south), round(east), round(north));
    }

    /** A representative point of the largest part: its centroid when inside, else a JTS interior point. */
    static double[] point(Geometry g) {
        Geometry largest = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > largest.getArea()) {
                largest = g.getGeometryN(i);
            }
        }
        Point c = largest.getCentroid();
        Point p = !c.isEmpty() && largest.covers(c) ? c : largest.getInteriorPoint();
        return new double[] {round(p.getY()), round(p.getX())};
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
