package org.conflictmap.geoparse;

/**
 * A bounded memo from a text region (its exact chars) to its normalised key and the gazetteer's answers
 * about that key ({@link #KEY}, {@link #LONGER}, {@link #DEMONYM}), looked up without allocating: the
 * matcher asks the same questions about the same words in every document, and a hit costs one hash over
 * the chars instead of normalising them into a new String and probing the mapped gazetteer.
 * Direct-mapped: each region has one slot, and a new region evicts whatever held its slot, so frequent
 * words stay while the long tail of rare ones passes through. A slot is {@value #SLOT} longs in one array:
 * its hash, length and flags, then its chars packed four to a long (regions of up to {@value #WIDTH}
 * chars; longer ones are answered but not remembered), so that a lookup reads one or two adjacent cache
 * lines (most lookups hit, so a separate array of hashes would cost a hit a second line). A slot may also
 * remember whether its region is a word of one common-word set ({@link #common}). Answers never change, so
 * eviction only costs time. Not thread-safe: one per thread.
 */
final class TokenProbes {

    /** The key is a gazetteer key (valid with {@link #FULL}). */
    static final int KEY = 1;
    /** Some longer gazetteer key starts with the key and a space (valid with {@link #FULL}). */
    static final int LONGER = 2;
    /** The key is a demonym key (always valid). */
    static final int DEMONYM = 4;
    /** Every answer was asked; without it only {@link #DEMONYM} is known. */
    static final int FULL = 8;

    /** Longest region remembered, in chars. */
    static final int WIDTH = 20;
    private static final long PRESENT = 1L << 16;
    /** The meta bits that tell which region a slot holds: hash, PRESENT and length. */
    private static final long IDENTITY = 0xFFFF_FFFF_0001_FF00L;
    /** Longs per slot: the meta long and {@value #WIDTH} chars, four to a long. */
    private static final int SLOT = 1 + WIDTH / 4;
    /** Meta bits 17-20: the {@link #setId} whose common-word answer the slot holds (0: none). */
    private static final int SET_SHIFT = 17;
    private static final long SET_BITS = 0xFL << SET_SHIFT;
    /** Meta bit 21: the region is a word of that set. */
    private static final long COMMON = 1L << 21;
    /** Word sets that get an id (1 to 15, in the four meta bits). */
    private static final int MAX_SETS = 15;

    /**
     * {@link #SLOT} longs per slot: hash (high 32 bits), the common-word answer (bits 17-21), PRESENT, length
     * (bits 8-15), flags (bits 0-7); then the chars, char k at bits 16 * (k % 4) of long 1 + k / 4, zero after
     * the last. One more slot for long regions (meta only), and one never written ({@link #none}).
     */
    private final long[] table;
    private final String[] keys;
    /** The word sets given ids by {@link #setId}: set k has id k + 1. */
    private final Object[] sets = new Object[MAX_SETS];
    private final int mask;
    private int size;

    /** A memo of {@code capacity} slots (rounded up to a power of two; at least 16). */
    TokenProbes(int capacity) {
        int cap = 16;
        while (cap < capacity) {
            cap <<= 1;
        }
        table = new long[(cap + 2) * SLOT];
        keys = new String[cap + 2];
        mask = cap - 1;
    }

    /** The slot holding {@code text[s, e)}, or -1. */
    int find(char[] text, int s, int e) {
        return find(text, s, e, hash(text, s, e));
    }

    /**
     * The slot holding {@code text[s, e)}, or -1, given the region's {@link #hash}: the same chars must
     * always come with the same hash, and {@link #mix} of any 32-bit hash of them will do.
     */
    int find(char[] text, int s, int e, int h) {
        int len = e - s;
        if (len > WIDTH) {
            return -1;
        }
        int i = h & mask;
        int base = i * SLOT;
        // hash, PRESENT and length in one comparison: a slot of another region usually differs in its hash, and
        // the rare other differences (same hash, other length) then take the same, well-trodden branch instead
        // of one the compiler has never seen taken, which would trap and recompile the matcher that inlines this
        if ((table[base] & IDENTITY) != ((long) h << 32 | PRESENT | (long) len << 8)) {
            return -1;
        }
        int w = base + 1;
        int k = s;
        long diff = 0;
        for (; k + 4 <= e; k += 4, w++) {
            diff |= table[w] ^ (text[k] | (long) text[k + 1] << 16 | (long) text[k + 2] << 32 | (long) text[k + 3] << 48);
        }
        if (k < e) {
            diff |= table[w] ^ tail(text, k, e);
        }
        // i when every char matched, else -1, without a branch: other chars under the same hash and length are
        // too rare to be seen before compilation, and a branch for them would trap when they came
        return i | (int) ((diff | -diff) >> 63);
    }

    /**
     * Remembers {@code text[s, e)} with its key and flags (0-255), evicting what held its slot; returns the
     * slot, which answers {@link #key} and {@link #flags} until the next {@code put}.
     */
    int put(char[] text, int s, int e, String key, int probeFlags) {
        return put(text, s, e, hash(text, s, e), key, probeFlags);
    }

    /** {@link #put(char[], int, int, String, int)} with the hash {@link #find(char[], int, int, int)} was given. */
    int put(char[] text, int s, int e, int h, String key, int probeFlags) {
        int len = e - s;
        int i = len > WIDTH ? mask + 1 : h & mask;
        int base = i * SLOT;
        if (i <= mask) {
            if ((table[base] & PRESENT) == 0) {
                size++;
            }
            int w = base + 1;
            for (int k = s; k < e; k += 4, w++) {
                table[w] = tail(text, k, Math.min(k + 4, e));
            }
        }
        table[base] = (long) h << 32 | PRESENT | (long) len << 8 | (probeFlags & 0xFF);
        keys[i] = key;
        return i;
    }

    /** Up to four chars {@code text[k, e)} packed into a long, zeros after the last. */
    private static long tail(char[] text, int k, int e) {
        long v = 0;
        for (int x = 0; k + x < e; x++) {
            v |= (long) text[k + x] << (16 * x);
        }
        return v;
    }

    /** A slot that is never written: no flags, no key (for a region the caller knows to be no key). */
    int none() {
        return mask + 2;
    }

    /** The normalised key remembered in a slot (null where the caller put none). */
    String key(int slot) {
        return keys[slot];
    }

    /** The flags remembered in a slot. */
    int flags(int slot) {
        return (int) (table[slot * SLOT] & 0xFF);
    }

    /**
     * The id under which {@link #common} remembers answers of {@code set} (compared by identity): 1 to
     * {@value #MAX_SETS}, or 0 once that many other sets have ids (answers of the set are then not remembered).
     */
    int setId(Object set) {
        for (int k = 0; k < MAX_SETS; k++) {
            if (sets[k] == set) {
                return k + 1;
            }
            if (sets[k] == null) {
                sets[k] = set;
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the region of {@code slot} is a word of the set with id {@code setId}: 1 yes, 0 no, -1 not
     * remembered (then ask the set and {@link #rememberCommon}).
     */
    int common(int slot, int setId) {
        long m = table[slot * SLOT];
        if (setId == 0 || (int) ((m & SET_BITS) >>> SET_SHIFT) != setId) {
            return -1;
        }
        return (m & COMMON) != 0 ? 1 : 0;
    }

    /** Remembers in {@code slot} (until it is put again) whether its region is a word of set {@code setId}. */
    void rememberCommon(int slot, int setId, boolean common) {
        if (slot <= mask && setId != 0) { // not the long-region slot, which no find returns, nor none()
            int base = slot * SLOT;
            table[base] = table[base] & ~(SET_BITS | COMMON) | (long) setId << SET_SHIFT | (common ? COMMON : 0);
        }
    }

    /** Number of slots in use. */
    int size() {
        return size;
    }

    /** Number of slots. */
    int capacity() {
        return mask + 1;
    }

    /** A hash of the exact chars of {@code text[s, e)}. */
    static int hash(char[] text, int s, int e) {
        int h = 0;
        for (int k = s; k < e; k++) {
            h = 31 * h + text[k];
        }
        return mix(h);
    }

    /** Spreads a polynomial hash of a region's chars over the slot bits. */
    static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 9);
    }
}
