package org.conflictmap.geoparse;

import org.conflictmap.gazetteer.NameNormalizer;

/**
 * Gazetteer keys of token windows, built without the normaliser where it can be avoided: a window's key, the
 * key grown by one token, and the key's hash without the key. Each equals what {@link NameNormalizer} makes of
 * the same text. Stateless.
 */
final class MatchKeys {

    private MatchKeys() {
    }

    /**
     * {@code keyOf(text, s, e).hashCode()} without building the key (0 to 2^32-1), or -1 when
     * {@link #keyOf} would call the normaliser (then only the key itself tells).
     */
    static long keyHash(char[] text, int s, int e) {
        int h = 0;
        for (int k = s; k < e; k++) {
            char c = text[k];
            char kc = KEY_CHARS[c]; // one table read for the letters and digits whose key is one char
            if (kc != 0) {
                h = 31 * h + kc;
            } else if (c >= 0x80 && LETTER_KEYS[c] != null) {
                String lk = LETTER_KEYS[c];
                for (int x = 0; x < lk.length(); x++) {
                    h = 31 * h + lk.charAt(x);
                }
            } else {
                return -1;
            }
        }
        return h & 0xFFFFFFFFL;
    }

    /**
     * The key of the window grown by token {@code j}: equal to normalising the whole window text, built
     * from the previous key (separators become one space; dots alone vanish; a leading elided "l", "d",
     * "qu" is dropped as {@link NameNormalizer} does).
     */
    static String extend(Tokens t, String key, String firstKey, int j, int i) {
        String tk = keyOf(t.chars(), t.start(j), t.end(j));
        if (tk.isEmpty()) {
            return key;
        }
        return switch (joint(t, firstKey, j, i)) {
            case AFTER_ELISION -> tk;
            case DOTS -> join(key, "", tk);
            default -> join(key, " ", tk);
        };
    }

    /**
     * {@code extend(t, key, firstKey, j, i).hashCode()} without building the key (0 to 2^32-1), or -1 when token
     * {@code j} is empty or has a char whose key is not one char (then only the key itself tells).
     */
    static long extendedHash(Tokens t, String key, String firstKey, int j, int i) {
        char[] text = t.chars();
        int s = t.start(j);
        int e = t.end(j);
        int h = 0;
        int pow = 1;
        for (int k = s; k < e; k++) {
            char c = keyChar(text[k]);
            if (c == 0) {
                return -1;
            }
            h = 31 * h + c;
            pow *= 31;
        }
        if (s == e) {
            return -1;
        }
        return switch (joint(t, firstKey, j, i)) {
            case AFTER_ELISION -> h & 0xFFFFFFFFL;
            case DOTS -> (key.hashCode() * pow + h) & 0xFFFFFFFFL;
            default -> (key.hashCode() * 31 * pow + ' ' * pow + h) & 0xFFFFFFFFL;
        };
    }

    /** Token {@code j}'s key replaces the window's: the window is an elided "l", "d" or "qu" ({@link #joint}). */
    private static final int AFTER_ELISION = 0;
    /** Token {@code j}'s key follows the window's directly: only dots lie between them. */
    private static final int DOTS = 1;
    /** Token {@code j}'s key follows the window's after a space. */
    private static final int SPACE = 2;

    /** How the key of token {@code j} joins the key of the window {@code [i, j)}: one of the three above. */
    private static int joint(Tokens t, String firstKey, int j, int i) {
        if (j == i + 1 && ("l".equals(firstKey) || "d".equals(firstKey) || "qu".equals(firstKey))) {
            return AFTER_ELISION;
        }
        char[] text = t.chars();
        for (int k = t.end(j - 1); k < t.start(j); k++) {
            if (text[k] != '.') {
                return SPACE;
            }
        }
        return DOTS;
    }

    /**
     * What {@link NameNormalizer} makes of each single non-ASCII letter or digit (null for other chars):
     * letters are normalised independently of their neighbours, so a token of letters is the concatenation.
     */
    private static final String[] LETTER_KEYS = new String[0x10000];

    /**
     * The one key char of each char whose key is one char (ASCII letters and digits lower-cased; other
     * letters and digits as {@link #LETTER_KEYS} says); 0 for every other char.
     */
    private static final char[] KEY_CHARS = new char[0x10000];

    static {
        for (int c = 0x80; c < 0x10000; c++) {
            char ch = (char) c;
            if (Character.isLetterOrDigit(ch) && !Character.isSurrogate(ch)) {
                // between two ASCII letters, so that a dropped char or a split shows up
                String k = NameNormalizer.normalize("a" + ch + "a");
                if (k.length() >= 2 && k.charAt(0) == 'a' && k.charAt(k.length() - 1) == 'a'
                        && k.indexOf(' ') < 0) {
                    LETTER_KEYS[c] = k.substring(1, k.length() - 1);
                }
            }
        }
        for (int c = 0; c < 0x10000; c++) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                KEY_CHARS[c] = (char) c;
            } else if (c >= 'A' && c <= 'Z') {
                KEY_CHARS[c] = (char) (c + 32);
            } else if (c >= 0x80 && LETTER_KEYS[c] != null && LETTER_KEYS[c].length() == 1) {
                KEY_CHARS[c] = LETTER_KEYS[c].charAt(0);
            }
        }
    }

    /**
     * The key char of {@code c} when its key is exactly one char, else 0: a hash grown by
     * {@code 31 * h + keyChar(c)} over a region of such chars is {@link #keyHash} of the region.
     */
    static char keyChar(char c) {
        return KEY_CHARS[c];
    }

    /** The normalised key of {@code text[s, e)} (a token or a window of one script), without the normaliser
     * when every char is a letter or digit whose key is known. */
    static String keyOf(String text, int s, int e) {
        char[] region = new char[e - s];
        text.getChars(s, e, region, 0);
        return keyOf(region, 0, region.length);
    }

    /** {@link #keyOf(String, int, int)} of chars. */
    static String keyOf(char[] text, int s, int e) {
        char[] buf = null;
        int len = 0;
        for (int k = s; k < e; k++) {
            char lc = KEY_CHARS[text[k]]; // a letter or digit whose key is one char ("д" for "Д", "e" for "é")
            if (lc == 0) {
                // rare, and kept out of this loop: a branch per rare case here, inlined into the matcher, trapped
                // the first time each was met and recompiled the matcher
                return keyFrom(text, s, e, k, buf, len);
            }
            if (buf == null) {
                buf = new char[e - s];
            }
            buf[len++] = lc;
        }
        return buf == null ? "" : new String(buf, 0, len);
    }

    /**
     * {@link #keyOf(char[], int, int)} of {@code text[s, e)} whose char {@code k} has no one-char key, given the key
     * {@code buf[0, len)} of {@code text[s, k)} (null when empty): letters whose key is several chars or none
     * ("ss" for "ß") are spelled out, and any other char leaves the whole region to the normaliser.
     */
    private static String keyFrom(char[] text, int s, int e, int k, char[] buf, int len) {
        StringBuilder b = new StringBuilder(e - s + 4);
        if (buf != null) {
            b.append(buf, 0, len);
        }
        for (int x = k; x < e; x++) {
            char c = text[x];
            char lc = KEY_CHARS[c];
            if (lc != 0) {
                b.append(lc);
            } else if (c >= 0x80 && LETTER_KEYS[c] != null) {
                b.append(LETTER_KEYS[c]);
            } else {
                return NameNormalizer.normalize(new String(text, s, e - s));
            }
        }
        return b.toString();
    }

    /**
     * {@code a + between + b}, built with a sized StringBuilder on purpose: C2 fuses such a chain into one
     * allocation and copy (OptimizeStringConcat), while javac's string concatenation goes through method
     * handles that C2 inlines as about 1.5 KB of bytecode into every compile unit that reaches it (the
     * matcher's loops, each reader), which cost compile time, not speed.
     */
    static String join(String a, String between, String b) {
        return new StringBuilder(a.length() + between.length() + b.length()).append(a).append(between).append(b)
                .toString();
    }

    /** True when token {@code j} is joined to a neighbour by a hyphen ("Rostov-na-Donu"). */
    static boolean hyphenated(Tokens t, int j) {
        char[] text = t.chars();
        int s = t.start(j);
        int e = t.end(j);
        return s > 0 && isHyphen(text[s - 1]) || e < t.text().length() && isHyphen(text[e]); // chars may run on
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
