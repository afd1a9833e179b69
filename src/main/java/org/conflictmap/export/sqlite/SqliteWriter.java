package org.conflictmap.export.sqlite;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a new SQLite 3 database file (https://www.sqlite.org/fileformat2.html) without SQLite: 4096-byte
 * pages, UTF-8 text, schema format 4, rollback-journal mode, no free pages. Tables and indexes are given
 * with their CREATE statement (stored as is in {@code sqlite_schema}, in the order they were added) and
 * their rows in key order; each b-tree is written in one pass over its rows, bottom-up, pages packed full,
 * from page 2 on; page 1 (the file header and the schema, which must fit on it) is written last, once the
 * root pages and the page count are known. The same tables and rows always give the same bytes.
 */
public final class SqliteWriter {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Written as "last writer version" in the header; any 3.x value is valid. */
    private static final int WRITER_VERSION = 3_040_001;

    private record Entry(String type, String name, String table, String sql, BTree tree, int[] root) {
        Entry(String type, String name, String table, String sql, BTree tree) {
            this(type, name, table, sql, tree, new int[1]);
        }
    }

    private final int applicationId;
    private final int userVersion;
    private final List<Entry> entries = new ArrayList<>();

    /** A writer whose file carries {@code applicationId} and {@code userVersion} in its header. */
    public SqliteWriter(int applicationId, int userVersion) {
        this.applicationId = applicationId;
        this.userVersion = userVersion;
    }

    /** Adds a rowid table; {@code rows} in increasing rowid order, an INTEGER PRIMARY KEY column encoded as NULL. */
    public SqliteWriter table(String name, String createSql, Rows rows) {
        entries.add(new Entry("table", name, name, createSql, new BTree(true, rows)));
        return this;
    }

    /**
     * Adds an index of {@code table}: each entry is the indexed values then the rowid, sorted as SQLite sorts
     * them (the caller's job). {@code createSql} is null for the automatic index of a PRIMARY KEY or UNIQUE
     * constraint (named sqlite_autoindex_TABLE_N). Only indexes that fit on one page are supported.
     */
    public SqliteWriter index(String name, String table, String createSql, Rows entriesInOrder) {
        entries.add(new Entry("index", name, table, createSql, new BTree(false, entriesInOrder)));
        return this;
    }

    /** Writes the database to {@code channel} (not closed), which must be empty. */
    public void write(SeekableByteChannel channel) throws IOException {
        channel.position(Pages.SIZE);
        BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        PageSink sink = new PageSink(buffered, 2);
        for (Entry e : entries) {
            e.root()[0] = e.tree().write(sink);
        }
        buffered.flush();
        ByteArrayOutputStream first = new ByteArrayOutputStream(Pages.SIZE);
        new BTree(true, schemaRows(), header(sink.last())).write(new PageSink(first, 1));
        ByteBuffer page1 = ByteBuffer.wrap(first.toByteArray());
        channel.position(0);
        while (page1.hasRemaining()) {
            channel.write(page1);
        }
    }

    private Rows schemaRows() {
        return new Rows() {
            @Override
            public int size() {
                return entries.size();
            }

            @Override
            public long rowid(int i) {
                return i + 1;
            }

            @Override
            public void encode(int i, RecordEncoder r) {
                Entry e = entries.get(i);
                r.addText(e.type()).addText(e.name()).addText(e.table()).addInteger(e.root()[0])
                        .addText(e.sql());
            }
        };
    }

    private byte[] header(int lastPage) {
        int pages = Math.max(1, lastPage);
        byte[] h = new byte[100];
        System.arraycopy(MAGIC, 0, h, 0, MAGIC.length);
        Pages.putShort(h, 16, Pages.SIZE);
        h[18] = 1; // file format write version: legacy (rollback journal)
        h[19] = 1; // read version
        h[20] = 0; // reserved bytes per page
        h[21] = 64; // max embedded payload fraction (must be 64)
        h[22] = 32; // min embedded payload fraction (must be 32)
        h[23] = 32; // leaf payload fraction (must be 32)
        Pages.putInt(h, 24, 1); // file change counter
        Pages.putInt(h, 28, pages); // database size in pages (valid: change counter == version-valid-for)
        Pages.putInt(h, 32, 0); // first freelist trunk page
        Pages.putInt(h, 36, 0); // freelist pages
        Pages.putInt(h, 40, 1); // schema cookie
        Pages.putInt(h, 44, 4); // schema format number
        Pages.putInt(h, 48, 0); // default page cache size
        Pages.putInt(h, 52, 0); // no auto-vacuum
        Pages.putInt(h, 56, 1); // text encoding: UTF-8
        Pages.putInt(h, 60, userVersion);
        Pages.putInt(h, 64, 0); // incremental vacuum off
        Pages.putInt(h, 68, applicationId);
        Pages.putInt(h, 92, 1); // version-valid-for
        Pages.putInt(h, 96, WRITER_VERSION);
        return h;
    }
}
