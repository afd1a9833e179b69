package org.conflictmap.export.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteWriterTest {

    /** A table of (rowid, values) rows. */
    private static Rows rows(List<Long> rowids, List<List<Object>> values) {
        return new Rows() {
            @Override
            public int size() {
                return rowids.size();
            }

            @Override
            public long rowid(int i) {
                return rowids.get(i);
            }

            @Override
            public void encode(int i, RecordEncoder r) {
                for (Object v : values.get(i)) {
                    if (v == null) {
                        r.addNull();
                    } else if (v instanceof Long l) {
                        r.addInteger(l);
                    } else if (v instanceof Double d) {
                        r.addReal(d);
                    } else if (v instanceof String s) {
                        r.addText(s);
                    } else {
                        byte[] b = (byte[]) v;
                        r.addBlob(b, 0, b.length);
                    }
                }
            }
        };
    }

    @TempDir
    Path dir;

    private byte[] write(SqliteWriter w) throws IOException {
        Path file = Files.createTempFile(dir, "t", ".db");
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
            w.write(ch);
        }
        return Files.readAllBytes(file);
    }

    @Test
    void valuesOfEveryStorageClassAndSizeReadBack() throws IOException {
        long[] ints = {0, 1, -1, 2, 127, 128, -128, -129, 32767, 32768, -32769, 8388607, 8388608, -8388609,
            Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 40, (1L << 47) - 1, 1L << 47, -(1L << 47) - 1,
            Long.MAX_VALUE, Long.MIN_VALUE};
        List<Long> ids = new ArrayList<>();
        List<List<Object>> vals = new ArrayList<>();
        // rowids with every varint length, negatives first (rowid order)
        long[] rowids = {Long.MIN_VALUE, -5, 0, 1, 127, 128, 16383, 16384, 1L << 21, 1L << 28, 1L << 35, 1L << 42,
            1L << 49, (1L << 56) - 1, 1L << 56, Long.MAX_VALUE};
        for (int i = 0; i < rowids.length; i++) {
            ids.add(rowids[i]);
            List<Object> row = new ArrayList<>();
            row.add(ints[i % ints.length]);
            row.add(ints[(i + 7) % ints.length]);
            row.add(i * 0.5 - 3.25);
            row.add(i % 3 == 0 ? null : "tëxt " + i + " Ереван 😀 \u0000x");
            row.add(new byte[] {(byte) i, 0, (byte) 0xFF});
            vals.add(row);
        }
        byte[] db = write(new SqliteWriter(7, 9).table("t", "CREATE TABLE t(a,b,c,d,e)", rows(ids, vals)));
        SqliteTestReader r = new SqliteTestReader(db);
        assertEquals(7, r.headerInt(68));
        assertEquals(9, r.headerInt(60));
        assertEquals(1, r.headerInt(56));
        assertEquals(4, r.headerInt(44));
        SqliteTestReader.TableScan t = r.scanTable(r.root("t"));
        r.assertAllPagesUsed();
        assertEquals(ids, t.rowids());
        for (int i = 0; i < ids.size(); i++) {
            List<Object> want = vals.get(i);
            List<Object> got = t.rows().get(i);
            for (int c = 0; c < 4; c++) {
                assertEquals(want.get(c), got.get(c), "row " + i + " column " + c);
            }
            assertArrayEquals((byte[]) want.get(4), (byte[]) got.get(4));
        }
    }

    @Test
    void payloadsOnBothSidesOfEveryOverflowBoundaryReadBack() throws IOException {
        // a record of one blob of n bytes has a payload of n + 2 or n + 3 (header size + serial type)
        int[] lengths = {0, 1, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4100, 4500, 4543, 4544, 4545, 8150,
            8151, 8152, 8153, 8154, 8155, 12000, 100_000, 250_000};
        List<Long> ids = new ArrayList<>();
        List<List<Object>> vals = new ArrayList<>();
        Random rnd = new Random(42);
        for (int i = 0; i < lengths.length; i++) {
            byte[] b = new byte[lengths[i]];
            rnd.nextBytes(b);
            ids.add(i + 1L);
            List<Object> row = new ArrayList<>();
            row.add(b);
            vals.add(row);
        }
        byte[] db = write(new SqliteWriter(0, 0).table("big", "CREATE TABLE big(b BLOB)", rows(ids, vals)));
        SqliteTestReader r = new SqliteTestReader(db);
        SqliteTestReader.TableScan t = r.scanTable(r.root("big"));
        r.assertAllPagesUsed();
        for (int i = 0; i < lengths.length; i++) {
            assertArrayEquals((byte[]) vals.get(i).get(0), (byte[]) t.rows().get(i).get(0), "blob of " + lengths[i]);
        }
    }

    @Test
    void manyRowsBuildSeveralInteriorLevelsAndTheSameBytesTwice() throws IOException {
        List<Long> ids = new ArrayList<>();
        List<List<Object>> vals = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add(i * 3L + 1);
            List<Object> row = new ArrayList<>();
            row.add((long) i);
            row.add("row " + i + " " + "é".repeat(i % 700));
            vals.add(row);
        }
        SqliteWriter w = new SqliteWriter(0, 0).table("t", "CREATE TABLE t(a INTEGER, b TEXT)", rows(ids, vals))
                .table("u", "CREATE TABLE u(x)", rows(List.of(), List.of()));
        byte[] db = write(w);
        assertArrayEquals(db, write(w), "same rows, same bytes");
        SqliteTestReader r = new SqliteTestReader(db);
        SqliteTestReader.TableScan t = r.scanTable(r.root("t"));
        assertEquals(0, r.scanTable(r.root("u")).rows().size());
        r.assertAllPagesUsed();
        assertTrue(t.interiorLevels() >= 2, "levels: " + t.interiorLevels());
        assertEquals(ids, t.rowids());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(vals.get(i), t.rows().get(i));
        }
    }

    @Test
    void indexEntriesReadBackAndAnOversizedIndexIsRefused() throws IOException {
        Rows entries = rows(List.of(1L, 2L), List.of(List.of("a", 2L), List.of("b", 1L)));
        byte[] db = write(new SqliteWriter(0, 0)
                .table("t", "CREATE TABLE t(k TEXT PRIMARY KEY)", rows(List.of(1L, 2L), List.of(List.of("b"), List.of("a"))))
                .index("sqlite_autoindex_t_1", "t", null, entries));
        SqliteTestReader r = new SqliteTestReader(db);
        assertEquals(2, r.scanTable(r.root("t")).rows().size());
        assertEquals(List.of(List.of("a", 2L), List.of("b", 1L)), r.scanIndexLeaf(r.root("sqlite_autoindex_t_1")));
        r.assertAllPagesUsed();
        assertEquals("index", r.schema().get(1).type());
        assertEquals(null, r.schema().get(1).sql());

        List<Long> many = new ArrayList<>();
        List<List<Object>> big = new ArrayList<>();
        for (long i = 0; i < 500; i++) {
            many.add(i);
            big.add(List.of("entry number " + i, i));
        }
        SqliteWriter w = new SqliteWriter(0, 0).index("i", "t", null, rows(many, big));
        assertThrows(IllegalArgumentException.class, () -> write(w));
    }

    @Test
    void aSchemaThatDoesNotFitOnPageOneIsRefused() {
        SqliteWriter w = new SqliteWriter(0, 0);
        for (int i = 0; i < 3; i++) {
            w.table("t" + i, "CREATE TABLE t" + i + "(" + "c".repeat(1500) + ")", rows(List.of(), List.of()));
        }
        assertThrows(IllegalStateException.class, () -> write(w));
    }

    @Test
    void rowidsOutOfOrderAreRefused() {
        SqliteWriter w = new SqliteWriter(0, 0).table("t", "CREATE TABLE t(a)",
                rows(List.of(1L, 3L, 3L), List.of(List.of(1L), List.of(2L), List.of(3L))));
        assertThrows(IllegalArgumentException.class, () -> write(w));
    }

    @Test
    void pageNumbersSkipTheLockBytePage() {
        assertEquals(262145, Pages.LOCK_BYTE_PAGE, "2^30 / 4096 + 1");
        assertEquals(Pages.LOCK_BYTE_PAGE + 1, Pages.next(Pages.LOCK_BYTE_PAGE - 1));
        assertEquals(3, Pages.next(2));
    }

    @Test
    void varintsMatchTheirDecoding() {
        long[] values = {0, 1, 127, 128, 240, 2287, 16383, 16384, (1L << 56) - 1, 1L << 56, -1, Long.MAX_VALUE,
            Long.MIN_VALUE};
        byte[] buf = new byte[9];
        for (long v : values) {
            int end = Varint.write(buf, 0, v);
            assertEquals(Varint.length(v), end);
            long[] back = SqliteTestReader.varint(ByteBuffer.wrap(buf), 0);
            assertEquals(v, back[0]);
            assertEquals(end, back[1]);
        }
    }
}
