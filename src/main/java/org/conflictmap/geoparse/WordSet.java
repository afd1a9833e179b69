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
 * ignoring case, without allocating (open addressing over char-wise lower-cased hashes).
 */
public final class WordSet {

    private static final WordSet EMPTY = new WordSet(List.of());

    private final String[] table;
    /** The chars of each word of {@link #table} (null where it is null). */
    private final char[][] tableChars;
    /** The {@link #hash} of each word of {@link #table}: compared before the word's chars are read. */
    private final int[] hashes;
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
        table = new String[cap];
        tableChars = new char[cap][];
        hashes = new int[cap];
        mask = cap - 1;
        List<String> lowered = new ArrayList<>(words.size());
        long lens = 0;
        long first = 0;
        long last = 0;
        for (String w : words) {
            String lw = lower(w.strip());
            if (!lw.isEmpty()) {
                lowered.add(lw);
                lens |= 1L << Math.min(lw.length(), 63);
                first |= 1L << lw.charAt(0);
                last |= 1L << lw.charAt(lw.length() - 1);
            }
        }
        lengths = lens;
        firsts = first;
        lasts = last;
        int n = 0;
        for (String lw : lowered) {
            if (contains(lw, 0, lw.length())) {
                continue;
            }
            int full = hash(lw, 0, lw.length());
            int h = full & mask;
            while (table[h] != null) {
                h = (h + 1) & mask;
            }
            table[h] = lw;
            tableChars[h] = lw.toCharArray();
            hashes[h] = full;
            n++;
        }
        size = n;
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
        try (InputStream in = WordSet.class.getResourceAsStream(path)) {
            if (in == null) {
                if (optional) {
                    return EMPTY;
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
            return of(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A set holding the words of both. */
    public WordSet union(WordSet other) {
        List<String> all = new ArrayList<>(size + other.size);
        for (String s : table) {
            if (s != null) {
                all.add(s);
            }
        }
        for (String s : other.table) {
            if (s != null) {
                all.add(s);
            }
        }
        return of(all);
    }

    /** The words (lower-cased), in no particular order. */
    List<String> words() {
        List<String> all = new ArrayList<>(size);
        for (String s : table) {
            if (s != null) {
                all.add(s);
            }
        }
        return all;
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
        int h = full & mask;
        for (String w = table[h]; w != null; w = table[h = (h + 1) & mask]) {
            if (hashes[h] == full && w.length() == len && sameLower(w, s, from)) {
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
        h = full & mask;
        for (char[] w = tableChars[h]; w != null; w = tableChars[h = (h + 1) & mask]) {
            if (hashes[h] == full && w.length == len && sameLower(w, s, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLower(char[] w, char[] s, int from) {
        for (int k = 0; k < w.length; k++) {
            if (w[k] != lowerChar(s[from + k])) {
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
