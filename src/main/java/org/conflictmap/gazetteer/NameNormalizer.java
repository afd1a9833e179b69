package org.conflictmap.gazetteer;

import java.text.Normalizer;

/**
 * The one name normaliser: the gazetteer build and text matching both use it, so a key built
 * from "Saint-Pétersbourg" matches "saint petersbourg", "SAINT–PÉTERSBOURG" and "Saint Petersbourg".
 *
 * <p>Case folding; diacritics folded for Latin and Greek (not for Cyrillic beyond ё→е, so й stays);
 * apostrophes, hyphens and dashes become spaces; a French elided article or preposition at the
 * start (l', d', qu') is dropped; whitespace is collapsed. Stateless and thread-safe.
 */
public final class NameNormalizer {

    private NameNormalizer() {
    }

    /** Normalises a name or a surface form to its lookup key; may return "" for punctuation only. */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // folded in place in a copy of the chars, one table read per char: a char folds to at most one char and a
        // run of separators to one space, so the write index never passes the read index. No StringBuilder: its
        // appends, inlined into every caller compiled before this method, made each of them kilobytes larger
        // (and trapped on the first non-Latin-1 char).
        int n = s.length();
        char[] b = new char[n];
        s.getChars(0, n, b, 0);
        int len = 0;
        boolean pendingSpace = false;
        int i = 0;
        for (; i < n; i++) {
            char c = b[i];
            char f = c < Fold.END ? Fold.TABLE[c] : Fold.OTHER;
            if (f == Fold.SEPARATOR) {
                pendingSpace = len > 0;
            } else if (f == Fold.OTHER) {
                break;
            } else if (f != Fold.DROPPED) {
                if (pendingSpace) {
                    b[len++] = ' ';
                }
                b[len++] = f;
                pendingSpace = false;
            }
        }
        if (i == n) {
            // "l arménie", "d azerbaidjan", "qu ankara": drop the elided word (as stripElision does)
            int from = len > 2 && b[1] == ' ' && (b[0] == 'l' || b[0] == 'd') ? 2
                    : len > 3 && b[0] == 'q' && b[1] == 'u' && b[2] == ' ' ? 3 : 0;
            return new String(b, from, len - from);
        }
        // a char the table has no single fold for (ß, æ, combining marks, modifier letters, chars past Fold.END):
        // the rest the general way, in this method on purpose: with both loops it is more than 325 bytes of
        // bytecode (HotSpot's FreqInlineSize), so C2 compiles it once on its own instead of copying it (and the
        // StringBuilder appends of this path) into every caller (the filter rules, the span bounds, the priors)
        StringBuilder out = new StringBuilder(n + 4).append(b, 0, len);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    pendingSpace = append(out, c, pendingSpace);
                } else if (c >= 'A' && c <= 'Z') {
                    pendingSpace = append(out, (char) (c + 32), pendingSpace);
                } else if (c != '.') { // "St." and "U.S." : dots vanish without splitting the word
                    pendingSpace = out.length() > 0;
                }
            } else {
                pendingSpace = appendNonAscii(out, c, pendingSpace);
            }
        }
        return stripElision(out);
    }

    /** {@link #normalize} by its definition, char by char with the general path: the reference for tests. */
    static String normalizeGeneral(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    pendingSpace = append(out, c, pendingSpace);
                } else if (c >= 'A' && c <= 'Z') {
                    pendingSpace = append(out, (char) (c + 32), pendingSpace);
                } else if (c != '.') {
                    pendingSpace = out.length() > 0;
                }
            } else {
                pendingSpace = appendNonAscii(out, c, pendingSpace);
            }
        }
        return stripElision(out);
    }

    private static boolean append(StringBuilder out, char c, boolean pendingSpace) {
        if (pendingSpace && out.length() > 0) {
            out.append(' ');
        }
        out.append(c);
        return false;
    }

    static boolean appendNonAscii(StringBuilder out, char c, boolean pendingSpace) {
        char f = c < Fold.END ? Fold.TABLE[c] : Fold.OTHER;
        if (f == Fold.SEPARATOR) {
            return out.length() > 0;
        }
        return f != Fold.OTHER ? append(out, f, pendingSpace) : appendOther(out, c, pendingSpace);
    }

    /**
     * The folding of a non-ASCII char by its definition: {@link Fold} answers from a table for every char this
     * maps to one char or to a separator, and asks this for the rest (ß, æ, combining marks, modifier letters).
     */
    static boolean appendOther(StringBuilder out, char c, boolean pendingSpace) {
        if (c == 'ё' || c == 'Ё') {
            return append(out, 'е', pendingSpace);
        }
        if (c == 'ß') {
            append(out, 's', pendingSpace);
            return append(out, 's', false);
        }
        if (c == 'æ' || c == 'Æ') {
            append(out, 'a', pendingSpace);
            return append(out, 'e', false);
        }
        if (c == 'œ' || c == 'Œ') {
            append(out, 'o', pendingSpace);
            return append(out, 'e', false);
        }
        if (c == 'ø' || c == 'Ø') {
            return append(out, 'o', pendingSpace);
        }
        if (c == 'ł' || c == 'Ł') {
            return append(out, 'l', pendingSpace);
        }
        if (c == 'đ' || c == 'Đ') {
            return append(out, 'd', pendingSpace);
        }
        if (c == 'ı') {
            return append(out, 'i', pendingSpace);
        }
        if (c == '\u02BC' || c == '\u02B9' || c == 'ʻ' || c == 'ʿ' || c == 'ʾ') {
            // modifier letters used as apostrophes in transliterations (Xankəndi, Ma'arrat): drop
            return pendingSpace;
        }
        if (Character.isLetterOrDigit(c)) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (isFoldedScript(block)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                boolean first = true;
                for (int k = 0; k < d.length(); k++) {
                    char b = d.charAt(k);
                    if (Character.getType(b) == Character.NON_SPACING_MARK) {
                        continue;
                    }
                    pendingSpace = append(out, Character.toLowerCase(b), first && pendingSpace);
                    first = false;
                }
                return pendingSpace;
            }
            return append(out, Character.toLowerCase(c), pendingSpace);
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            // combining marks in already-decomposed input: dropped for Latin/Greek, kept otherwise
            if (out.length() > 0 && !isFoldedScript(Character.UnicodeBlock.of(out.charAt(out.length() - 1)))) {
                out.append(c);
            }
            return pendingSpace;
        }
        return out.length() > 0;
    }

    /**
     * {@link #appendOther} tabulated per char, so that the common non-ASCII letters (Cyrillic, Arabic, accented
     * Latin) cost one array read instead of a chain of tests, a Unicode block search and a decomposition (and
     * the rare chars no longer sit as untaken branches in the compiled code of every caller). Immutable.
     */
    private static final class Fold {
        /** Not one char: ask {@link #appendOther}. */
        static final char OTHER = 0;
        /** A separator: a space before the next word, if any. */
        static final char SEPARATOR = 0xFFFF;
        /** Dropped without a trace (the ASCII dot: "St." and "U.S." stay one word). */
        static final char DROPPED = 0xFFFD;
        /** While the table is built: a letter of a folded script, to decompose. */
        private static final char DECOMPOSE = 0xFFFE;
        /**
         * The chars below this are in the table: ASCII, the alphabets of the languages read (Latin, Greek, Cyrillic,
         * Arabic, Hebrew, Armenian, Georgian, Indic...) and the general punctuation (dashes, quotes); a table of
         * every char took 0.1 s to build at start-up.
         */
        static final char END = 0x2070;
        /**
         * Per char below {@link #END}: the one char it folds to, {@link #OTHER}, {@link #SEPARATOR} or (the dot)
         * {@link #DROPPED}.
         */
        static final char[] TABLE = table();

        private static char[] table() {
            char[] t = new char[END];
            // the letters of the folded scripts, decomposed in one call ('|' keeps them apart): one call per
            // letter took 0.09 s at start-up
            StringBuilder folded = new StringBuilder();
            for (char c = 0; c < 0x80; c++) {
                t[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : c >= 'A' && c <= 'Z' ? (char) (c + 32)
                        : c == '.' ? DROPPED : SEPARATOR;
            }
            for (char c = 0x80; c < END; c++) {
                t[c] = foldOf(c);
                if (t[c] == DECOMPOSE) {
                    folded.append(c).append('|');
                }
            }
            String[] parts = Normalizer.normalize(folded, Normalizer.Form.NFD).split("\\|", -1);
            int k = 0;
            for (char c = 0x80; c < END; c++) {
                if (t[c] == DECOMPOSE) {
                    t[c] = oneChar(parts[k++]);
                }
            }
            return t;
        }

        /** The one char left of a decomposition without its combining marks, lower-cased; else {@link #OTHER}. */
        private static char oneChar(String decomposed) {
            char one = OTHER;
            int n = 0;
            for (int k = 0; k < decomposed.length(); k++) {
                if (Character.getType(decomposed.charAt(k)) != Character.NON_SPACING_MARK) {
                    one = Character.toLowerCase(decomposed.charAt(k));
                    n++;
                }
            }
            return n == 1 && one != SEPARATOR && one != DECOMPOSE && one != DROPPED ? one : OTHER;
        }

        /**
         * What {@link #appendOther} does with {@code c}, as one table entry: the one char it appends (a pending
         * space first), {@link #SEPARATOR}, {@link #DECOMPOSE} for a letter of a folded script, or {@link #OTHER}
         * for anything else (two chars, nothing, or a combining mark that depends on the char before). Follows
         * {@link #appendOther} test by test.
         */
        private static char foldOf(char c) {
            switch (c) {
                case 'ё', 'Ё':
                    return 'е';
                case 'ø', 'Ø':
                    return 'o';
                case 'ł', 'Ł':
                    return 'l';
                case 'đ', 'Đ':
                    return 'd';
                case 'ı':
                    return 'i';
                case 'ß', 'æ', 'Æ', 'œ', 'Œ', '\u02BC', '\u02B9', 'ʻ', 'ʿ', 'ʾ':
                    return OTHER; // two chars, or none
                default:
                    break;
            }
            if (Character.isLetterOrDigit(c)) {
                // the blocks of isFoldedScript by their ranges (a block search per char took 0.05 s at start-up)
                if (c <= 0x02AF || c >= 0x0370 && c <= 0x03FF || c >= 0x1E00 && c <= 0x1FFF) {
                    return DECOMPOSE;
                }
                char lower = Character.toLowerCase(c);
                return lower == SEPARATOR || lower == DECOMPOSE || lower == DROPPED ? OTHER : lower;
            }
            return Character.getType(c) == Character.NON_SPACING_MARK ? OTHER : SEPARATOR;
        }
    }

    private static boolean isFoldedScript(Character.UnicodeBlock block) {
        return block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
                || block == Character.UnicodeBlock.LATIN_EXTENDED_A
                || block == Character.UnicodeBlock.LATIN_EXTENDED_B
                || block == Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL
                || block == Character.UnicodeBlock.IPA_EXTENSIONS
                || block == Character.UnicodeBlock.GREEK
                || block == Character.UnicodeBlock.GREEK_EXTENDED
                || block == Character.UnicodeBlock.BASIC_LATIN;
    }

    private static String stripElision(StringBuilder out) {
        // "l arménie", "d azerbaidjan", "qu ankara": drop the elided word
        int n = out.length();
        if (n > 2 && out.charAt(1) == ' ' && (out.charAt(0) == 'l' || out.charAt(0) == 'd')) {
            return out.substring(2);
        }
        if (n > 3 && out.charAt(0) == 'q' && out.charAt(1) == 'u' && out.charAt(2) == ' ') {
            return out.substring(3);
        }
        return out.toString();
    }
}
