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
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    pendingSpace = append(out, c, pendingSpace);
                } else if (c >= 'A' && c <= 'Z') {
                    pendingSpace = append(out, (char) (c + 32), pendingSpace);
                } else if (c == '.') {
                    // "St." and "U.S." : dots vanish without splitting the word
                    continue;
                } else {
                    pendingSpace = out.length() > 0;
                }
                continue;
            }
            pendingSpace = appendNonAscii(out, c, pendingSpace);
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

    private static boolean appendNonAscii(StringBuilder out, char c, boolean pendingSpace) {
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
