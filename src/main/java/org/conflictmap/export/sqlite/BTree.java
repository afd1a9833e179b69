package org.conflictmap.export.sqlite;

import java.io.IOException;
import java.util.Arrays;

/**
 * Writes one b-tree bottom-up, in one pass over rows already in key order: cells fill a leaf page until the
 * next one does not fit, then the leaf is written; a payload too big for its page goes first to its chain of
 * overflow pages (written at once); when the rows are done, the interior pages are built level by level over
 * the (page, largest key) of the level below, the root last. Table trees may have any size; an index tree
 * must fit on one leaf page without overflow (enough for the one-row GeoPackage metadata tables).
 */
final class BTree {

    private final boolean table;
    private final Rows rows;
    private final int headerOffset;
    private final byte[] fileHeader;
    private final RecordEncoder record = new RecordEncoder();
    private final byte[] page = new byte[Pages.SIZE];
    private final byte[] cell = new byte[Pages.SIZE];

    private int cells;
    private int content;
    private int[] childPage = new int[64];
    private long[] childKey = new long[64];
    private int children;
    private int depth;

    /** A tree of {@code rows}; {@code table} false: an index. */
    BTree(boolean table, Rows rows) {
        this(table, rows, null);
    }

    /** The tree whose first page is page 1, after the 100-byte {@code fileHeader}. */
    BTree(boolean table, Rows rows, byte[] fileHeader) {
        this.table = table;
        this.rows = rows;
        this.fileHeader = fileHeader;
        this.headerOffset = fileHeader == null ? 0 : fileHeader.length;
    }

    /** Writes the tree to {@code sink}; returns its root page. */
    int write(PageSink sink) throws IOException {
        children = 0;
        startLeaf();
        long lastKey = 0;
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            record.clear();
            rows.encode(i, record);
            int p = record.finish();
            int local = table ? Pages.localTableLeaf(p) : Pages.localIndex(p);
            if (!table && local < p) {
                throw new IllegalArgumentException("index entry of " + p + " bytes needs overflow pages (not supported)");
            }
            long key = table ? rows.rowid(i) : i;
            if (table && i > 0 && key <= lastKey) {
                throw new IllegalArgumentException("rowid " + key + " of row " + i + " does not follow " + lastKey);
            }
            int len = Varint.length(p) + (table ? Varint.length(key) : 0) + local + (local < p ? 4 : 0);
            int pointerEnd = headerOffset + Pages.LEAF_HEADER + 2 * (cells + 1);
            if (cells > 0 && pointerEnd > content - len) {
                endLeaf(sink, lastKey);
                startLeaf();
            }
            int at = Varint.write(cell, 0, p);
            if (table) {
                at = Varint.write(cell, at, key);
            }
            System.arraycopy(record.bytes(), 0, cell, at, local);
            at += local;
            if (local < p) {
                Pages.putInt(cell, at, writeOverflow(sink, record.bytes(), local, p));
                at += 4;
            }
            content -= at;
            System.arraycopy(cell, 0, page, content, at);
            Pages.putShort(page, headerOffset + Pages.LEAF_HEADER + 2 * cells, content);
            cells++;
            lastKey = key;
        }
        endLeaf(sink, lastKey);
        if (!table && children > 1) {
            throw new IllegalArgumentException("index of " + n + " entries does not fit on one page (not supported)");
        }
        depth = 0;
        while (children > 1) {
            writeLevel(sink);
            depth++;
        }
        return childPage[0];
    }

    /** Interior levels above the leaves of the tree last written (0 when the root is a leaf). */
    int depth() {
        return depth;
    }

    private void startLeaf() {
        Arrays.fill(page, (byte) 0);
        cells = 0;
        content = Pages.SIZE;
    }

    private void endLeaf(PageSink sink, long lastKey) throws IOException {
        int number = sink.allocate();
        if (number == 1) {
            System.arraycopy(fileHeader, 0, page, 0, headerOffset);
        } else if (headerOffset > 0) {
            throw new IllegalStateException("the tree on page 1 does not fit on page 1");
        }
        page[headerOffset] = table ? Pages.TABLE_LEAF : Pages.INDEX_LEAF;
        Pages.putShort(page, headerOffset + 3, cells);
        Pages.putShort(page, headerOffset + 5, content);
        sink.write(number, page);
        child(number, lastKey);
    }

    /** Writes payload[local, p) to a chain of overflow pages; returns the first page. */
    private int writeOverflow(PageSink sink, byte[] payload, int local, int p) throws IOException {
        byte[] over = new byte[Pages.SIZE];
        int first = sink.allocate();
        int number = first;
        for (int from = local; from < p; from += Pages.OVERFLOW_CONTENT) {
            int len = Math.min(Pages.OVERFLOW_CONTENT, p - from);
            Arrays.fill(over, (byte) 0);
            System.arraycopy(payload, from, over, 4, len);
            boolean more = from + len < p;
            int next = more ? Pages.next(number) : 0;
            Pages.putInt(over, 0, next);
            sink.write(number, over);
            if (more) {
                number = sink.allocate();
            }
        }
        return first;
    }

    private void child(int number, long key) {
        if (children == childPage.length) {
            childPage = Arrays.copyOf(childPage, children * 2);
            childKey = Arrays.copyOf(childKey, children * 2);
        }
        childPage[children] = number;
        childKey[children] = key;
        children++;
    }

    /** Replaces the children by the interior pages over them: as many per page as fit, at least two. */
    private void writeLevel(PageSink sink) throws IOException {
        int[] start = group(childKey, children);
        int[] below = Arrays.copyOf(childPage, children);
        long[] keys = Arrays.copyOf(childKey, children);
        children = 0;
        for (int g = 0; g + 1 < start.length; g++) {
            int from = start[g];
            int to = start[g + 1];
            Arrays.fill(page, (byte) 0);
            page[0] = Pages.TABLE_INTERIOR;
            Pages.putShort(page, 3, to - from - 1);
            Pages.putInt(page, 8, below[to - 1]);
            int end = Pages.SIZE;
            int pointer = Pages.INTERIOR_HEADER;
            for (int c = from; c < to - 1; c++) {
                Pages.putInt(cell, 0, below[c]);
                int len = Varint.write(cell, 4, keys[c]);
                end -= len;
                System.arraycopy(cell, 0, page, end, len);
                Pages.putShort(page, pointer, end);
                pointer += 2;
            }
            Pages.putShort(page, 5, end);
            int number = sink.allocate();
            sink.write(number, page);
            child(number, keys[to - 1]);
        }
    }

    /** Start index of each interior page's children (and n at the end). */
    private static int[] group(long[] childKey, int n) {
        int capacity = Pages.USABLE - Pages.INTERIOR_HEADER;
        int[] start = new int[n / 2 + 2];
        int groups = 0;
        start[groups++] = 0;
        int used = 0;
        for (int c = 1; c < n; c++) {
            // child c joins the current page: child c - 1 then needs a cell of its own
            int size = 4 + Varint.length(childKey[c - 1]) + 2;
            if (used + size > capacity) {
                start[groups++] = c;
                used = 0;
            } else {
                used += size;
            }
        }
        start[groups] = n;
        if (groups > 1 && start[groups] - start[groups - 1] < 2) {
            start[groups - 1]--; // the last page takes one child from the one before (which has hundreds)
        }
        return Arrays.copyOf(start, groups + 1);
    }
}
