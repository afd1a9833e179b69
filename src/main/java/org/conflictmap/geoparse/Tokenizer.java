package org.conflictmap.geoparse;

/**
 * Splits a text into word tokens for place-name matching, for any script: a token is a run of letters,
 * digits and combining marks. Apostrophes (' ’ ʼ), hyphens and dashes separate tokens but keep them
 * joinable inside one name ("Haut-Karabakh", "Côte d’Ivoire"), except between two Cyrillic letters, where
 * it is part of the word ("Куп'янськ"); a French or Italian elided word before an
 * apostrophe ("l’Arménie", "d'Azerbaïdjan", "qu’Ankara") is flagged {@link Tokens#ELISION} so that a name
 * span starts after it. Dotted abbreviations ("U.S.", "W.Va.") are one token including their dots.
 * Stateless and thread-safe.
 */
public final class Tokenizer {

    /** Words that elide before a vowel in French (and a few Italian ones). */
    private static final String[] ELIDED = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
        "puisqu", "quoiqu", "presqu", "dell", "nell", "all", "dall", "sull", "un"};
    /** The length of the longest of {@link #ELIDED}. */
    private static final int MAX_ELIDED = 6;

    /** The shift from {@link CharClass#LATIN} to {@link Tokens#LATIN_WORD}. */
    private static final int LATIN_TO_WORD = Integer.numberOfTrailingZeros(Tokens.LATIN_WORD)
            - Integer.numberOfTrailingZeros(CharClass.LATIN);

    /** Texts longer than this are tokenised into new arrays, so that a thread does not keep huge ones. */
    private static final int REUSE_MAX_CHARS = 1 << 20;

    /** Per thread: the chars and tokens of the text {@link #tokenizeReusing} tokenised last. */
    private final ThreadLocal<Tokens> reusable = new ThreadLocal<>();

    /** Tokenises {@code text} into new tokens. */
    public Tokens tokenize(String text) {
        int n = text.length();
        // about one token per 5 to 6 chars in news text: sized so that the arrays seldom grow
        return fill(new Tokens(text, text.toCharArray(), n / 4 + 16));
    }

    /**
     * Tokenises {@code text} into this thread's reused tokens and chars, which stay valid only until the
     * thread's next call: for a caller that is done with one text's tokens before the next text (no
     * allocation per text).
     */
    Tokens tokenizeReusing(String text) {
        int n = text.length();
        if (n > REUSE_MAX_CHARS) {
            return tokenize(text);
        }
        Tokens t = reusable.get();
        if (t == null || t.chars().length < n) {
            t = new Tokens(text, new char[Math.max(n + n / 2, 4096)], n / 4 + 16);
            reusable.set(t);
        }
        char[] cs = t.chars();
        text.getChars(0, n, cs, 0);
        t.reset(text, cs);
        return fill(t);
    }

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
        // the first char between tokens that language detection counts for a script (rare: Arabic commas)
        int scriptGap = Integer.MAX_VALUE;
        while (i < n) {
            char c = cs[i];
            int ccl = CharClass.of(c);
            if ((ccl & CharClass.WORD) == 0) {
                if ((ccl & CharClass.SCRIPT_GAP) != 0 && i < scriptGap) {
                    scriptGap = i;
                }
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
            // CharClass.LATIN while every char is a Latin letter
            int latin = CharClass.LATIN;
            while (i < n) {
                char d = cs[i];
                int cl = CharClass.of(d);
                if ((cl & CharClass.WORD) == 0) {
                    if (i > s && i + 1 < n && isApostrophe(d) && isCyrillic(cs[i - 1]) && isCyrillic(cs[i + 1])) {
                        i++; // Ukrainian and Belarusian write an apostrophe inside words: "Куп'янськ", "Слов’янськ"
                        noKeyChar = 1;
                        latin = 0;
                        continue;
                    }
                    break;
                }
                int letter = cl >>> 1 & 1; // CharClass.LETTER
                letters += letter;
                latin &= cl;
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
            if (idx > 0) {
                t.setJoinNext(idx - 1, joinable(cs, t, idx - 1, s));
            }
            if (e + 1 < n && isElisionMark(cs[e]) && Character.isLetter(text.charAt(e + 1))
                    && (flags & Tokens.DOTTED) == 0 && isElided(cs, text, s, e)) {
                flags |= Tokens.ELISION;
            }
            if ((flags & Tokens.DOTTED) == 0) {
                flags |= (noKeyChar - 1) & Tokens.KEY_HASH | latin << LATIN_TO_WORD;
            }
            t.add(s, e, flags, hash);
        }
        t.setScriptGap(scriptGap);
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
