package org.conflictmap.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.proj4j.ProjCoordinate;

class MapProjectionTest {

    @Test
    void equalEarthMatchesPublishedExtremesAndInverts() {
        MapProjection ee = MapProjection.world(ProjectionKind.EQUAL_EARTH, 0);
        double r = MapProjection.SPHERE_RADIUS;
        ProjCoordinate p = ee.project(0, 90, new ProjCoordinate());
        assertEquals(1.3173627591574, p.y / r, 1e-4, "pole y of Equal Earth (unit sphere)");
        ProjCoordinate q = ee.project(180, 0, new ProjCoordinate());
        assertEquals(2.7066297319215, q.x / r, 1e-4, "equator half-width of Equal Earth (unit sphere)");
        ProjCoordinate back = ee.inverse(ee.project(44.5, 40.2, new ProjCoordinate()).x,
                ee.project(44.5, 40.2, new ProjCoordinate()).y, new ProjCoordinate());
        assertEquals(44.5, back.x, 1e-7);
        assertEquals(40.2, back.y, 1e-7);
    }

    @Test
    void regionalExtentGetsConicWithParallelsAtOneSixthAndFiveSixths() {
        MapProjection p = MapProjection.forExtent(ProjectionKind.AUTO, new Envelope(43, 51, 38, 44));
        assertEquals(ProjectionKind.LAMBERT, p.kind());
        assertEquals(39, p.standardParallels()[0], 1e-9);
        assertEquals(43, p.standardParallels()[1], 1e-9);
        assertEquals(47, p.centralMeridian(), 1e-9);
        assertEquals(1.0, p.groundPerProjectedMetre(47, 39), 0.01, "true scale on a standard parallel");
        assertTrue(p.wkt().contains("Standard_Parallel_1\",39.000000"));
        assertEquals(ProjectionKind.EQUAL_EARTH, MapProjection.forExtent(ProjectionKind.AUTO, new Envelope(-170, 170, -60, 70)).kind());
        assertEquals(ProjectionKind.ALBERS, MapProjection.forExtent(ProjectionKind.ALBERS, new Envelope(43, 51, 38, 44)).kind());
        assertEquals(ProjectionKind.EQUAL_EARTH, MapProjection.forExtent(ProjectionKind.AUTO, new Envelope(0, 20, -10, 10)).kind(),
                "an extent symmetric about the equator has no usable cone");
    }

    @Test
    void datelineExtentIsCentredAcrossIt() {
        MapProjection p = MapProjection.forExtent(ProjectionKind.AUTO, new Envelope(170, 195, -25, -10));
        assertEquals(-177.5, p.centralMeridian(), 1e-9);
        ProjCoordinate west = p.project(175, -18, new ProjCoordinate());
        ProjCoordinate east = p.project(-172, -18, new ProjCoordinate());
        assertTrue(west.x < 0 && east.x > 0 && east.x - west.x < 2_000_000, "neighbours across 180° stay neighbours");
    }

    @Test
    void unprojectablePointsAreNaN() {
        MapProjection p = MapProjection.world(ProjectionKind.ROBINSON, 0);
        assertTrue(Double.isNaN(p.project(Double.NaN, 10, new ProjCoordinate()).x));
        assertTrue(Double.isNaN(p.project(10, 95, new ProjCoordinate()).x));
        assertTrue(Double.isFinite(p.project(0, 90, new ProjCoordinate()).y));
        assertThrows(IllegalArgumentException.class, () -> ProjectionKind.parse("mercator"));
    }
}
