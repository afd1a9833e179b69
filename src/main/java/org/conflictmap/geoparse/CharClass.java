package org.conflictmap.geoparse;

/**
 * The {@link Character} properties the tokeniser asks about every char, precomputed for the whole Basic
 * Multilingual Plane (64 KB, built once): one array read instead of several Unicode table look-ups per
 * char. Answers exactly what the named {@link Character} methods answer for a {@code char}.
 */
final class CharClass {

    /** A token char: a letter or digit, a combining mark, or the modifier apostrophes ʼ ʻ. */
    static final int WORD = 1;
    /** {@link Character#isLetter(char)}. */
    static final int LETTER = 2;
    /** {@link Character#isUpperCase(char)} or {@link Character#isTitleCase(char)}. */
    static final int UPPER = 4;
    /** {@link Character#isLowerCase(char)}. */
    static final int LOWER = 8;
    /** {@link Character#isDigit(char)}. */
    static final int DIGIT = 16;
    /** A letter {@link LanguageDetector} counts for the Latin script. */
    static final int LATIN = 32;
    /** Not a {@link #WORD} char, but {@link LanguageDetector} counts it for a script (Arabic comma, Greek
     * question mark, ...): a char between tokens that language detection must see. */
    static final int SCRIPT_GAP = 64;

    private static final byte[] TABLE = build();

    private CharClass() {
    }

    /** The class bits of {@code c}. */
    static int of(char c) {
        return TABLE[c];
    }

    /** True when {@code c} has every bit of {@code bits}. */
    static boolean is(char c, int bits) {
        return (TABLE[c] & bits) == bits;
    }

    private static byte[] build() {
        byte[] t = new byte[0x10000];
        for (int c = 0; c < t.length; c++) {
            char ch = (char) c;
            int b = 0;
            if (isWordChar(ch)) {
                b |= WORD;
            }
            if (Character.isLetter(ch)) {
                b |= LETTER;
            }
            if (Character.isUpperCase(ch) || Character.isTitleCase(ch)) {
                b |= UPPER;
            }
            if (Character.isLowerCase(ch)) {
                b |= LOWER;
            }
            if (Character.isDigit(ch)) {
                b |= DIGIT;
            }
            int script = LanguageDetector.script(ch);
            if (script == LanguageDetector.LATIN_SCRIPT) {
                b |= LATIN;
            } else if (script != LanguageDetector.NONE && (b & WORD) == 0) {
                b |= SCRIPT_GAP;
            }
            t[c] = (byte) b;
        }
        return t;
    }

    /** The definition of {@link #WORD}. */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\u02BC' || c == '\u02BB';
    }
}
