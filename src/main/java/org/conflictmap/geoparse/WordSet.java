package org.conflictmap.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An immutable set of lower-case words that answers "is this region of a text one of the words?"
 * ignoring case, without allocating (open addressing over char-wise lower-cased hashes). A slot is one
 * {@code long} holding a word's hash, length and place in one shared char pool: a lookup reads one slot line and,
 * only when hash and length agree, the pool, instead of a String reference, the String and its bytes (the large
 * sets of common words are asked about most tokens, and each of those reads tended to miss the cache).
 */
public final class WordSet {

    private static final WordSet EMPTY = new WordSet(List.of());

    /** Bits of a slot's length. */
    private static final int LENGTH_BITS = 10;
    /** Longest word a set holds (a longer length would not fit its slot bits, with one value to spare). */
    static final int MAX_LENGTH = (1 << LENGTH_BITS) - 2;
    /** Most chars of all words together (the pool offset has 22 bits). */
    static final int MAX_CHARS = 1 << 22;
    /** The bits of a slot that tell which word it holds: its hash and length. */
    private static final long IDENTITY = 0xFFFF_FFFF_0000_0000L | (1 << LENGTH_BITS) - 1;

    /**
     * Per slot: the word's {@link #hash} (high 32 bits), its offset in {@link #pool} (bits 10-31) and its length
     * (bits 0-9, at least 1); 0 for an empty slot.
     */
    private final long[] slots;
    /** The chars of every word, lower-cased, one after the other. */
    private final char[] pool;
    /** The words, in the order added. */
    private final String[] words;
    private final int mask;
    private final int size;
    /** Bit n set when some word has n chars (n >= 63: bit 63). */
    private final long lengths;
    /** Bit c % 64 set when some word starts with the (lower-case) char c: most absent words fail here. */
    private final long firsts;
    /** Bit c % 64 set when some word ends with the char c. */
    private final long lasts;

    private WordSet(Collection<String> words) {
        int cap = 16;
        while (cap < words.size() * 3) {
            cap <<= 1;
        }
        slots = new long[cap];
        mask = cap - 1;
        List<String> lowered = new ArrayList<>(words.size());
        long lens = 0;
        long first = 0;
        long last = 0;
        long chars = 0;
        for (String w : words) {
            String lw = lower(w.strip());
            if (!lw.isEmpty()) {
                if (lw.length() > MAX_LENGTH) {
                    throw new IllegalArgumentException("word longer than " + MAX_LENGTH + " chars");
                }
                lowered.add(lw);
                chars += lw.length();
                lens |= 1L << Math.min(lw.length(), 63);
                first |= 1L << lw.charAt(0);
                last |= 1L << lw.charAt(lw.length() - 1);
            }
        }
        if (chars > MAX_CHARS) {
            throw new IllegalArgumentException("more than " + MAX_CHARS + " chars of words");
        }
        lengths = lens;
        firsts = first;
        lasts = last;
        pool = new char[(int) chars];
        List<String> kept = new ArrayList<>(lowered.size());
        int used = 0;
        for (String lw : lowered) {
            if (contains(lw, 0, lw.length())) {
                continue;
            }
            int full = hash(lw, 0, lw.length());
            int h = full & mask;
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            lw.getChars(0, lw.length(), pool, used);
            slots[h] = (long) full << 32 | (long) used << LENGTH_BITS | lw.length();
            used += lw.length();
            kept.add(lw);
        }
        this.words = kept.toArray(new String[0]);
        size = kept.size();
    }

    /** A set of the given words (lower-cased). */
    public static WordSet of(Collection<String> words) {
        return words.isEmpty() ? EMPTY : new WordSet(words);
    }

    /** The empty set. */
    public static WordSet empty() {
        return EMPTY;
    }

    /**
     * Reads a class-path resource of one word per line ('#' starts a comment); a missing resource gives the
     * empty set when {@code optional}, else an exception.
     */
    public static WordSet resource(String path, boolean optional) {
        return of(words(path, optional));
    }

    /**
     * The words of a class-path resource in file order ('#' starts a comment); a missing resource gives no
     * words when {@code optional}, else an exception.
     */
    static List<String> words(String path, boolean optional) {
        try (InputStream in = WordSet.class.getResourceAsStream(path)) {
            if (in == null) {
                if (optional) {
                    return List.of();
                }
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> words = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A set holding the words of both. */
    public WordSet union(WordSet other) {
        List<String> all = new ArrayList<>(size + other.size);
        all.addAll(List.of(words));
        all.addAll(List.of(other.words));
        return of(all);
    }

    /** The words (lower-cased), in no particular order. */
    List<String> words() {
        return new ArrayList<>(List.of(words));
    }

    /** Number of words. */
    public int size() {
        return size;
    }

    /** True when the whole of {@code s} is in the set, ignoring case. */
    public boolean contains(CharSequence s) {
        return contains(s, 0, s.length());
    }

    /** True when {@code s[from, to)} is in the set, ignoring case. */
    public boolean contains(CharSequence s, int from, int to) {
        int len = to - from;
        if ((lengths & 1L << Math.min(len, 63)) == 0 || (firsts & 1L << lowerChar(s.charAt(from))) == 0
                || (lasts & 1L << lowerChar(s.charAt(to - 1))) == 0) {
            return false;
        }
        int full = hash(s, from, to);
        // a length beyond MAX_LENGTH becomes one no slot holds, without a branch
        long want = (long) full << 32 | Math.min(len, MAX_LENGTH + 1);
        int h = full & mask;
        for (long x = slots[h]; x != 0; x = slots[h = (h + 1) & mask]) {
            if ((x & IDENTITY) == want && samePooled(x, s, from, len)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s[from, to)} is in the set, ignoring case. */
    public boolean contains(char[] s, int from, int to) {
        int len = to - from;
        if ((lengths & 1L << Math.min(len, 63)) == 0 || (firsts & 1L << lowerChar(s[from])) == 0
                || (lasts & 1L << lowerChar(s[to - 1])) == 0) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + lowerChar(s[k]);
        }
        int full = h ^ (h >>> 16);
        long want = (long) full << 32 | Math.min(len, MAX_LENGTH + 1);
        h = full & mask;
        for (long x = slots[h]; x != 0; x = slots[h = (h + 1) & mask]) {
            if ((x & IDENTITY) == want && samePooled(x, s, from, len)) {
                return true;
            }
        }
        return false;
    }

    /** True when the word of slot {@code x} (of {@code len} chars) is {@code s[from, from + len)} lower-cased. */
    private boolean samePooled(long x, char[] s, int from, int len) {
        int p = (int) x >>> LENGTH_BITS;
        for (int k = 0; k < len; k++) {
            if (pool[p + k] != lowerChar(s[from + k])) {
                return false;
            }
        }
        return true;
    }

    /** {@link #samePooled(long, char[], int, int)} of a char sequence. */
    private boolean samePooled(long x, CharSequence s, int from, int len) {
        int p = (int) x >>> LENGTH_BITS;
        for (int k = 0; k < len; k++) {
            if (pool[p + k] != lowerChar(s.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameLower(String w, CharSequence s, int from) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) != lowerChar(s.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + lowerChar(s.charAt(k));
        }
        return h ^ (h >>> 16);
    }

    /** {@link #foldChar} of every char, precomputed: one array read per char in the hot loops. */
    private static final char[] LOWER = lowerTable();

    private static char[] lowerTable() {
        char[] t = new char[0x10000];
        for (int c = 0; c < t.length; c++) {
            t[c] = foldChar((char) c);
        }
        return t;
    }

    /** The case folding of the set: {@link #foldChar}, from a table. */
    static char lowerChar(char c) {
        return LOWER[c];
    }

    /** The case folding of the set, by its definition. */
    static char foldChar(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= '\u0430' && c <= '\u044F') {
            return c; // Cyrillic small letters
        }
        if (c >= '\u0410' && c <= '\u042F') {
            return (char) (c + 0x20);
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            return c; // Arabic has no case
        }
        if (c == '\u2019') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    static String lower(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            b.append(lowerChar(w.charAt(k)));
        }
        return b.toString();
    }
}
