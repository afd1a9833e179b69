package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The tokenizer's table-driven loop against the char-by-char tokenizer it replaced, on random texts. */
class TokenizerReferenceTest {

    @Test
    void everyTokenAsTheCharByCharTokenizer() {
        String[] pieces = {"the ", "war ", "U.S. ", "W.Va. ", "D.C.", "St. Louis ", "Mt.", "l'Arménie ", "d’Azerbaïdjan ",
            "qu’Ankara ", "JUSQU'à ", "Куп'янськ ", "Слов’янськ ", "Куп'҂ ", "Київ ", "війна ", "وصل، ", "القاهرة ",
            "ﻻ ", "Haut-Karabakh ", "Côte d’Ivoire ", "a1b ", "2024 ", "e\u0301té ", "ʼa ", "ʻOahu ", "Ⓐ ", "ǅ ", "ſ’il ",
            "ﬁ ", "İ ", "NEW YORK ", "A.B.C.D. ", "Ab.Cd.Ef ", "X.Y", "\n", "\n\n", "\r\n", "\t", "\u00A0", " – ",
            "-", "‐", "‑", "'", "’", "‘", "ʼ", ". ", "! ", "? ", "… ", ": ", "; ", "• ", "| ", ", ", "\"", "(", ")",
            "πόλεμος; ", "\u037E", "מלחמה ", "戦争・", "ñ", "ß", "ạ", "\uD83D\uDE00", "x", "Y", "'s ", "1.5 "};
        SplittableRandom r = new SplittableRandom(3);
        Tokenizer tokenizer = new Tokenizer();
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(n % 10 == 0 ? 300 : 12);
            for (int w = 0; w < words; w++) {
                b.append(r.nextInt(20) == 0 ? String.valueOf((char) r.nextInt(0x10000)) : pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            Tokens want = fill(new Tokens(text, text.toCharArray(), 4));
            for (Tokens got : new Tokens[] {tokenizer.tokenize(text), tokenizer.tokenizeReusing(text)}) {
                assertEquals(want.size(), got.size(), text);
                int gap = Integer.MAX_VALUE;
                for (int i = 0; i < want.size(); i++) {
                    String at = text + " @" + i;
                    assertEquals(want.start(i), got.start(i), at);
                    assertEquals(want.end(i), got.end(i), at);
                    assertEquals(want.flags(i) & ~JOINED, got.flags(i) & ~(Tokens.LATIN_WORD | Tokens.ONE_SCRIPT), at);
                    // the reference stores the join in the next token's flags; Tokens answers it from the chars
                    boolean joins = i + 1 < want.size() && (want.flags(i + 1) & JOINED) != 0;
                    assertEquals(joins, got.joinsNext(i), at);
                    assertEquals(want.keyHash(i), got.keyHash(i), at);
                    boolean latin = !got.is(i, Tokens.DOTTED) && got.length(i) > 0;
                    for (int k = got.start(i); k < got.end(i); k++) {
                        latin &= CharClass.is(text.charAt(k), CharClass.LATIN);
                    }
                    assertEquals(latin, got.is(i, Tokens.LATIN_WORD), at);
                    int script = LanguageDetector.script(text.charAt(got.start(i)));
                    boolean one = !got.is(i, Tokens.DOTTED) && (script == LanguageDetector.LATIN_SCRIPT
                            || script == LanguageDetector.CYRILLIC || script == LanguageDetector.ARABIC);
                    for (int k = got.start(i); k < got.end(i); k++) {
                        one &= LanguageDetector.script(text.charAt(k)) == script;
                    }
                    assertEquals(one, got.is(i, Tokens.ONE_SCRIPT), at);
                }
                for (int k = 0, j = 0; k < text.length() && gap == Integer.MAX_VALUE; k++) {
                    while (j < want.size() && want.end(j) <= k) {
                        j++;
                    }
                    boolean inToken = j < want.size() && want.start(j) <= k;
                    if (!inToken && CharClass.is(text.charAt(k), CharClass.SCRIPT_GAP)) {
                        gap = k;
                    }
                }
                assertEquals(gap, got.scriptGap(), text);
            }
        }
    }

    // the tokenizer as it was before the table-driven loop, unchanged but for where the join is stored

    private static final String[] ELIDED = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
        "puisqu", "quoiqu", "presqu", "dell", "nell", "all", "dall", "sull", "un"};
    private static final int MAX_ELIDED = 6;
    /** Where the reference stores that a token joins the one before (Tokens no longer stores it). */
    private static final int JOINED = 1 << 13;

    /** Adds the tokens of {@code t}'s text to the empty {@code t}. */
    private static Tokens fill(Tokens t) {
        String text = t.text();
        int n = text.length();
        // the chars in an array: the scanning loops below read each one without String's checks
        char[] cs = t.chars();
        int i = 0;
        boolean sentenceStart = true;
        // what the chars since the last token hold: a sentence-ending mark, line breaks
        boolean breakMark = false;
        int newlines = 0;
        while (i < n) {
            char c = cs[i];
            if ((CharClass.of(c) & CharClass.WORD) == 0) {
                switch (c) {
                    case '.', '!', '?', '…', ':', ';', '•', '|' -> breakMark = true;
                    case '\n' -> newlines++;
                    default -> {
                        // spaces, quotes, brackets, dashes
                    }
                }
                i++;
                continue;
            }
            int s = i;
            // one pass over the token: shape counts and its key's hash (MatchKeys.keyHash), branch-free for
            // most chars; the first letter decides the case and script flags
            int flags = 0;
            int letters = 0;
            int upper = 0;
            int digit = 0;
            int hash = 0;
            int noKeyChar = 0;
            int first = -1;
            while (i < n) {
                char d = cs[i];
                int cl = CharClass.of(d);
                if ((cl & CharClass.WORD) == 0) {
                    if (i > s && i + 1 < n && isApostrophe(d) && isCyrillic(cs[i - 1]) && isCyrillic(cs[i + 1])) {
                        i++; // Ukrainian and Belarusian write an apostrophe inside words: "Куп'янськ", "Слов’янськ"
                        noKeyChar = 1;
                        continue;
                    }
                    break;
                }
                int letter = cl >>> 1 & 1; // CharClass.LETTER
                letters += letter;
                upper += letter & cl >>> 2; // CharClass.UPPER, counted for letters only
                digit |= cl & CharClass.DIGIT & (letter - 1);
                if (first < 0 && letter != 0) {
                    first = i;
                }
                char k = MatchKeys.keyChar(d);
                hash = 31 * hash + k;
                noKeyChar |= k == 0 ? 1 : 0;
                i++;
            }
            if (digit != 0) {
                flags |= Tokens.DIGIT;
            }
            if (first >= 0) {
                char d = cs[first];
                int cl = CharClass.of(d);
                if ((cl & CharClass.UPPER) != 0) {
                    flags |= Tokens.CAP;
                } else if ((cl & CharClass.LOWER) != 0) {
                    flags |= Tokens.LOWER;
                } else {
                    flags |= Tokens.UNCASED;
                }
                if (d >= 0x0600 && d <= 0x06FF || d >= 0x0750 && d <= 0x077F || d >= 0xFB50 && d <= 0xFEFF) {
                    flags |= Tokens.ARABIC;
                } else if (d >= 0x0400 && d <= 0x052F) {
                    flags |= Tokens.CYRILLIC;
                }
            }
            int e = i;
            // dotted abbreviation: U.S. / W.Va. / D.C.
            if ((flags & Tokens.CAP) != 0 && e - s <= 3 && e + 1 < n && cs[e] == '.'
                    && Character.isLetter(text.charAt(e + 1)) && Character.isUpperCase(text.charAt(e + 1))) {
                int k = e;
                int runs = 1;
                while (k + 1 < n && text.charAt(k) == '.' && Character.isLetter(text.charAt(k + 1))) {
                    int r = k + 1;
                    while (r < n && Character.isLetter(text.charAt(r)) && r - (k + 1) < 4) {
                        r++;
                    }
                    if (r - (k + 1) > 3 || (r < n && Character.isLetterOrDigit(text.charAt(r)))) {
                        break;
                    }
                    runs++;
                    k = r;
                }
                if (runs >= 2) {
                    e = k < n && text.charAt(k) == '.' ? k + 1 : k;
                    i = e;
                    flags |= Tokens.DOTTED;
                    upper = letters;
                }
            }
            if (letters >= 2 && upper == letters) {
                flags |= Tokens.ALL_CAPS;
            }
            if (sentenceStart || breakMark || newlines >= 2) {
                flags |= Tokens.SENT_START;
            }
            sentenceStart = false;
            breakMark = false;
            newlines = 0;
            int idx = t.size();
            if (idx > 0 && joinable(cs, t, idx - 1, s)) {
                flags |= JOINED;
            }
            if (e + 1 < n && isElisionMark(cs[e]) && Character.isLetter(text.charAt(e + 1))
                    && (flags & Tokens.DOTTED) == 0 && isElided(cs, text, s, e)) {
                flags |= Tokens.ELISION;
            }
            if (noKeyChar == 0 && (flags & Tokens.DOTTED) == 0) {
                flags |= Tokens.KEY_HASH;
            }
            t.add(s, e, flags, hash);
        }
        return t;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /** An apostrophe after an elided word: {@link #isApostrophe(char)} or a left single quote. */
    private static boolean isElisionMark(char c) {
        return isApostrophe(c) || c == '\u2018';
    }

    private static boolean isCyrillic(char c) {
        return c >= 0x0400 && c <= 0x04FF;
    }

    /** True when {@code text[s, e)} is one of {@link #ELIDED}, ignoring case as {@link String#regionMatches} does. */
    private static boolean isElided(char[] cs, String text, int s, int e) {
        int len = e - s;
        if (len > MAX_ELIDED) {
            return false;
        }
        for (String w : ELIDED) {
            if (w.length() == len && sameIgnoringCase(cs, text, s, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text.regionMatches(true, s, w, 0, w.length())} for a word {@code w} of lower-case ASCII letters:
     * an ASCII char matches only its own letter in either case, any other char as regionMatches says.
     */
    private static boolean sameIgnoringCase(char[] cs, String text, int s, String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = cs[s + k];
            if (c < 128 ? (c | 0x20) != w.charAt(k) : !text.regionMatches(true, s + k, w, k, 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Separator between two tokens that can sit inside one name: spaces (at most one line break: OCR and
     * wrapped text), one hyphen or dash, one apostrophe, or ". " after a short capitalised abbreviation
     * ("St. Louis", "Mt. Hood").
     */
    private static boolean joinable(char[] text, Tokens t, int prev, int nextStart) {
        int s = t.end(prev);
        if (s == nextStart || nextStart == s + 1 && text[s] == ' ') {
            return true;
        }
        int newlines = 0;
        int marks = 0;
        boolean dot = false;
        for (int k = s; k < nextStart; k++) {
            char c = text[k];
            if (c == '\n') {
                if (++newlines > 1) {
                    return false;
                }
            } else if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\r') {
                continue;
            } else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' && nextStart - s == 1
                    || c == '\'' || c == '\u2019' || c == '\u02BC') {
                if (++marks > 1) {
                    return false;
                }
            } else if (c == '.' && k == s && !dot) {
                dot = true;
                if (!(t.is(prev, Tokens.CAP) && t.length(prev) <= 3 && !t.is(prev, Tokens.ALL_CAPS)
                        && !t.is(prev, Tokens.DOTTED))) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return !(dot && marks > 0);
    }
}
