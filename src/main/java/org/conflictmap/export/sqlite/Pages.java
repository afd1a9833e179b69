package org.conflictmap.export.sqlite;

/**
 * Page geometry of the files this package writes: 4096-byte pages, no reserved bytes, and the payload split
 * rule of the SQLite file format (how much of a cell's payload stays on the b-tree page; the rest goes to a
 * chain of overflow pages of {@code USABLE - 4} bytes each).
 */
final class Pages {

    /** Page size in bytes. */
    static final int SIZE = 4096;
    /** Usable bytes per page (no reserved space at the end of pages). */
    static final int USABLE = SIZE;
    /** Payload bytes carried by one overflow page (after its 4-byte next-page number). */
    static final int OVERFLOW_CONTENT = USABLE - 4;
    /** The page that holds the lock byte at offset 2^30: never used for content. */
    static final int LOCK_BYTE_PAGE = (1 << 30) / SIZE + 1;

    /** Leaf and interior page header sizes. */
    static final int LEAF_HEADER = 8;
    static final int INTERIOR_HEADER = 12;

    /** Page type flags. */
    static final byte TABLE_LEAF = 0x0D;
    static final byte TABLE_INTERIOR = 0x05;
    static final byte INDEX_LEAF = 0x0A;

    private static final int MIN_LOCAL = (USABLE - 12) * 32 / 255 - 23;
    private static final int MAX_LOCAL_TABLE_LEAF = USABLE - 35;
    private static final int MAX_LOCAL_INDEX = (USABLE - 12) * 64 / 255 - 23;

    private Pages() {
    }

    /** Payload bytes kept on a table leaf page for a payload of {@code p} bytes. */
    static int localTableLeaf(int p) {
        return local(p, MAX_LOCAL_TABLE_LEAF);
    }

    /** Payload bytes kept on an index page for a payload of {@code p} bytes. */
    static int localIndex(int p) {
        return local(p, MAX_LOCAL_INDEX);
    }

    private static int local(int p, int max) {
        if (p <= max) {
            return p;
        }
        int k = MIN_LOCAL + (p - MIN_LOCAL) % OVERFLOW_CONTENT;
        return k <= max ? k : MIN_LOCAL;
    }

    /** Overflow pages needed by a payload of {@code p} bytes of which {@code local} stay on the b-tree page. */
    static int overflowPages(int p, int local) {
        return (p - local + OVERFLOW_CONTENT - 1) / OVERFLOW_CONTENT;
    }

    /** The page number after {@code page}, skipping the lock-byte page. */
    static int next(int page) {
        int n = page + 1;
        return n == LOCK_BYTE_PAGE ? n + 1 : n;
    }

    static void putInt(byte[] b, int pos, int v) {
        b[pos] = (byte) (v >>> 24);
        b[pos + 1] = (byte) (v >>> 16);
        b[pos + 2] = (byte) (v >>> 8);
        b[pos + 3] = (byte) v;
    }

    static void putShort(byte[] b, int pos, int v) {
        b[pos] = (byte) (v >>> 8);
        b[pos + 1] = (byte) v;
    }
}
