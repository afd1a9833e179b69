package org.conflictmap.export.sqlite;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small SQLite file reader for tests, written from the file format document and sharing no code with the
 * writer. Besides reading tables and indexes it checks the structure: page types, cell bounds, rowid order
 * and interior-key bounds, equal leaf depth, overflow chains, and that every page of the file is used
 * exactly once (the lock-byte page aside). Any violation is an {@link AssertionError}.
 */
public final class SqliteTestReader {

    /** One sqlite_schema row. */
    public record SchemaRow(String type, String name, String table, long rootPage, String sql) {
    }

    /** What a table walk found. */
    public record TableScan(List<Long> rowids, List<List<Object>> rows, int interiorLevels) {
    }

    private final ByteBuffer file;
    private final int pageSize;
    private final int usable;
    private final int pageCount;
    private final BitSet used = new BitSet();
    private List<SchemaRow> schema;

    public SqliteTestReader(byte[] bytes) {
        this.file = ByteBuffer.wrap(bytes);
        check(new String(bytes, 0, 16, StandardCharsets.ISO_8859_1).equals("SQLite format 3\0"), "magic");
        int ps = u16(16);
        this.pageSize = ps == 1 ? 65536 : ps;
        this.usable = pageSize - u8(20);
        this.pageCount = file.getInt(28);
        check(bytes.length == (long) pageCount * pageSize, "file length " + bytes.length + " != "
                + pageCount + " pages of " + pageSize);
        check(u8(21) == 64 && u8(22) == 32 && u8(23) == 32, "payload fractions");
        check(file.getInt(24) == file.getInt(92), "change counter must equal version-valid-for");
    }

    public int pageSize() {
        return pageSize;
    }

    public int pageCount() {
        return pageCount;
    }

    /** A 4-byte big-endian header field at {@code offset}. */
    public int headerInt(int offset) {
        return file.getInt(offset);
    }

    /** The sqlite_schema rows (page 1). */
    public List<SchemaRow> schema() {
        if (schema != null) {
            return schema;
        }
        List<SchemaRow> out = new ArrayList<>();
        for (List<Object> r : scanTable(1).rows()) {
            out.add(new SchemaRow((String) r.get(0), (String) r.get(1), (String) r.get(2), (Long) r.get(3),
                    (String) r.get(4)));
        }
        schema = List.copyOf(out);
        return schema;
    }

    /** Root page of the named table or index. */
    public long root(String name) {
        for (SchemaRow r : schema()) {
            if (r.name().equals(name)) {
                return r.rootPage();
            }
        }
        throw new AssertionError("no schema object " + name);
    }

    /** Walks a table b-tree from its root. */
    public TableScan scanTable(long root) {
        List<Long> ids = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int depth = walkTable((int) root, ids, rows, null, Long.MAX_VALUE);
        for (int i = 1; i < ids.size(); i++) {
            check(ids.get(i - 1) < ids.get(i), "rowids out of order at " + ids.get(i));
        }
        return new TableScan(ids, rows, depth);
    }

    /** The entries of an index b-tree that is a single leaf page. */
    public List<List<Object>> scanIndexLeaf(long root) {
        int p = (int) root;
        markUsed(p);
        int base = pageBase(p);
        int hdr = base + (p == 1 ? 100 : 0);
        check(u8(hdr) == 0x0A, "page " + p + " is not an index leaf");
        int cells = u16(hdr + 3);
        List<List<Object>> out = new ArrayList<>();
        int maxLocal = (usable - 12) * 64 / 255 - 23;
        for (int c = 0; c < cells; c++) {
            int at = base + u16(hdr + 8 + 2 * c);
            long[] size = varint(at);
            check(size[0] <= maxLocal, "index payload overflow not expected in tests");
            int start = at + (int) size[1];
            out.add(record(Arrays.copyOfRange(file.array(), start, start + (int) size[0])));
        }
        return out;
    }

    /** After reading every tree: every page but the lock-byte page must have been used once. */
    public void assertAllPagesUsed() {
        int lockPage = (int) ((1L << 30) / pageSize) + 1;
        for (int p = 1; p <= pageCount; p++) {
            if (p != lockPage) {
                check(used.get(p), "page " + p + " is not part of any b-tree or overflow chain");
            }
        }
    }

    /** Walks a subtree whose rowids must be in (lowerExclusive, upperInclusive]; null: no lower bound. */
    private int walkTable(int page, List<Long> ids, List<List<Object>> rows, Long lowerExclusive,
                          long upperInclusive) {
        markUsed(page);
        int base = pageBase(page);
        int hdr = base + (page == 1 ? 100 : 0);
        int type = u8(hdr);
        int cells = u16(hdr + 3);
        int contentStart = u16(hdr + 5) == 0 ? 65536 : u16(hdr + 5);
        check(u16(hdr + 1) == 0, "page " + page + ": unexpected freeblock");
        boolean leaf = type == 0x0D;
        check(leaf || type == 0x05, "page " + page + ": type " + type + " is not a table b-tree page");
        int headerSize = leaf ? 8 : 12;
        int pointers = hdr + headerSize;
        check(pointers + 2 * cells - base <= contentStart, "page " + page + ": pointer array overlaps content");
        BitSet bytes = new BitSet();
        if (leaf) {
            for (int c = 0; c < cells; c++) {
                int off = u16(pointers + 2 * c);
                check(off >= contentStart && off < pageSize, "page " + page + ": cell offset " + off);
                int at = base + off;
                long[] size = varint(at);
                long[] rowid = varint(at + (int) size[1]);
                int payloadAt = at + (int) size[1] + (int) rowid[1];
                int total = (int) size[0];
                int local = localSize(total);
                byte[] payload = new byte[total];
                System.arraycopy(file.array(), payloadAt, payload, 0, local);
                int cellLen = payloadAt - at + local;
                if (local < total) {
                    readOverflow(file.getInt(payloadAt + local), payload, local);
                    cellLen += 4;
                }
                claim(bytes, off, cellLen, page);
                check((lowerExclusive == null || rowid[0] > lowerExclusive) && rowid[0] <= upperInclusive,
                        "page " + page + ": rowid " + rowid[0] + " outside its parent's key range");
                ids.add(rowid[0]);
                rows.add(record(payload));
            }
            return 0;
        }
        check(cells >= 1, "interior page " + page + " without cells");
        int depth = -1;
        Long low = lowerExclusive;
        for (int c = 0; c <= cells; c++) {
            int child;
            long key;
            if (c < cells) {
                int off = u16(pointers + 2 * c);
                int at = base + off;
                child = file.getInt(at);
                long[] k = varint(at + 4);
                key = k[0];
                claim(bytes, off, 4 + (int) k[1], page);
                check((low == null || key > low) && key <= upperInclusive, "page " + page + ": key " + key + " out of order");
            } else {
                child = file.getInt(hdr + 8);
                key = upperInclusive;
            }
            int d = walkTable(child, ids, rows, low, key);
            check(depth == -1 || depth == d, "page " + page + ": children at different depths");
            depth = d;
            low = key;
        }
        return depth + 1;
    }

    private void readOverflow(int first, byte[] payload, int from) {
        int page = first;
        int pos = from;
        while (pos < payload.length) {
            check(page > 0, "overflow chain ends early");
            markUsed(page);
            int base = pageBase(page);
            int n = Math.min(usable - 4, payload.length - pos);
            System.arraycopy(file.array(), base + 4, payload, pos, n);
            pos += n;
            page = file.getInt(base);
        }
        check(page == 0, "overflow chain longer than the payload");
    }

    /** Bytes of a table-leaf payload stored on the page, per the file format's spill rule. */
    private int localSize(int p) {
        int maxLocal = usable - 35;
        int minLocal = (usable - 12) * 32 / 255 - 23;
        if (p <= maxLocal) {
            return p;
        }
        int k = minLocal + (p - minLocal) % (usable - 4);
        return k <= maxLocal ? k : minLocal;
    }

    /** Decodes a record into Long, Double, String, byte[] or null values. */
    static List<Object> record(byte[] rec) {
        ByteBuffer b = ByteBuffer.wrap(rec);
        long[] hs = varint(b, 0);
        int headerEnd = (int) hs[0];
        int h = (int) hs[1];
        int body = headerEnd;
        List<Object> out = new ArrayList<>();
        while (h < headerEnd) {
            long[] st = varint(b, h);
            h += (int) st[1];
            long t = st[0];
            if (t == 0) {
                out.add(null);
            } else if (t >= 1 && t <= 6) {
                int len = new int[] {0, 1, 2, 3, 4, 6, 8}[(int) t];
                long v = 0;
                for (int i = 0; i < len; i++) {
                    v = (v << 8) | (rec[body + i] & 0xFF);
                }
                int shift = 64 - 8 * len;
                out.add((v << shift) >> shift);
                body += len;
            } else if (t == 7) {
                out.add(b.getDouble(body));
                body += 8;
            } else if (t == 8 || t == 9) {
                out.add(t - 8);
            } else if (t >= 12 && t % 2 == 0) {
                int len = (int) ((t - 12) / 2);
                out.add(Arrays.copyOfRange(rec, body, body + len));
                body += len;
            } else if (t >= 13) {
                int len = (int) ((t - 13) / 2);
                out.add(new String(rec, body, len, StandardCharsets.UTF_8));
                body += len;
            } else {
                throw new AssertionError("reserved serial type " + t);
            }
        }
        check(h == headerEnd, "record header overruns its size");
        check(body == rec.length, "record body is " + body + " bytes, payload " + rec.length);
        return out;
    }

    private long[] varint(int at) {
        return varint(file, at);
    }

    /** {value, length} of the varint at {@code at}. */
    static long[] varint(ByteBuffer b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int x = b.get(at + i) & 0xFF;
            v = (v << 7) | (x & 0x7F);
            if ((x & 0x80) == 0) {
                return new long[] {v, i + 1};
            }
        }
        return new long[] {(v << 8) | (b.get(at + 8) & 0xFF), 9};
    }

    private void claim(BitSet bytes, int off, int len, int page) {
        check(off + len <= pageSize, "page " + page + ": cell runs off the page");
        check(bytes.get(off, off + len).isEmpty(), "page " + page + ": overlapping cells");
        bytes.set(off, off + len);
    }

    private void markUsed(int page) {
        check(page >= 1 && page <= pageCount, "page " + page + " outside the file");
        check(!used.get(page), "page " + page + " used twice");
        used.set(page);
    }

    private int pageBase(int page) {
        return (page - 1) * pageSize;
    }

    private int u8(int at) {
        return file.get(at) & 0xFF;
    }

    private int u16(int at) {
        return file.getShort(at) & 0xFFFF;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    /** Name → root page of every schema object, in schema order. */
    public Map<String, Long> roots() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (SchemaRow r : schema()) {
            m.put(r.name(), r.rootPage());
        }
        return m;
    }
}
