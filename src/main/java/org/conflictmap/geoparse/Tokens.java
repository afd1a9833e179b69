package org.conflictmap.geoparse;

import java.util.Arrays;

/**
 * The tokens of one text as two parallel {@code long} arrays (no object per token): a token's offsets in one
 * entry, its shape flags and its key hash in the other, so that the tokeniser stores two words per token and a reader of both halves loads one.
 * Filled by {@link Tokenizer}; one instance per text (not shared between threads).
 */
public final class Tokens {

    /** First letter is upper case (cased scripts). */
    public static final int CAP = 1;
    /** Every letter is upper case and there are at least two letters. */
    public static final int ALL_CAPS = 1 << 1;
    /** First letter is lower case (cased scripts). */
    public static final int LOWER = 1 << 2;
    /** Letters of a script without case (Arabic, Hebrew, CJK, ...). */
    public static final int UNCASED = 1 << 3;
    /** Contains a digit. */
    public static final int DIGIT = 1 << 4;
    /** An elided article or preposition before an apostrophe: French l', d', qu', jusqu'. */
    public static final int ELISION = 1 << 5;
    /** First token of a sentence (or of a heading/paragraph). */
    public static final int SENT_START = 1 << 6;
    /** Dotted abbreviation kept as one token: U.S., W.Va., B.C. */
    public static final int DOTTED = 1 << 7;
    /** Arabic script. */
    public static final int ARABIC = 1 << 8;
    /** Cyrillic script. */
    public static final int CYRILLIC = 1 << 9;
    /** {@link #keyHash} holds the hash of the token's key (else ask {@link MatchKeys#keyHash}). */
    static final int KEY_HASH = 1 << 10;
    /** Every char is a letter that {@link LanguageDetector} counts for the Latin script (not a dotted
     * abbreviation): the token is one letter run. */
    static final int LATIN_WORD = 1 << 11;
    /** Every char counts for one script in {@link LanguageDetector}: Latin letters, Cyrillic (without the
     * letters only Ukrainian has) or Arabic. */
    static final int ONE_SCRIPT = 1 << 12;

    private String text;
    private char[] chars;
    /** Per token: its start (low half) and end (high half). */
    private long[] span;
    /** Per token: its flags (low half) and its key hash (high half, when it has {@link #KEY_HASH}). */
    private long[] meta;
    private int size;
    /** Offset of the first char outside the tokens that {@link CharClass#SCRIPT_GAP} marks; MAX_VALUE if none. */
    private int scriptGap = Integer.MAX_VALUE;

    /** Tokens of {@code text}, whose chars {@code chars} holds from index 0 (not copied, not changed). */
    Tokens(String text, char[] chars, int capacity) {
        this.text = text;
        this.chars = chars;
        int cap = Math.max(1, capacity);
        span = new long[cap];
        meta = new long[cap];
    }

    /**
     * Adds a token, growing the arrays when they are full; {@code hash} is its key's hash when {@code f} has
     * {@link #KEY_HASH}. ({@link Tokenizer} writes its tokens straight into arrays it sized in advance.)
     */
    void add(int s, int e, int f, int hash) {
        if (size == span.length) {
            span = Arrays.copyOf(span, size * 2);
            meta = Arrays.copyOf(meta, size * 2);
        }
        span[size] = span(s, e);
        meta[size] = meta(f, hash);
        size++;
    }

    /** The {@link #spans()} entry of a token from {@code s} to {@code e}. */
    static long span(int s, int e) {
        return s & 0xFFFFFFFFL | (long) e << 32;
    }

    /** The {@link #metas()} entry of a token with flags {@code f} and key hash {@code hash}. */
    static long meta(int f, int hash) {
        return f & 0xFFFFFFFFL | (long) hash << 32;
    }

    /** The array of {@link #span} entries, for the tokeniser to fill (room for {@link #capacity()} tokens). */
    long[] spans() {
        return span;
    }

    /** The array of {@link #meta} entries, for the tokeniser to fill. */
    long[] metas() {
        return meta;
    }

    /** Ends filling: the arrays hold {@code n} tokens, and {@code gap} is the {@link #scriptGap()}. */
    void filled(int n, int gap) {
        size = n;
        scriptGap = gap;
    }

    /**
     * Empties these tokens for {@code text}, whose chars {@code chars} holds from index 0 (it may be longer),
     * keeping the arrays: a thread that tokenises text after text reuses one instance.
     */
    void reset(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        size = 0;
        scriptGap = Integer.MAX_VALUE;
    }

    /** The number of tokens the arrays hold without growing. */
    int capacity() {
        return span.length;
    }

    /**
     * Offset of the first char between tokens that {@link LanguageDetector} counts for a script (an Arabic
     * comma, a Greek question mark), {@link Integer#MAX_VALUE} when there is none: before it, the tokens
     * hold every char that counts.
     */
    int scriptGap() {
        return scriptGap;
    }

    /** The text the tokens point into. */
    public String text() {
        return text;
    }

    /**
     * The chars of {@link #text()} (shared, do not change): loops over a {@code char[]} compile to the
     * same code for every text, while {@code String.charAt} depends on how the string stores its chars.
     */
    char[] chars() {
        return chars;
    }

    /** Number of tokens. */
    public int size() {
        return size;
    }

    /** Offset of the first char of token {@code i}. */
    public int start(int i) {
        return (int) span[i];
    }

    /** Offset after the last char of token {@code i}. */
    public int end(int i) {
        return (int) (span[i] >>> 32);
    }

    /** Shape flags of token {@code i} (see the constants). */
    public int flags(int i) {
        return (int) meta[i];
    }

    /** True when token {@code i} has every flag in {@code mask}. */
    public boolean is(int i, int mask) {
        return ((int) meta[i] & mask) == mask;
    }

    /**
     * True when token {@code i} and {@code i + 1} may belong to one name (space, hyphen, apostrophe between).
     * Read from the chars between them when asked, not stored by the tokeniser: only a window that a longer key
     * continues, and the filters around a mention, ask, far fewer times than there are tokens.
     */
    public boolean joinsNext(int i) {
        if (i + 1 >= size) {
            return false;
        }
        int end = end(i);
        int next = start(i + 1);
        return next == end + 1 && chars[end] == ' ' || Tokenizer.joinable(chars, end, next, flags(i), length(i));
    }

    /**
     * {@link MatchKeys#keyHash} of token {@code i}: the hash of its gazetteer key (0 to 2^32-1), or -1 when
     * only the key itself tells.
     */
    long keyHash(int i) {
        long m = meta[i];
        return (m & KEY_HASH) != 0 ? m >>> 32 : MatchKeys.keyHash(chars, start(i), end(i));
    }

    /** Length in chars of token {@code i}. */
    public int length(int i) {
        long x = span[i];
        return (int) (x >>> 32) - (int) x;
    }

    /** The chars of token {@code i} as a new String (allocates: for filters, not for the hot loop). */
    public String surface(int i) {
        return text.substring(start(i), end(i));
    }

    /** True when token {@code i} equals {@code word} ignoring case (no allocation). */
    public boolean equalsIgnoreCase(int i, String word) {
        return length(i) == word.length() && text.regionMatches(true, start(i), word, 0, word.length());
    }
}
