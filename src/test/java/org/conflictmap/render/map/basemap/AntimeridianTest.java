package org.conflictmap.render.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class AntimeridianTest {

    private final GeometryFactory gf = new GeometryFactory();

    private Polygon poly(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return gf.createPolygon(c);
    }

    @Test
    void leavesOrdinaryGeometryAlone() {
        Polygon p = poly(10, 10, 20, 10, 20, 20, 10, 20, 10, 10);
        assertFalse(Antimeridian.jumps(p));
        assertSame(p, Antimeridian.fix(p));
    }

    @Test
    void splitsPolygonCrossingTheAntimeridian() {
        // a 20°x10° box from 170°E to 170°W written with raw longitudes: edges jump by 340°
        Polygon p = poly(170, 0, -170, 0, -170, 10, 170, 10, 170, 0);
        assertTrue(Antimeridian.jumps(p));
        Geometry fixed = Antimeridian.fix(p);
        assertEquals(2, fixed.getNumGeometries());
        assertEquals(200.0, fixed.getArea(), 1e-6, "two 10x10 halves");
        assertTrue(fixed.getEnvelopeInternal().getMinX() >= -180 && fixed.getEnvelopeInternal().getMaxX() <= 180);
        assertFalse(Antimeridian.jumps(fixed));
    }

    @Test
    void splitsLines() {
        Geometry l = gf.createLineString(new Coordinate[] {new Coordinate(175, 50), new Coordinate(-175, 52)});
        Geometry fixed = Antimeridian.fix(l);
        assertEquals(2, fixed.getNumGeometries());
        assertEquals(Math.hypot(10, 2), fixed.getLength(), 1e-9);
    }

    @Test
    void closesRingsAroundAPoleThroughThePole() {
        // a ring going once around the south pole at -70° (like Antarctica drawn without its pole edge)
        Coordinate[] c = new Coordinate[13];
        for (int i = 0; i < 12; i++) {
            double lon = -180 + 30 * i + 15;
            c[i] = new Coordinate(lon > 180 ? lon - 360 : lon, -70);
        }
        c[12] = new Coordinate(c[0]);
        Geometry fixed = Antimeridian.fix(gf.createPolygon(c));
        assertEquals(-90, fixed.getEnvelopeInternal().getMinY(), 1e-9);
        assertEquals(360 * 20, fixed.getArea(), 1.0, "the cap between -90 and -70 over 360°");
    }
}
