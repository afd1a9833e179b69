package org.conflictmap.geoparse;

import java.util.Arrays;

/**
 * The tokens of one text as parallel primitive arrays (no object per token): offsets, shape flags and
 * whether a token may be joined with the next one inside a multi-word name. Filled by {@link Tokenizer};
 * one instance per text (not shared between threads).
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
    private int[] start;
    private int[] end;
    private int[] flags;
    private int[] keyHash;
    private boolean[] joinNext;
    private int size;
    /** Offset of the first char outside the tokens that {@link CharClass#SCRIPT_GAP} marks; MAX_VALUE if none. */
    private int scriptGap = Integer.MAX_VALUE;

    Tokens(String text) {
        this(text, text.toCharArray(), 64);
    }

    /** Tokens of {@code text}, whose chars {@code chars} holds from index 0 (not copied, not changed). */
    Tokens(String text, char[] chars, int capacity) {
        this.text = text;
        this.chars = chars;
        int cap = Math.max(1, capacity);
        start = new int[cap];
        end = new int[cap];
        flags = new int[cap];
        keyHash = new int[cap];
        joinNext = new boolean[cap];
    }

    /** Adds a token; {@code hash} is its key's hash when {@code f} has {@link #KEY_HASH}. */
    void add(int s, int e, int f, int hash) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            flags = Arrays.copyOf(flags, n);
            keyHash = Arrays.copyOf(keyHash, n);
            joinNext = Arrays.copyOf(joinNext, n);
        }
        start[size] = s;
        end[size] = e;
        flags[size] = f;
        keyHash[size] = hash;
        joinNext[size] = false;
        size++;
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
        return start.length;
    }

    void setScriptGap(int offset) {
        scriptGap = offset;
    }

    /**
     * Offset of the first char between tokens that {@link LanguageDetector} counts for a script (an Arabic
     * comma, a Greek question mark), {@link Integer#MAX_VALUE} when there is none: before it, the tokens
     * hold every char that counts.
     */
    int scriptGap() {
        return scriptGap;
    }

    void setJoinNext(int i, boolean join) {
        joinNext[i] = join;
    }

    void addFlag(int i, int flag) {
        flags[i] |= flag;
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
        return start[i];
    }

    /** Offset after the last char of token {@code i}. */
    public int end(int i) {
        return end[i];
    }

    /** Shape flags of token {@code i} (see the constants). */
    public int flags(int i) {
        return flags[i];
    }

    /** True when token {@code i} has every flag in {@code mask}. */
    public boolean is(int i, int mask) {
        return (flags[i] & mask) == mask;
    }

    /** True when token {@code i} and {@code i + 1} may belong to one name (space, hyphen, apostrophe between). */
    public boolean joinsNext(int i) {
        return joinNext[i];
    }

    /**
     * {@link MatchKeys#keyHash} of token {@code i}: the hash of its gazetteer key (0 to 2^32-1), or -1 when
     * only the key itself tells.
     */
    long keyHash(int i) {
        return (flags[i] & KEY_HASH) != 0 ? keyHash[i] & 0xFFFFFFFFL : MatchKeys.keyHash(chars, start[i], end[i]);
    }

    /** Length in chars of token {@code i}. */
    public int length(int i) {
        return end[i] - start[i];
    }

    /** The chars of token {@code i} as a new String (allocates: for filters, not for the hot loop). */
    public String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** True when token {@code i} equals {@code word} ignoring case (no allocation). */
    public boolean equalsIgnoreCase(int i, String word) {
        return length(i) == word.length() && text.regionMatches(true, start[i], word, 0, word.length());
    }
}
