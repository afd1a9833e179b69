package org.conflictmap.render.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class FlatGeobufTest {

    private final GeometryFactory gf = new GeometryFactory();

    private List<MapFeature> grid() {
        List<MapFeature> out = new ArrayList<>();
        for (int x = 0; x < 10; x++) {
            for (int y = 0; y < 5; y++) {
                Polygon p = (Polygon) gf.toGeometry(new Envelope(x * 10, x * 10 + 5, y * 10, y * 10 + 5));
                out.add(new MapFeature(gf.createMultiPolygon(new Polygon[] {p}),
                        Map.of("name", "cell " + x + "/" + y + " Ստեփանակերտ", "x", Integer.toString(x))));
            }
        }
        return out;
    }

    private byte[] write(List<MapFeature> f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlatGeobufWriter.write(out, "grid", FlatGeobufWriter.typeOf(MultiPolygon.class), List.of("name", "x"), f);
        return out.toByteArray();
    }

    @Test
    void roundTripsGeometryAndAttributes() throws Exception {
        FlatGeobufLayer layer = new FlatGeobufLayer(write(grid()));
        assertEquals(50, layer.size());
        List<MapFeature> all = layer.all();
        assertEquals(50, all.size());
        MapFeature any = all.stream().filter(f -> f.attr("name").startsWith("cell 3/2")).findFirst().orElseThrow();
        assertEquals("cell 3/2 Ստեփանակերտ", any.attr("name"));
        assertEquals(new Envelope(30, 35, 20, 25), any.geometry().getEnvelopeInternal());
    }

    @Test
    void boxQueryReturnsOnlyIntersectingFeatures() throws Exception {
        FlatGeobufLayer layer = new FlatGeobufLayer(write(grid()));
        List<MapFeature> hits = layer.query(new Envelope(12, 28, 12, 18));
        assertEquals(2, hits.size(), "cells 1/1 and 2/1");
        assertTrue(hits.stream().allMatch(f -> f.attr("name").contains("/1")));
        assertEquals(0, layer.query(new Envelope(200, 210, 0, 1)).size());
    }

    @Test
    void outputIsDeterministic() throws Exception {
        assertArrayEquals(write(grid()), write(grid()));
    }

    @Test
    void emptyLayer() throws Exception {
        FlatGeobufLayer layer = new FlatGeobufLayer(write(List.of()));
        assertEquals(0, layer.size());
        assertEquals(0, layer.query(new Envelope(-180, 180, -90, 90)).size());
    }
}
