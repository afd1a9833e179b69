package org.conflictmap.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.MappedGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;

class NaturalEarthAndCountiesTest {

    @TempDir
    Path dir;

    private static final GeometryFactory F = new GeometryFactory();

    static Polygon box(double w, double s, double e, double n) {
        return F.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s), new Coordinate(e, n),
            new Coordinate(w, n), new Coordinate(w, s)});
    }

    /** A GeoPackage geometry blob, hex-encoded as sqlite3's hex() prints it. */
    static String gpkgHex(Geometry g) {
        byte[] wkb = new WKBWriter(2, ByteOrder.LITTLE_ENDIAN == ByteOrder.nativeOrder() ? 2 : 1).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(4326).put(wkb);
        return HexFormat.of().withUpperCase().formatHex(b.array());
    }

    private MappedGazetteer build() throws IOException {
        Path from = dir.resolve("src");
        Path data = dir.resolve("data");
        GazetteerBuilderTest.writeSources(from, data, false);
        Files.writeString(data.resolve("admin1-points.tsv"), "# GeoNames points\ncountry\tadmin1\tlat\tlon\n"
                + "US\tTX\t31.25044\t-99.25061\nUS\tZZ\t1\t1\n");
        Path ne = Files.createDirectories(from.resolve("qgis/usr/share/qgis/resources/data"));
        Geometry russia = F.createMultiPolygon(new Polygon[] {box(27, 41, 180, 78), box(-180, 64, -169, 72)});
        Files.writeString(ne.resolve("ne_countries.tsv"), "fid\tiso_a2\tname\tfips\tiso_a3\tgeom\n"
                + "1\tRU\tRussia\tRS\tRUS\t" + gpkgHex(russia) + "\n"
                + "2\tAM\tArmenia\tAM\tARM\t" + gpkgHex(box(43.4, 38.8, 46.6, 41.3)) + "\n"
                + "3\t-1\t\t\t\t" + gpkgHex(box(0, 0, 1, 1)) + "\n"
                + "4\tFR\tFrance\tFR\tFRA\tnot-hex\n");
        // Yerevan unit holds the town Yerevan (admin-1 11); two units share Moscow's code 48
        Files.writeString(ne.resolve("ne_admin1.tsv"), "fid\tiso_a2\tname\tfips\twoe_name\tgn_name\tgeom\n"
                + "10\tAM\tYerevan\tAM11\tErevan\tYerevan\t" + gpkgHex(box(44.4, 40.1, 44.6, 40.3)) + "\n"
                + "11\tAM\tLori\tAM06\tLorri\tLorru Marz\t" + gpkgHex(box(44.0, 40.7, 45.0, 41.2)) + "\n"
                + "12\tRU\tMoscow West\tRS48\t\t\t" + gpkgHex(box(37.5, 55.5, 37.7, 56.0)) + "\n"
                + "13\tRU\tMoscow East\tRS48\t\t\t" + gpkgHex(box(37.61, 55.70, 37.62, 55.80)) + "\n"
                + "14\t-1\tNowhere\t\t\t\t" + gpkgHex(box(0, 0, 1, 1)) + "\n");
        Path atlas = Files.createDirectories(from.resolve("us-atlas/package"));
        Files.writeString(atlas.resolve("counties-10m.json"), "{\"type\":\"Topology\","
                + "\"transform\":{\"scale\":[0.01,0.01],\"translate\":[-85,37]},"
                + "\"objects\":{\"counties\":{\"type\":\"GeometryCollection\",\"geometries\":["
                + "{\"type\":\"Polygon\",\"arcs\":[[0]],\"id\":\"21125\",\"properties\":{\"name\":\"Laurel\"}},"
                + "{\"type\":\"Polygon\",\"arcs\":[[1]],\"id\":\"22071\",\"properties\":{\"name\":\"Orleans\"}},"
                + "{\"type\":\"Polygon\",\"arcs\":[[0]],\"id\":\"bad\",\"properties\":{\"name\":\"X\"}}]},"
                + "\"states\":{\"type\":\"GeometryCollection\",\"geometries\":["
                + "{\"type\":\"Polygon\",\"arcs\":[[0]],\"id\":\"21\",\"properties\":{\"name\":\"Kentucky\"}}]}},"
                + "\"arcs\":[[[0,0],[100,0],[0,100],[-100,0],[0,-100]],[[-500,-700],[50,0],[0,50],[-50,0],[0,-50]]]}");
        BuildResult r = GazetteerBuilder.build(new BuildOptions(from, data, dir.resolve("out"), null));
        List<String> rows = r.report().malformedRows();
        assertTrue(rows.stream().anyMatch(s -> s.contains("ne_countries.tsv:4: no ISO 3166-1 alpha-2 code")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("ne_countries.tsv:5: geometry is not hex")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("ne_admin1.tsv:6:")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("counties-10m.json:3: county record #3 lacks")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("admin1-points.tsv:4: no admin-1 unit US.ZZ")), rows.toString());
        return MappedGazetteer.open(r.file());
    }

    @Test
    void countryBoxesCrossTheAntimeridianWhenTheShapeDoes() throws IOException {
        MappedGazetteer g = build();
        BBox ru = g.country("RU").orElseThrow().bbox();
        assertEquals(new BBox(27, 41, -169, 78), ru);
        assertTrue(ru.crossesAntimeridian());
        assertEquals(new BBox(43.4, 38.8, 46.6, 41.3), g.country("AM").orElseThrow().bbox());
        // the project's country point wins over the outline's centre
        assertEquals(60, g.country("RU").orElseThrow().lat(), 1e-9);
    }

    @Test
    void admin1UnitsTakeTheGeoNamesCodeOfTheTownsInside() throws IOException {
        MappedGazetteer g = build();
        // the admin1CodesASCII entry (616051) exists for AM.11: the Natural Earth unit adds its box and names
        Place yerevanUnit = g.admin1("AM", "11").orElseThrow();
        assertEquals(616051, yerevanUnit.id());
        assertEquals(new BBox(44.4, 40.1, 44.6, 40.3), yerevanUnit.bbox());
        assertTrue(g.candidates("erevan").contains(yerevanUnit));
        assertEquals(616052, g.candidates("erevan").get(0).id(), "the town ranks before its namesake unit");
        // no town inside Lori: the FIPS digits are not a code GeoNames towns use in AM, so no code
        Place lori = g.candidates("lorru marz").get(0);
        assertEquals("A.ADM1", lori.feature());
        assertEquals("", lori.admin1());
        // Moscow's town (55.75, 37.62) lies in both units: both vote 48, neither dominates -> ADM2 under RU.48
        Place west = g.candidates("moscow west").get(0);
        Place east = g.candidates("moscow east").get(0);
        assertEquals("A.ADM2", west.feature());
        assertEquals("48", west.admin1());
        assertEquals("A.ADM2", east.feature());
    }

    @Test
    void usCountiesGetSuffixedNamesStateCodesAndCentroids() throws IOException {
        MappedGazetteer g = build();
        Place laurel = g.candidates("laurel county").get(0);
        assertEquals("A.ADM2", laurel.feature());
        assertEquals("US", laurel.country());
        assertEquals("KY", laurel.admin1());
        assertEquals(37.5, laurel.lat(), 1e-6);
        assertEquals(-84.5, laurel.lon(), 1e-6);
        assertEquals(new BBox(-85, 37, -84, 38), laurel.bbox());
        Place orleans = g.candidates("orleans parish").get(0);
        assertEquals(30.25, orleans.lat(), 1e-6);
        assertEquals(-89.75, orleans.lon(), 1e-6);
        assertEquals("", orleans.admin1());
    }

    @Test
    void areasWithoutPopulationGetThatOfTheirTowns() throws IOException {
        MappedGazetteer g = build();
        // admin-1 entries: the sum of the towns carrying their code
        assertEquals(1093485, g.admin1("AM", "11").orElseThrow().population());
        assertEquals(24782, g.admin1("US", "TX").orElseThrow().population());
        // Natural Earth subdivisions: the towns inside the polygon (Moscow lies in both Moscow units)
        assertEquals(10381222, g.candidates("moscow west").get(0).population());
        assertEquals(10381222, g.candidates("moscow east").get(0).population());
        assertEquals(0, g.candidates("lorru marz").get(0).population());
        // a country without a census figure: its towns; one with one keeps it
        assertEquals(24782 + 10150, g.country("US").orElseThrow().population());
        // a county with no town inside
        assertEquals(0, g.candidates("laurel county").get(0).population());
    }

    @Test
    void admin1PointsReplaceTheComputedPoint() throws IOException {
        MappedGazetteer g = build();
        Place texas = g.admin1("US", "TX").orElseThrow();
        assertEquals(31.25044, texas.lat(), 1e-9);
        assertEquals(-99.25061, texas.lon(), 1e-9);
    }
}
