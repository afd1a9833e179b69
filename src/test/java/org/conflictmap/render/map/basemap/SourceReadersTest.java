package org.conflictmap.render.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

class SourceReadersTest {

    private final GeometryFactory gf = new GeometryFactory();

    @Test
    void decodesGeoPackageBlobWithEnvelope() {
        Geometry box = gf.toGeometry(new Envelope(44, 46, 39, 41));
        byte[] wkb = new WKBWriter().write(box);
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011); // LE header, envelope kind 1
        b.putInt(4326);
        b.putDouble(44).putDouble(46).putDouble(39).putDouble(41);
        b.put(wkb);
        Geometry g = GpkgGeometry.fromBytes(b.array(), gf);
        assertEquals(box.getEnvelopeInternal(), g.getEnvelopeInternal());
        assertEquals(4.0, g.getArea(), 1e-12);
    }

    @Test
    void rejectsNonGeoPackageBlobAndReturnsNullForEmpty() {
        assertThrows(IllegalArgumentException.class, () -> GpkgGeometry.fromBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, gf));
        byte[] empty = {'G', 'P', 0, 0b0001_0001, 0, 0, 0, 0};
        assertNull(GpkgGeometry.fromBytes(empty, gf));
        assertNull(GpkgGeometry.fromHex("", gf));
    }

    @Test
    void decodesQuantisedTopoJson(@TempDir Path dir) throws Exception {
        // two arcs forming a unit square split in halves; the second polygon reuses arc 0 reversed (~0 = -1)
        String topo = """
                {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,20]},
                 "objects":{"shapes":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","id":"A","properties":{"name":"left"},"arcs":[[0,1]]},
                   {"type":"LineString","properties":{"name":"edge"},"arcs":[0]}]}},
                 "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]]]}
                """;
        Path f = dir.resolve("t.json");
        Files.writeString(f, topo, StandardCharsets.UTF_8);
        TopoJson t = TopoJson.read(f, gf);
        assertEquals(List.of("shapes"), t.objectNames());
        List<MapFeature> fs = t.features("shapes");
        assertEquals(2, fs.size());
        assertEquals("A", fs.get(0).attr("id"));
        assertEquals("left", fs.get(0).attr("name"));
        // arc 0: (11,20)->(11,21); arc 1: (11,21)->(10,21)->(10,20)->(11,20): a 1x1 square at (10..11, 20..21)
        assertEquals(new Envelope(10, 11, 20, 21), fs.get(0).geometry().getEnvelopeInternal());
        assertEquals(1.0, fs.get(0).geometry().getArea(), 1e-12);
        assertEquals(1.0, fs.get(1).geometry().getLength(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> t.features("nope"));
    }
}
