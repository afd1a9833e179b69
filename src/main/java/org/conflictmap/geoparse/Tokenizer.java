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

    // CHARS: per char, its key char (bits 0-15, MatchKeys.keyChar) and these bits
    /** {@link CharClass#WORD}. */
    private static final int WORD = 1 << 16;
    /** {@link CharClass#LETTER}; its count is taken by a shift. */
    private static final int LETTER = 1 << 17;
    private static final int LETTER_SHIFT = 17;
    /** {@link CharClass#UPPER}. */
    private static final int UPPER = 1 << 18;
    /** {@link CharClass#LOWER}. */
    private static final int LOWER = 1 << 19;
    /** {@link CharClass#DIGIT}. */
    private static final int DIGIT = 1 << 20;
    /** Not {@link CharClass#LATIN}: stored inverted, like the two other script bits below, so that one OR
     * over a token's chars tells whether every char is a letter of the script. */
    private static final int NOT_LATIN = 1 << 21;
    /** {@link CharClass#SCRIPT_GAP}. */
    private static final int SCRIPT_GAP = 1 << 22;
    /** The key char is 0: the char's key is not one char. */
    private static final int NO_KEY = 1 << 23;
    /** A letter that is not {@link #UPPER}: its token is not all capitals. */
    private static final int NOT_UPPER = 1 << 24;
    /** A char between tokens that tells something: a sentence end mark, a line break, a {@link #SCRIPT_GAP}. */
    private static final int GAP_MARK = 1 << 25;
    /** {@link #isApostrophe}. */
    private static final int APOSTROPHE = 1 << 26;
    /** {@link #isElisionMark}. */
    private static final int ELISION_MARK = 1 << 27;
    /** A first letter that makes its token {@link Tokens#ARABIC}. */
    private static final int ARABIC = Tokens.ARABIC << 20;
    /** A first letter that makes its token {@link Tokens#CYRILLIC}. */
    private static final int CYRILLIC = Tokens.CYRILLIC << 20;
    /** Not a char {@link LanguageDetector} counts for the Cyrillic script but not as Ukrainian. */
    private static final int NOT_CYRILLIC_SCRIPT = 1 << 30;
    /** Not a char {@link LanguageDetector} counts for the Arabic script. */
    private static final int NOT_ARABIC_SCRIPT = 1 << 31;
    /** The bits stored inverted: an entry has them for a char that is not of the script. */
    private static final int NOT_SCRIPT = NOT_LATIN | NOT_CYRILLIC_SCRIPT | NOT_ARABIC_SCRIPT;
    /** The case flag of a first letter by its {@link #UPPER} and {@link #LOWER} bits, 4 bits each. */
    private static final int CASE = Tokens.UNCASED | Tokens.CAP << 4 | Tokens.LOWER << 8 | Tokens.CAP << 12;
    /** Every char's entry: one array read per char in the scanning loops. */
    private static final int[] CHARS = chars();

    private static int[] chars() {
        int[] table = new int[0x10000];
        for (int c = 0; c < table.length; c++) {
            char ch = (char) c;
            int cl = CharClass.of(ch);
            char k = MatchKeys.keyChar(ch);
            int x = k;
            x |= (cl & CharClass.WORD) != 0 ? WORD : 0;
            x |= (cl & CharClass.LETTER) != 0 ? LETTER : 0;
            x |= (cl & CharClass.UPPER) != 0 ? UPPER : 0;
            x |= (cl & CharClass.LOWER) != 0 ? LOWER : 0;
            x |= (cl & CharClass.DIGIT) != 0 ? DIGIT : 0;
            x |= (cl & CharClass.LATIN) != 0 ? NOT_LATIN : 0;
            x |= (cl & CharClass.SCRIPT_GAP) != 0 ? SCRIPT_GAP | GAP_MARK : 0;
            x |= k == 0 ? NO_KEY : 0;
            x |= (cl & CharClass.LETTER) != 0 && (cl & CharClass.UPPER) == 0 ? NOT_UPPER : 0;
            x |= isSentenceMark(ch) || ch == '\n' ? GAP_MARK : 0;
            x |= isApostrophe(ch) ? APOSTROPHE : 0;
            x |= isElisionMark(ch) ? ELISION_MARK : 0;
            if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFEFF) {
                x |= ARABIC;
            } else if (c >= 0x0400 && c <= 0x052F) {
                x |= CYRILLIC;
            }
            int script = LanguageDetector.script(ch);
            x |= script == LanguageDetector.CYRILLIC ? NOT_CYRILLIC_SCRIPT : 0;
            x |= script == LanguageDetector.ARABIC ? NOT_ARABIC_SCRIPT : 0;
            table[c] = x ^ NOT_SCRIPT;
        }
        return table;
    }

    /** A mark after which a token starts a sentence. */
    private static boolean isSentenceMark(char c) {
        return switch (c) {
            case '.', '!', '?', '…', ':', ';', '•', '|' -> true;
            default -> false;
        };
    }

    /** Texts longer than this are tokenised into new arrays, so that a thread does not keep huge ones. */
    private static final int REUSE_MAX_CHARS = 1 << 20;

    /**
     * Per thread: the chars and tokens of the text {@link #tokenizeReusing} tokenised last; empty at first,
     * never null (a null here only on a new thread's first call let C2 compile a null-check trap into the
     * caller, which threw away the compiled code of all of recognize each time a new worker thread started).
     */
    private final ThreadLocal<Tokens> reusable = ThreadLocal.withInitial(() -> new Tokens("", new char[0], 0));

    /** Tokenises {@code text} into new tokens. */
    public Tokens tokenize(String text) {
        return fill(new Tokens(text, text.toCharArray(), maxTokens(text.length())));
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
        if (t.chars().length < n || t.capacity() < maxTokens(n)) {
            int chars = Math.max(n + n / 2, 4096);
            t = new Tokens(text, new char[chars], maxTokens(chars));
            reusable.set(t);
        }
        char[] cs = t.chars();
        text.getChars(0, n, cs, 0);
        t.reset(text, cs);
        return fill(t);
    }

    /**
     * The most tokens a text of {@code n} chars has (a token and the char after it take two chars): fill
     * needs room for that many, so that its arrays never grow (its compiled code would otherwise meet the
     * growing branch for the first time, and be thrown away, whenever a text has more tokens than any before).
     */
    private static int maxTokens(int n) {
        return n / 2 + 1;
    }

    /** Adds the tokens of {@code t}'s text to the empty {@code t}, which has room for {@link #maxTokens}. */
    private static Tokens fill(Tokens t) {
        int n = t.text().length();
        // the chars in an array: the scanning loops below read each one without String's checks
        char[] cs = t.chars();
        int[] table = CHARS;
        // the tokens go straight into the arrays, two stores per token, the count in a local
        long[] spans = t.spans();
        long[] metas = t.metas();
        int size = 0;
        int i = 0;
        // what the chars since the last token hold: 4 for a sentence-ending mark (or the text's start), plus
        // one per line break; 2 or more starts a sentence
        int gap = 4;
        // the first char between tokens that language detection counts for a script (rare: Arabic commas)
        int scriptGap = Integer.MAX_VALUE;
        // x: the entry of cs[i] (0 at the end): the char that ended a token is not read twice
        int x = n > 0 ? table[cs[0]] : 0;
        while (true) {
            // between tokens: one table read per char, the rare marks looked at apart
            while ((x & WORD) == 0) {
                if (i >= n) {
                    t.filled(size, scriptGap);
                    return t;
                }
                if ((x & GAP_MARK) != 0) {
                    char c = cs[i];
                    if (c == '\n') {
                        gap++;
                    } else if ((x & SCRIPT_GAP) != 0) {
                        scriptGap = Math.min(scriptGap, i);
                    } else {
                        gap |= 4;
                    }
                }
                x = ++i < n ? table[cs[i]] : 0;
            }
            int s = i;
            int x0 = x;
            // one pass over the token: what any char has (digit, no key char, a letter not upper case, not a
            // letter of a script) and its key's hash (MatchKeys.keyHash); few values live in the loop
            int any = 0;
            int hash = 0;
            while (true) {
                any |= x;
                hash = 31 * hash + (char) x;
                if (++i >= n) {
                    x = 0;
                    break;
                }
                x = table[cs[i]];
                if ((x & WORD) == 0) {
                    if ((x & APOSTROPHE) == 0 || i + 1 >= n || !isCyrillic(cs[i - 1]) || !isCyrillic(cs[i + 1])) {
                        break;
                    }
                    // Ukrainian and Belarusian write an apostrophe inside words: "Куп'янськ", "Слов’янськ"
                    any |= NO_KEY | NOT_SCRIPT;
                    x = table[cs[++i]];
                    if ((x & WORD) == 0) {
                        break; // "҂" is Cyrillic but no word char
                    }
                }
            }
            int e = i;
            int tokenEnd = i;
            int flags = (any & DIGIT) != 0 ? Tokens.DIGIT : 0;
            if ((x0 & LETTER) != 0) {
                flags |= shape(x0);
            } else {
                int first = firstLetter(cs, s, e);
                flags |= first >= 0 ? shape(table[cs[first]]) : 0;
            }
            // dotted abbreviation: U.S. / W.Va. / D.C.
            if (e + 1 < n && cs[e] == '.' && (flags & Tokens.CAP) != 0 && e - s <= 3) {
                int d = dottedEnd(cs, n, e);
                if (d >= 0) {
                    e = d;
                    i = d;
                    flags |= Tokens.DOTTED;
                    any &= ~NOT_UPPER;
                }
            }
            if ((any & NOT_UPPER) == 0 && letters(table, cs, s, tokenEnd) >= 2) {
                flags |= Tokens.ALL_CAPS;
            }
            flags |= gap >= 2 ? Tokens.SENT_START : 0;
            gap = 0;
            if ((flags & Tokens.DOTTED) == 0) {
                // x: the entry of the char that ended the token
                if ((x & ELISION_MARK) != 0 && e + 1 < n && (table[cs[e + 1]] & LETTER) != 0
                        && isElided(cs, t.text(), s, e)) {
                    flags |= Tokens.ELISION;
                }
                flags |= ((any & NO_KEY) == 0 ? Tokens.KEY_HASH : 0) | ((any & NOT_LATIN) == 0 ? Tokens.LATIN_WORD : 0)
                        | ((~any & NOT_SCRIPT) != 0 ? Tokens.ONE_SCRIPT : 0);
            } else {
                x = i < n ? table[cs[i]] : 0;
            }
            spans[size] = Tokens.span(s, e);
            metas[size] = Tokens.meta(flags, hash);
            size++;
        }
    }

    /** The number of letters in {@code cs[s, e)} (asked only for the few tokens without a lower-case letter). */
    private static int letters(int[] table, char[] cs, int s, int e) {
        int k = 0;
        for (int j = s; j < e; j++) {
            k += table[cs[j]] >>> LETTER_SHIFT & 1;
        }
        return k;
    }

    /** The first letter of {@code cs[s, e)}, -1 when it has none. */
    private static int firstLetter(char[] cs, int s, int e) {
        for (int k = s; k < e; k++) {
            if (Character.isLetter(cs[k])) {
                return k;
            }
        }
        return -1;
    }

    /** The case and script flags a token takes from the table entry {@code x} of its first letter. */
    private static int shape(int x) {
        return (CASE >>> ((x >>> 16) & 12) & 0xF) | (x >>> 20 & (Tokens.ARABIC | Tokens.CYRILLIC));
    }

    /**
     * The end of the dotted abbreviation ("U.S.", "W.Va.") starting with the short token that ends at
     * {@code e} before a dot, or -1 when there is none.
     */
    private static int dottedEnd(char[] cs, int n, int e) {
        if (!Character.isLetter(cs[e + 1]) || !Character.isUpperCase(cs[e + 1])) {
            return -1;
        }
        int k = e;
        int runs = 1;
        while (k + 1 < n && cs[k] == '.' && Character.isLetter(cs[k + 1])) {
            int r = k + 1;
            while (r < n && Character.isLetter(cs[r]) && r - (k + 1) < 4) {
                r++;
            }
            if (r - (k + 1) > 3 || (r < n && Character.isLetterOrDigit(cs[r]))) {
                break;
            }
            runs++;
            k = r;
        }
        if (runs < 2) {
            return -1;
        }
        return k < n && cs[k] == '.' ? k + 1 : k;
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

    // SEPARATOR: per char below SEPARATOR_END, what it adds to joinable's count of a separator's chars, one
    // field each: line breaks, marks (hyphen, dash, apostrophe), chars that never join (every char from
    // SEPARATOR_END on); a separator joins while no field reaches its limit
    private static final int NEWLINE = 1;
    private static final int MARK = 1 << 4;
    private static final int NEVER = 1 << 8;
    /** An en dash, also a {@link #MARK}: it joins only as the whole separator. */
    private static final int EN_DASH = 1 << 12;
    /** The fields at their limit: two line breaks, two marks, one char that never joins. */
    private static final int NOT_JOINED = 2 * NEWLINE | 2 * MARK | NEVER;
    private static final int SEPARATOR_END = 0x2020;
    private static final int[] SEPARATOR = separators();

    private static int[] separators() {
        int[] table = new int[SEPARATOR_END + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = switch (c) {
                case ' ', '\t', '\u00A0', '\r' -> 0;
                case '\n' -> NEWLINE;
                case '-', '\u2010', '\u2011', '\'', '\u2019', '\u02BC' -> MARK;
                case '\u2013' -> MARK | EN_DASH;
                default -> NEVER;
            };
        }
        return table;
    }

    /**
     * Separator {@code text[s, nextStart)} between two tokens that can sit inside one name: spaces (at most
     * one line break: OCR and wrapped text), one hyphen or dash, one apostrophe, or ". " after a short
     * capitalised abbreviation ("St. Louis", "Mt. Hood"); {@code prevFlags} and {@code prevLength} are the
     * flags and length of the token before. Counts in one int, with one test per char, so that the compiled
     * code has no branch that only a rare separator takes (its first sight would throw away the compiled
     * code of the caller it is inlined into: {@link Tokens#joinsNext}).
     */
    static boolean joinable(char[] text, int s, int nextStart, int prevFlags, int prevLength) {
        // an en dash joins only alone
        int limit = nextStart - s == 1 ? NOT_JOINED : NOT_JOINED | EN_DASH;
        int count = 0;
        int k = s;
        if (text[s] == '.') {
            if ((prevFlags & (Tokens.CAP | Tokens.ALL_CAPS | Tokens.DOTTED)) != Tokens.CAP || prevLength > 3) {
                return false;
            }
            // no mark after the dot
            count = MARK;
            k++;
        }
        for (; k < nextStart; k++) {
            count += SEPARATOR[Math.min(text[k], SEPARATOR_END)];
            if ((count & limit) != 0) {
                return false;
            }
        }
        return true;
    }
}
