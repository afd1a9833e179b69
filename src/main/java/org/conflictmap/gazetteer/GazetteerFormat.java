package org.conflictmap.gazetteer;

import java.nio.charset.StandardCharsets;

/**
 * Layout of the compiled gazetteer file ({@code gazetteer.bin}), shared by the writer and the reader.
 *
 * <pre>
 * header (256 bytes, little-endian)
 *   0  magic "CMGAZ\r\n\u001a"        8 bytes
 *   8  format version                 int
 *  12  section count                  int
 *  16  file length                    long
 *  24  CRC32 of bytes [256, length)   int
 *  28  place count                    int
 *  32  key count                      int
 *  36  prefix count                   int
 *  40  max key tokens                 int
 *  44  key hash slots                 int
 *  48  prefix hash slots              int
 *  64  section table: count x (offset long, length long)
 * sections, each 8-byte aligned, in {@link Section} order
 * </pre>
 *
 * Places are fixed {@value #PLACE_RECORD}-byte records sorted by id (binary search by id); a place's
 * ordinal is its index. Keys live in the KEYS section as entries
 * {@code [varint byte length][UTF-8 key][flags byte][varint n][n x int ordinal]}, ordinals in prior
 * order. KEY_SLOTS and PREFIX_SLOTS are open-addressing tables of {@code (int hash, int entry offset + 1)}
 * pairs, probed linearly from {@code hash mod slots}; a prefix slot points at a key that starts with the
 * prefix followed by a space.
 */
public final class GazetteerFormat {

    /** File magic. */
    public static final byte[] MAGIC = {'C', 'M', 'G', 'A', 'Z', '\r', '\n', 0x1A};
    /** Current format version; bump on any layout change. */
    public static final int VERSION = 1;
    /** Header size in bytes. */
    public static final int HEADER_SIZE = 256;
    /** Offset of the section table in the header. */
    public static final int SECTION_TABLE = 64;
    /** Bytes per place record. */
    public static final int PLACE_RECORD = 40;
    /** Key flag: the key is a name of its places. */
    public static final int KEY_NAME = 1;
    /** Key flag: the key is a demonym of its (country) places. */
    public static final int KEY_DEMONYM = 2;
    /** Place flag: the entry comes from curated project data. */
    public static final int PLACE_CURATED = 1;
    /** Coordinates are stored as integer micro-degrees. */
    public static final double COORD_SCALE = 1e6;
    /** No bbox / no string sentinel. */
    public static final int NONE = -1;
    /** Grid cell size in degrees for the nearest-place index. */
    public static final int GRID_DEG = 1;
    /** Grid columns (longitude). */
    public static final int GRID_COLS = 360 / GRID_DEG;
    /** Grid rows (latitude). */
    public static final int GRID_ROWS = 180 / GRID_DEG;

    /** The sections, in file order. */
    public enum Section {
        /** UTF-8 build description (sources, counts). */
        META,
        /** Feature strings "A.PCLI", each [varint len][UTF-8], indexed by a u16 in the place record. */
        FEATURES,
        /** Display names, country and admin-1 strings: [varint len][UTF-8] at an offset. */
        STRINGS,
        /** Place records. */
        PLACES,
        /** Bounding boxes: 4 ints (west, south, east, north micro-degrees). */
        BBOXES,
        /** Key entries. */
        KEYS,
        /** Key hash slots. */
        KEY_SLOTS,
        /** Prefix hash slots. */
        PREFIX_SLOTS,
        /** Grid cell starts: (rows*cols + 1) ints into GRID_ITEMS. */
        GRID_CELLS,
        /** Ordinals of populated places, grouped by cell. */
        GRID_ITEMS,
        /** Country codes: 12-byte records iso2(2) iso3(3) fips(2) pad(1) ordinal(int), sorted by iso2; one per FIPS code. */
        COUNTRIES,
        /** Ordinals of admin-1 places. */
        ADMIN1
    }

    private GazetteerFormat() {
    }

    /** The 32-bit hash stored for a key (a mix of {@link String#hashCode()}, which Java specifies exactly). */
    public static int hash(String key) {
        return mix(key.hashCode());
    }

    /** {@link #hash} of a key whose {@link String#hashCode} is {@code h}. */
    public static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** First slot to probe for a hash in a table of {@code slots} entries. */
    public static int slot(int hash, int slots) {
        return Integer.remainderUnsigned(hash, slots);
    }

    /** Hash-table size for {@code n} entries (load factor about 0.7). */
    public static int slotsFor(int n) {
        return Math.max(8, (int) Math.min(Integer.MAX_VALUE - 8L, (long) Math.ceil(n / 0.7) + 1));
    }

    /** UTF-8 bytes of a string. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Grid cell index of a point. */
    public static int cell(double lat, double lon) {
        int row = (int) Math.floor((lat + 90) / GRID_DEG);
        int col = (int) Math.floor((lon + 180) / GRID_DEG);
        row = Math.max(0, Math.min(GRID_ROWS - 1, row));
        col = Math.floorMod(col, GRID_COLS);
        return row * GRID_COLS + col;
    }
}
