package org.conflictmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.export.sqlite.SqliteTestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageWriterTest {

    @TempDir
    Path dir;

    private static List<Event> events(int n) {
        List<Event> out = new ArrayList<>();
        EventType[] types = EventType.values();
        for (int i = 0; i < n; i++) {
            String place = switch (i % 4) {
                case 0 -> "Ереван";
                case 1 -> "Xankəndi";
                case 2 -> "=HYPERLINK(\"x\")";
                default -> "Stepanakert " + i;
            };
            // long enough rows that 5,000 of them need two levels of interior pages
            String evidence = i == 1 ? "Très long témoignage, 長い証言 😀. ".repeat(1200)
                    : "Sentence " + i + " about " + place + ": " + "des tirs nourris, ".repeat(50);
            out.add(new Event(String.format("e%05d", i), LocalDate.of(2020, 9, 27).plusDays(i % 45),
                    types[i % types.length], 100_000L + i % 97, place, "P.PPL", Precision.values()[i % 3],
                    i % 5 == 0 ? "" : "AM", "Arménie", i % 2 == 0 ? "Erevan" : "", 38.5 + (i % 300) * 0.011,
                    44.0 + (i % 400) * 0.0123456, 1 + i % 4, i % 3 == 0 ? null : i % 50,
                    i % 2 == 0 ? List.of("doc-" + i) : List.of("a-" + i, "b-" + i, "c"), evidence));
        }
        return out;
    }

    @Test
    void writesAGeoPackageThatReadsBackColumnByColumn() throws IOException {
        List<Event> events = events(5000);
        Path file = dir.resolve("events.gpkg");
        GeoPackageWriter.write(file, events);
        byte[] bytes = Files.readAllBytes(file);
        Path again = dir.resolve("again.gpkg");
        GeoPackageWriter.write(again, events);
        assertArrayEquals(bytes, Files.readAllBytes(again), "identical input, identical bytes");

        SqliteTestReader db = new SqliteTestReader(bytes);
        assertEquals(0x47504B47, db.headerInt(68), "application_id GPKG");
        assertEquals(10300, db.headerInt(60), "user_version 1.3.0");
        assertEquals(1, db.headerInt(56), "UTF-8");
        assertEquals(4096, db.pageSize());
        assertEquals(List.of("gpkg_spatial_ref_sys", "gpkg_contents", "sqlite_autoindex_gpkg_contents_1",
                "sqlite_autoindex_gpkg_contents_2", "gpkg_geometry_columns", "sqlite_autoindex_gpkg_geometry_columns_1",
                "sqlite_autoindex_gpkg_geometry_columns_2", "events", "sqlite_sequence"),
                db.schema().stream().map(SqliteTestReader.SchemaRow::name).toList());

        SqliteTestReader.TableScan srs = db.scanTable(db.root("gpkg_spatial_ref_sys"));
        assertEquals(List.of(-1L, 0L, 4326L), srs.rowids());
        assertEquals("EPSG", srs.rows().get(2).get(2));
        assertEquals(4326L, srs.rows().get(2).get(3));
        assertTrue(((String) srs.rows().get(2).get(4)).startsWith("GEOGCS[\"WGS 84\""));

        double minX = events.stream().mapToDouble(Event::lon).min().orElseThrow();
        double maxY = events.stream().mapToDouble(Event::lat).max().orElseThrow();
        List<Object> contents = db.scanTable(db.root("gpkg_contents")).rows().get(0);
        assertEquals(List.of("events", "features", "conflictmap events"), contents.subList(0, 3));
        assertEquals("2020-11-10T00:00:00.000Z", contents.get(4), "latest event day, not the clock");
        assertEquals(Double.parseDouble(EventsCsv.coord(minX)), (Double) contents.get(5), 0);
        assertEquals(Double.parseDouble(EventsCsv.coord(maxY)), (Double) contents.get(8), 0);
        assertEquals(4326L, contents.get(9));
        assertEquals(List.of(List.of("events", 1L)), db.scanIndexLeaf(db.root("sqlite_autoindex_gpkg_contents_1")));
        assertEquals(List.of(List.of("conflictmap events", 1L)),
                db.scanIndexLeaf(db.root("sqlite_autoindex_gpkg_contents_2")));
        assertEquals(List.of(List.of("events", "geom", "POINT", 4326L, 0L, 0L)),
                db.scanTable(db.root("gpkg_geometry_columns")).rows());
        assertEquals(List.of(List.of("events", "geom", 1L)),
                db.scanIndexLeaf(db.root("sqlite_autoindex_gpkg_geometry_columns_1")));
        assertEquals(List.of(List.of("events", 1L)),
                db.scanIndexLeaf(db.root("sqlite_autoindex_gpkg_geometry_columns_2")));
        assertEquals(List.of(List.of("events", 5000L)), db.scanTable(db.root("sqlite_sequence")).rows());

        SqliteTestReader.TableScan t = db.scanTable(db.root("events"));
        db.assertAllPagesUsed();
        assertTrue(t.interiorLevels() >= 2, "interior levels: " + t.interiorLevels());
        assertEquals(events.size(), t.rows().size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            List<Object> r = t.rows().get(i);
            assertEquals(i + 1L, t.rowids().get(i));
            assertNull(r.get(0), "fid lives in the rowid");
            double[] xy = point((byte[]) r.get(1));
            assertEquals(Double.parseDouble(EventsCsv.coord(e.lon())), xy[0], 0, "x of " + i);
            assertEquals(Double.parseDouble(EventsCsv.coord(e.lat())), xy[1], 0, "y of " + i);
            List<Object> want = new ArrayList<>(List.of(e.id(), e.date().toString(), e.type().key(), e.placeId(),
                    e.place(), e.feature(), e.precision().key(), e.country(), e.countryName(), e.admin1(), xy[1],
                    xy[0], (long) e.sources()));
            want.add(e.fatalities() == null ? null : (long) e.fatalities());
            want.add(String.join(";", e.documents()));
            want.add(e.evidence());
            assertEquals(want, r.subList(2, r.size()), "row " + i);
        }
        assertTrue(((String) t.rows().get(1).get(17)).length() > 30_000, "the overflowing evidence is whole");
        assertEquals("=HYPERLINK(\"x\")", t.rows().get(2).get(6), "no CSV formula neutralisation in a gpkg");
    }

    /** Decodes a GeoPackage binary point: header, then WKB; returns {x, y}. */
    private static double[] point(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob);
        assertEquals('G', b.get(0));
        assertEquals('P', b.get(1));
        assertEquals(0, b.get(2), "version 1");
        int flags = b.get(3);
        assertEquals(0, flags & 0b0011_1110, "standard binary, not empty, no envelope");
        b.order((flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        assertEquals(4326, b.getInt(4));
        int wkb = 8;
        b.order(b.get(wkb) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        assertEquals(1, b.getInt(wkb + 1), "wkbPoint");
        assertEquals(wkb + 21, blob.length);
        return new double[] {b.getDouble(wkb + 5), b.getDouble(wkb + 13)};
    }

    @Test
    void noEventsGiveAnEmptyButValidLayer() throws IOException {
        Path file = dir.resolve("empty.gpkg");
        GeoPackageWriter.write(file, List.of());
        SqliteTestReader db = new SqliteTestReader(Files.readAllBytes(file));
        List<Object> contents = db.scanTable(db.root("gpkg_contents")).rows().get(0);
        assertEquals("1970-01-01T00:00:00.000Z", contents.get(4));
        assertEquals(java.util.Arrays.asList(null, null, null, null), contents.subList(5, 9));
        assertEquals(0, db.scanTable(db.root("events")).rows().size());
        assertEquals(0, db.scanTable(db.root("sqlite_sequence")).rows().size());
    }

    @Test
    void anEventWithoutCoordinatesHasNoGeometryAndStaysOutOfTheExtent() throws IOException {
        Event located = events(1).get(0);
        Event nowhere = new Event("x", located.date(), located.type(), 1, "Nowhere", "", Precision.COUNTRY, "", "",
                "", Double.NaN, Double.NaN, 1, 0, List.of("d"), "");
        Path file = dir.resolve("nan.gpkg");
        GeoPackageWriter.write(file, List.of(located, nowhere));
        SqliteTestReader db = new SqliteTestReader(Files.readAllBytes(file));
        List<Object> contents = db.scanTable(db.root("gpkg_contents")).rows().get(0);
        assertEquals(Double.parseDouble(EventsCsv.coord(located.lon())), (Double) contents.get(5), 0);
        assertEquals(contents.get(5), contents.get(7), "the extent is the located point alone");
        List<Object> row = db.scanTable(db.root("events")).rows().get(1);
        assertNull(row.get(1));
        assertNull(row.get(12));
        assertNull(row.get(13));
    }
}
