package org.conflictmap.export.sqlite;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One b-tree built bottom-up from rows already in key order. {@link #plan} sizes every row and lays the tree
 * out on consecutive pages: each leaf page followed by the overflow pages of its cells, then the interior
 * pages level by level, the root last. {@link #write} then writes those pages in that order, so the file is
 * produced front to back in one pass. Table trees may have any size; an index tree must fit on one leaf page
 * (enough for the one-row GeoPackage metadata tables).
 */
final class BTree {

    private final boolean table;
    private final Rows rows;
    private final int headerOffset;
    private final RecordEncoder record = new RecordEncoder();

    private int[] sizes;
    /** Leaf k holds rows [leafStart[k], leafStart[k + 1]). */
    private int[] leafStart;
    private int[] leafPage;
    private final List<Level> levels = new ArrayList<>();
    private int firstPage;
    private int lastPage;

    /** One interior level: page g holds children [start[g], start[g + 1]) of the level below. */
    private record Level(int[] childPage, long[] childKey, int[] start, int[] page) {
    }

    BTree(boolean table, Rows rows, int headerOffset) {
        this.table = table;
        this.rows = rows;
        this.headerOffset = headerOffset;
    }

    /** Sizes the rows and assigns pages after {@code previousPage}; returns the last page used. */
    int plan(int previousPage) {
        int n = rows.size();
        sizes = new int[n];
        for (int i = 0; i < n; i++) {
            record.clear();
            rows.encode(i, record);
            sizes[i] = record.finish();
        }
        int capacity = Pages.USABLE - headerOffset - Pages.LEAF_HEADER;
        int[] starts = new int[Math.max(16, n / 8 + 2)];
        int leaves = 0;
        starts[leaves++] = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            int cell = cellSize(i) + 2;
            if (used + cell > capacity && i > starts[leaves - 1]) {
                if (leaves == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[leaves++] = i;
                used = 0;
            }
            used += cell;
        }
        if (!table && leaves > 1) {
            throw new IllegalArgumentException("index of " + n + " entries does not fit on one page (not supported)");
        }
        leafStart = Arrays.copyOf(starts, leaves + 1);
        leafStart[leaves] = n;
        leafPage = new int[leaves];
        int page = previousPage;
        firstPage = Pages.next(previousPage);
        for (int k = 0; k < leaves; k++) {
            page = Pages.next(page);
            leafPage[k] = page;
            for (int i = leafStart[k]; i < leafStart[k + 1]; i++) {
                int local = local(sizes[i]);
                for (int o = Pages.overflowPages(sizes[i], local); o > 0; o--) {
                    page = Pages.next(page);
                }
            }
        }
        int[] childPage = leafPage;
        long[] childKey = new long[leaves];
        for (int k = 0; k < leaves; k++) {
            childKey[k] = n == 0 ? 0 : rows.rowid(leafStart[k + 1] - 1);
        }
        levels.clear();
        while (childPage.length > 1) {
            int[] start = group(childKey);
            int groups = start.length - 1;
            int[] pages = new int[groups];
            long[] keys = new long[groups];
            for (int g = 0; g < groups; g++) {
                page = Pages.next(page);
                pages[g] = page;
                keys[g] = childKey[start[g + 1] - 1];
            }
            levels.add(new Level(childPage, childKey, start, pages));
            childPage = pages;
            childKey = keys;
        }
        lastPage = page;
        return page;
    }

    /** Root page (valid after {@link #plan}). */
    int root() {
        return levels.isEmpty() ? leafPage[0] : levels.get(levels.size() - 1).page()[0];
    }

    /** First and last page of the tree (valid after {@link #plan}). */
    int firstPage() {
        return firstPage;
    }

    int lastPage() {
        return lastPage;
    }

    /** Interior levels above the leaves (0 when the root is a leaf). */
    int depth() {
        return levels.size();
    }

    /**
     * Writes the planned pages. {@code fileHeader}, when not null, is written at the start of the first page
     * (page 1 and its 100-byte database header).
     */
    void write(PageSink sink, byte[] fileHeader) throws IOException {
        byte[] page = new byte[Pages.SIZE];
        byte[] cell = new byte[Pages.SIZE];
        List<byte[]> spill = new ArrayList<>();
        List<int[]> spillAt = new ArrayList<>();
        for (int k = 0; k < leafPage.length; k++) {
            Arrays.fill(page, (byte) 0);
            int hdr = k == 0 && fileHeader != null ? headerOffset : 0;
            if (hdr > 0) {
                System.arraycopy(fileHeader, 0, page, 0, fileHeader.length);
            }
            int count = leafStart[k + 1] - leafStart[k];
            page[hdr] = table ? Pages.TABLE_LEAF : Pages.INDEX_LEAF;
            Pages.putShort(page, hdr + 3, count);
            int content = Pages.SIZE;
            int pointer = hdr + Pages.LEAF_HEADER;
            int nextPage = leafPage[k];
            spill.clear();
            spillAt.clear();
            for (int i = leafStart[k]; i < leafStart[k + 1]; i++) {
                record.clear();
                rows.encode(i, record);
                int p = record.finish();
                if (p != sizes[i]) {
                    throw new IllegalStateException("row " + i + " encoded to " + p + " bytes, planned " + sizes[i]);
                }
                int local = local(p);
                int len = Varint.write(cell, 0, p);
                if (table) {
                    len = Varint.write(cell, len, rows.rowid(i));
                }
                System.arraycopy(record.bytes(), 0, cell, len, local);
                len += local;
                if (local < p) {
                    int first = Pages.next(nextPage);
                    Pages.putInt(cell, len, first);
                    len += 4;
                    int pages = Pages.overflowPages(p, local);
                    spill.add(Arrays.copyOfRange(record.bytes(), local, p));
                    spillAt.add(new int[] {first, pages});
                    for (int o = 0; o < pages; o++) {
                        nextPage = Pages.next(nextPage);
                    }
                }
                content -= len;
                System.arraycopy(cell, 0, page, content, len);
                Pages.putShort(page, pointer, content);
                pointer += 2;
            }
            if (pointer > content) {
                throw new IllegalStateException("leaf page " + leafPage[k] + " overfull");
            }
            Pages.putShort(page, hdr + 5, content == 65536 ? 0 : content);
            sink.write(leafPage[k], page);
            for (int s = 0; s < spill.size(); s++) {
                writeOverflow(sink, spill.get(s), spillAt.get(s)[0], spillAt.get(s)[1], page);
            }
        }
        for (Level level : levels) {
            writeLevel(sink, level, page);
        }
        if (sink.last() != lastPage) {
            throw new IllegalStateException("tree ended on page " + sink.last() + ", planned " + lastPage);
        }
    }

    private static void writeOverflow(PageSink sink, byte[] rest, int first, int pages, byte[] page)
            throws IOException {
        int number = first;
        for (int o = 0; o < pages; o++) {
            Arrays.fill(page, (byte) 0);
            int from = o * Pages.OVERFLOW_CONTENT;
            int len = Math.min(Pages.OVERFLOW_CONTENT, rest.length - from);
            int next = o == pages - 1 ? 0 : Pages.next(number);
            Pages.putInt(page, 0, next);
            System.arraycopy(rest, from, page, 4, len);
            sink.write(number, page);
            number = next;
        }
    }

    private static void writeLevel(PageSink sink, Level level, byte[] page) throws IOException {
        byte[] cell = new byte[13];
        for (int g = 0; g < level.page().length; g++) {
            Arrays.fill(page, (byte) 0);
            int from = level.start()[g];
            int to = level.start()[g + 1];
            page[0] = Pages.TABLE_INTERIOR;
            Pages.putShort(page, 3, to - from - 1);
            Pages.putInt(page, 8, level.childPage()[to - 1]);
            int content = Pages.SIZE;
            int pointer = Pages.INTERIOR_HEADER;
            for (int c = from; c < to - 1; c++) {
                Pages.putInt(cell, 0, level.childPage()[c]);
                int len = Varint.write(cell, 4, level.childKey()[c]);
                content -= len;
                System.arraycopy(cell, 0, page, content, len);
                Pages.putShort(page, pointer, content);
                pointer += 2;
            }
            Pages.putShort(page, 5, content);
            sink.write(level.page()[g], page);
        }
    }

    /** Splits children into interior pages: as many as fit, and at least two per page. */
    private static int[] group(long[] childKey) {
        int n = childKey.length;
        int capacity = Pages.USABLE - Pages.INTERIOR_HEADER;
        int[] start = new int[n / 2 + 2];
        int groups = 0;
        start[groups++] = 0;
        int used = 0;
        for (int c = 1; c < n; c++) {
            // child c joins the current page: child c - 1 then needs a cell of its own
            int cell = 4 + Varint.length(childKey[c - 1]) + 2;
            if (used + cell > capacity) {
                start[groups++] = c;
                used = 0;
            } else {
                used += cell;
            }
        }
        start[groups] = n;
        if (groups > 1 && start[groups] - start[groups - 1] < 2) {
            start[groups - 1]--; // the last page takes one child from the one before (which has hundreds)
        }
        return Arrays.copyOf(start, groups + 1);
    }

    private int cellSize(int i) {
        int p = sizes[i];
        int local = local(p);
        int key = table ? Varint.length(rows.rowid(i)) : 0;
        return Varint.length(p) + key + local + (local < p ? 4 : 0);
    }

    private int local(int p) {
        return table ? Pages.localTableLeaf(p) : Pages.localIndex(p);
    }
}
