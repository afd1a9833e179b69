package org.conflictmap.geoparse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictmap.gazetteer.Place;

/**
 * The geoparse output line: {@code {"id","lang","toponyms":[{"start","end","surface","kind","geonameid",
 * "name","country","admin1","feature","lat","lon","confidence","alternatives"}]}} or, for a record that
 * could not be read, {@code {"id","line"?,"error"}}. Project-assigned (negative) ids are written as a null geonameid.
 * Written straight as UTF-8 bytes (no generator object, no writer, no String to encode afterwards), byte for
 * byte what Jackson's default generator writes and {@link String#getBytes} encodes: compact, non-ASCII as is,
 * control characters, quote and backslash escaped, an unpaired surrogate as '?'. Deterministic: the same
 * result always gives the same bytes.
 */
public final class GeoparseJson {

    private static final String[] KIND_NAMES = kindNames();
    /** Alternatives a mention may have without the output making an array for them (the resolver gives 4). */
    private static final int ALTERNATIVES_ROOM = 8;
    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[] LANG = ascii(",\"lang\":");
    private static final byte[] TOPONYMS = ascii(",\"toponyms\":[");
    private static final byte[] START = ascii("{\"start\":");
    private static final byte[] END = ascii(",\"end\":");
    private static final byte[] SURFACE = ascii(",\"surface\":");
    private static final byte[] KIND = ascii(",\"kind\":");
    private static final byte[] CONFIDENCE = ascii(",\"confidence\":");
    private static final byte[] ALTERNATIVES = ascii(",\"alternatives\":[");
    private static final byte[] CLOSE_LINE = ascii("]}");
    private static final byte[] ERROR = ascii(",\"error\":");
    private static final byte[] LINE = ascii(",\"line\":");
    private static final byte[] GEONAMEID = ascii("\"geonameid\":");
    private static final byte[] NULL = ascii("null");
    private static final byte[] NAME = ascii(",\"name\":");
    private static final byte[] COUNTRY = ascii(",\"country\":");
    private static final byte[] ADMIN1 = ascii(",\"admin1\":");
    private static final byte[] FEATURE = ascii(",\"feature\":\"");
    private static final byte[] LAT = ascii(",\"lat\":");
    private static final byte[] LON = ascii(",\"lon\":");
    private static final byte[] OPEN = ascii("{");
    private static final byte[] COMMA_OPEN = ascii(",{");
    private static final byte[] NULL_PLACE = ascii("\"geonameid\":null,\"name\":null,\"country\":null,\"admin1\":null,"
            + "\"feature\":null,\"lat\":null,\"lon\":null");

    private GeoparseJson() {
    }

    /** One output line (without the line break) for a parsed document, as UTF-8. */
    public static byte[] line(String id, GeoparseResult result) {
        return line(id, result, null);
    }

    /**
     * {@link #line(String, GeoparseResult)}, taking the encoded places from {@code places} (null: none):
     * the same bytes, without formatting again the places that come back line after line.
     */
    public static byte[] line(String id, GeoparseResult result, PlaceCache places) {
        JsonBuffer b = new JsonBuffer(capacity(id, result.mentions()));
        line(b, id, result, places, null, new Place[ALTERNATIVES_ROOM]);
        return b.bytes();
    }

    /**
     * Writes the line into {@code b}; {@code alts} is room for a mention's alternatives, and {@code tails}
     * (null: none yet) is where the offsets of the mentions' tails
     * go, returned (grown if needed) for the next line.
     */
    private static int[] line(JsonBuffer b, String id, GeoparseResult result, PlaceCache places, int[] tails,
                              Place[] alts) {
        List<Mention> mentions = result.mentions();
        b.raw(ID);
        string(b, id);
        b.raw(LANG);
        string(b, result.lang());
        b.raw(TOPONYMS);
        int n = mentions.size();
        // the members from "kind" on are those of an earlier mention of the same resolved name: copied. The
        // offsets of mention i's tail are at 2i and 2i + 1
        if (tails == null || tails.length < 2 * n) {
            tails = new int[Math.max(2 * n, 64)];
        }
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            if (i > 0) {
                b.put(',');
            }
            b.raw(START);
            b.number(m.start());
            b.raw(END);
            b.number(m.end());
            b.raw(SURFACE);
            string(b, m.surface());
            tails[2 * i] = b.size();
            int same = sameTail(mentions, i);
            if (same >= 0) {
                b.copy(tails[2 * same], tails[2 * same + 1]);
                tails[2 * i + 1] = b.size();
                continue;
            }
            tail(b, m, places, alts);
            tails[2 * i + 1] = b.size();
        }
        b.raw(CLOSE_LINE);
        return tails;
    }

    /**
     * The members of a mention from "kind" on, and its closing brace: a method of its own, so that it and the
     * loop over the mentions compile as two smaller units.
     */
    private static void tail(JsonBuffer b, Mention m, PlaceCache places, Place[] room) {
        b.raw(KIND);
        string(b, KIND_NAMES[m.kind().ordinal()]);
        b.put(',');
        place(b, m.place(), places);
        b.raw(CONFIDENCE);
        fixed(b, m.confidence(), 1000);
        if (!m.alternatives().isEmpty()) {
            // an array: the immutable lists come in two classes, and a loop over them compiles to
            // code that deoptimises whenever the other one shows up. Copied into the caller's room when
            // they fit, so that no mention makes an array
            int na = m.alternatives().size();
            Place[] alts = m.alternatives().toArray(room);
            b.raw(ALTERNATIVES);
            for (int k = 0; k < na; k++) {
                b.raw(k == 0 ? OPEN : COMMA_OPEN);
                place(b, alts[k], places);
                b.put('}');
            }
            b.put(']');
        }
        b.put('}');
    }

    /**
     * A recent earlier mention with the same kind, place, confidence and alternatives (the same objects, as the
     * mentions of one resolved name share them), or -1.
     */
    private static int sameTail(List<Mention> mentions, int i) {
        Mention m = mentions.get(i);
        for (int j = i - 1; j >= 0 && j >= i - 32; j--) {
            Mention o = mentions.get(j);
            if (o.place() == m.place() && o.alternatives() == m.alternatives() && o.kind() == m.kind()
                    && Double.compare(o.confidence(), m.confidence()) == 0) {
                return j;
            }
        }
        return -1;
    }

    /** A little more than the line's length in chars (non-ASCII text needs more bytes: the buffer grows). */
    private static int capacity(String id, List<Mention> mentions) {
        long n = 48 + (id == null ? 4 : id.length());
        for (Mention m : mentions) {
            n += 112 + m.surface().length() + place(m.place()) + 16;
            for (Place p : m.alternatives()) {
                n += place(p) + 4;
            }
        }
        return (int) Math.min(n + 16, Integer.MAX_VALUE - 16);
    }

    private static int place(Place p) {
        return p == null ? 100 : 120 + p.name().length() + p.admin1().length() + p.featureCode().length();
    }

    /**
     * One output line for a record that failed, as UTF-8: {@code {"id","line"?,"error"}}, where {@code line} is
     * the record's 1-based line in its input file, left out when not known ({@code line <= 0}).
     */
    public static byte[] errorLine(String id, long line, String error) {
        JsonBuffer b = new JsonBuffer(48 + (error == null ? 4 : error.length()) + (id == null ? 4 : id.length()));
        errorLine(b, id, line, error);
        return b.bytes();
    }

    private static void errorLine(JsonBuffer b, String id, long line, String error) {
        b.raw(ID);
        string(b, id);
        if (line > 0) {
            b.raw(LINE);
            b.number(line);
        }
        b.raw(ERROR);
        string(b, error);
        b.put('}');
    }

    /**
     * Output lines written one after the other into one buffer, kept from batch to batch: the bytes of
     * {@link #line(String, GeoparseResult, PlaceCache)} and {@link #errorLine}, each followed by a line break,
     * without a buffer and a copy per line. Not thread-safe: one per thread.
     */
    public static final class Lines {
        /** A buffer grown larger than this (by a huge document) is not kept for the next batch. */
        private static final int KEPT = 1 << 22;
        private final PlaceCache places;
        private JsonBuffer b = new JsonBuffer(1 << 16);
        /** The tail offsets of the last line's mentions, reused ({@link #line(JsonBuffer, String, GeoparseResult, PlaceCache, int[])}). */
        private int[] tails;
        /** Room for one mention's alternatives. */
        private final Place[] alts = new Place[ALTERNATIVES_ROOM];

        /** Lines whose places come from {@code places} (null: none). */
        public Lines(PlaceCache places) {
            this.places = places;
        }

        /** Appends the line of a parsed document. */
        public void add(String id, GeoparseResult result) {
            int mark = b.size();
            try {
                tails = line(b, id, result, places, tails, alts);
                b.put('\n');
            } catch (RuntimeException | Error e) {
                b.truncate(mark);
                throw e;
            }
        }

        /** Appends the line of a record that failed ({@link GeoparseJson#errorLine}). */
        public void addError(String id, long line, String error) {
            errorLine(b, id, line, error);
            b.put('\n');
        }

        /** The lines appended since the last call, and a fresh start. */
        public byte[] take() {
            byte[] out = b.bytes();
            if (b.capacity() > KEPT) {
                b = new JsonBuffer(1 << 16);
            } else {
                b.truncate(0);
            }
            return out;
        }
    }

    /**
     * {@code v} rounded to {@code digits} decimals, as JSON number text without trailing zeros
     * ("55.75222", "0.5", "-98.5", "1").
     */
    static String fixed(double v, int digits) {
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        JsonBuffer b = new JsonBuffer(16);
        fixed(b, v, scale);
        return new String(b.bytes(), StandardCharsets.US_ASCII);
    }

    /** Appends {@code v} rounded to 1/{@code scale} (a power of ten), without trailing zeros. */
    private static void fixed(JsonBuffer b, double v, long scale) {
        if (!Double.isFinite(v)) {
            b.put('0');
            return;
        }
        long n = Math.round(Math.abs(v) * scale);
        if (n == 0) {
            b.put('0');
            return;
        }
        if (v < 0) {
            b.put('-');
        }
        b.number(n / scale);
        long frac = n % scale;
        if (frac == 0) {
            return;
        }
        b.put('.');
        // leading zeros of the fraction, then its digits without the trailing zeros
        for (long d = scale / 10; d > frac; d /= 10) {
            b.put('0');
        }
        while (frac % 10 == 0) {
            frac /= 10;
        }
        b.number(frac);
    }

    private static void place(JsonBuffer b, Place p, PlaceCache places) {
        if (p == null) {
            b.raw(NULL_PLACE);
        } else if (places == null) {
            place(b, p);
        } else {
            places.write(b, p);
        }
    }

    private static void place(JsonBuffer b, Place p) {
        b.raw(GEONAMEID);
        if (p.id() > 0) {
            b.number(p.id());
        } else {
            b.raw(NULL);
        }
        b.raw(NAME);
        string(b, p.name());
        b.raw(COUNTRY);
        string(b, p.country());
        b.raw(ADMIN1);
        string(b, p.admin1());
        b.raw(FEATURE);
        b.body(p.featureClass());
        b.put('.');
        b.body(p.featureCode());
        b.put('"');
        b.raw(LAT);
        fixed(b, p.lat(), 100_000);
        b.raw(LON);
        fixed(b, p.lon(), 100_000);
    }

    /** A JSON string (or null): quote, backslash and control characters escaped as Jackson does. */
    private static void string(JsonBuffer b, String s) {
        if (s == null) {
            b.raw(NULL);
            return;
        }
        b.put('"');
        b.body(s);
        b.put('"');
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String[] kindNames() {
        MentionKind[] kinds = MentionKind.values();
        String[] names = new String[kinds.length];
        for (MentionKind k : kinds) {
            names[k.ordinal()] = k.jsonName();
        }
        return names;
    }

    /**
     * The encoded members of places ({@code "geonameid"} to {@code "lon"}), kept for the places that come
     * back in line after line. Bounded: once it holds its maximum, new places are encoded but not kept.
     * Thread-safe.
     */
    public static final class PlaceCache {
        /** The first table's size: a few hundred places fill it (a table sized for all would spread them thin). */
        private static final int FIRST = 1 << 10;
        /**
         * Entries by id, two slots per id (an adjacent pair, one cache line), each serving only a place equal
         * to its own: an array instead of a map, so that a lookup boxes no id and follows no node. An entry is
         * written once into an empty slot and never replaced; a thread that misses a racing write, or a write
         * into a table being replaced, encodes the place once more (the record's final fields make a published
         * entry complete for every thread). The table doubles when a quarter of it is used, up to {@link #last}.
         */
        private volatile Encoded[] slots = new Encoded[FIRST];
        private final int last;
        private final int max;
        private final AtomicInteger size = new AtomicInteger();

        private record Encoded(Place place, byte[] bytes) {
        }

        /** A cache of at most {@code max} places. */
        public PlaceCache(int max) {
            this.max = max;
            int n = FIRST;
            while (n < (1 << 30) && n < 4L * max) {
                n <<= 1;
            }
            last = n;
        }

        /** The encoded members of {@code p}. */
        byte[] of(Place p) {
            JsonBuffer b = new JsonBuffer(place(p));
            write(b, p);
            return b.bytes();
        }

        /** Appends the encoded members of {@code p} to {@code b}. */
        void write(JsonBuffer b, Place p) {
            Encoded[] t = slots;
            int s = pair(t, p.id());
            Encoded e = t[s];
            if (e != null && (e.place == p || e.place.equals(p))) {
                b.raw(e.bytes);
                return;
            }
            Encoded e2 = t[s + 1];
            if (e2 != null && (e2.place == p || e2.place.equals(p))) {
                b.raw(e2.bytes);
                return;
            }
            encode(b, p, t, e == null ? s : e2 == null ? s + 1 : -1);
        }

        /** The first slot of the pair of {@code id} in {@code t} (even; ids in arithmetic steps spread too). */
        private static int pair(Encoded[] t, long id) {
            long h = (id ^ id >>> 33) * 0xFF51AFD7ED558CCDL;
            h = (h ^ h >>> 33) * 0xC4CEB9FE1A85EC53L;
            return (int) (h >>> (64 - Integer.numberOfTrailingZeros(t.length))) & ~1;
        }

        /**
         * Encodes {@code p} straight into {@code b} (a place the cache does not keep costs no buffer of its own)
         * and keeps a copy in {@code slot} of {@code t} (-1: none free) while the cache has room.
         */
        private void encode(JsonBuffer b, Place p, Encoded[] t, int slot) {
            int from = b.size();
            place(b, p);
            if (slot >= 0 && size.get() < max) {
                int n = size.incrementAndGet();
                if (n <= max) {
                    t[slot] = new Encoded(p, b.bytes(from, b.size()));
                    if (n > t.length / 4 && t.length < last) {
                        grow(t);
                    }
                }
            }
        }

        /** Replaces {@code t} (unless another thread did) by a table twice its size holding its entries. */
        private synchronized void grow(Encoded[] t) {
            if (slots != t) {
                return;
            }
            Encoded[] u = new Encoded[t.length * 2];
            for (Encoded e : t) {
                if (e != null) {
                    int s = pair(u, e.place.id());
                    if (u[s] == null) {
                        u[s] = e;
                    } else if (u[s + 1] == null) {
                        u[s + 1] = e;
                    }
                }
            }
            slots = u;
        }

        /** The number of places kept (at most the maximum). */
        int size() {
            int n = 0;
            for (Encoded e : slots) {
                n += e == null ? 0 : 1;
            }
            return n;
        }
    }
}
