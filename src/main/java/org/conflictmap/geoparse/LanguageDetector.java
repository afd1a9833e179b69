package org.conflictmap.geoparse;

/**
 * Cheap language guess for texts that come without one: the dominant script decides for Arabic, Cyrillic
 * (Ukrainian when і ї є ґ occur, else Russian), Greek, Hebrew and CJK; Latin-script texts are scored by
 * how many of their short words are among the common words of each bundled language, a tie by the letters
 * each language writes (é à ç, ñ, ä ß).
 * Returns an ISO 639-1 code, or "und" when nothing fits. Thread-safe.
 */
public final class LanguageDetector {

    private static final String[] LATIN = {"en", "fr", "es", "de", "it", "pt"};
    /** The letters beyond ASCII each of {@link #LATIN} writes. */
    private static final String[] LETTERS = {"", "éèêàçùâîôûëïœ", "ñáíóúé¿¡", "äöüß", "àèéìòù", "ãõçáéíóúâêôà"};
    private static final int SAMPLE = 4000;
    /** Bit k: the word is a common word of LATIN[k]. */
    private final WordMasks top;
    /** The same for the words {@link #latinLanguage} asks about, by packed key. */
    private final ShortWordMasks shortTop;

    /** The script of chars that count for none ({@link #script}). */
    static final int NONE = 0;
    /** The Latin script ({@link #script}). */
    static final int LATIN_SCRIPT = 1;
    static final int CYRILLIC = 2;
    /** Cyrillic letters that only Ukrainian uses (і ї є ґ): counted as Cyrillic too. */
    private static final int UKRAINIAN = 3;
    static final int ARABIC = 4;
    private static final int GREEK = 5;
    private static final int HEBREW = 6;
    private static final int CJK = 7;
    private static final int SCRIPTS = 8;
    /** The script each char counts for, precomputed for every char. */
    private static final byte[] SCRIPT = scripts();

    private static byte[] scripts() {
        byte[] t = new byte[0x10000];
        for (int i = 0; i < t.length; i++) {
            t[i] = (byte) script((char) i);
        }
        return t;
    }

    /** The script {@code c} counts for: ASCII and other letters are Latin unless a listed script has them. */
    static int script(char c) {
        if (c < 128) {
            return (c | 32) >= 'a' && (c | 32) <= 'z' ? LATIN_SCRIPT : NONE;
        } else if (c >= 0x0400 && c <= 0x052F) {
            return c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є' || c == 'Ґ'
                    ? UKRAINIAN : CYRILLIC;
        } else if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F) {
            return ARABIC;
        } else if (c >= 0x0370 && c <= 0x03FF) {
            return GREEK;
        } else if (c >= 0x0590 && c <= 0x05FF) {
            return HEBREW;
        } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3040 && c <= 0x30FF || c >= 0xAC00 && c <= 0xD7AF) {
            return CJK;
        } else if (Character.isLetter(c)) {
            return LATIN_SCRIPT;
        }
        return NONE;
    }

    /** A detector using the common-word lists of {@code lexicon}. */
    public LanguageDetector(Lexicon lexicon) {
        java.util.List<WordSet> sets = new java.util.ArrayList<>();
        for (String lang : LATIN) {
            sets.add(lexicon.common(lang));
        }
        top = WordMasks.of(sets);
        shortTop = ShortWordMasks.of(sets);
    }

    /** The language of {@code text}. */
    public String detect(String text) {
        char[] sample = new char[Math.min(text.length(), SAMPLE)];
        text.getChars(0, sample.length, sample, 0);
        return detect(sample, sample.length);
    }

    /** The language of the text whose first {@code length} chars {@code text} holds. */
    String detect(char[] text, int length) {
        int n = Math.min(length, SAMPLE);
        int[] count = new int[SCRIPTS];
        for (int i = 0; i < n; i++) {
            count[SCRIPT[text[i]]]++;
        }
        String script = byScript(count);
        return script != null ? script : latinLanguage(text, n);
    }

    /**
     * The language of the tokenised text, as {@link #detect(char[], int)} answers for its chars, from the
     * tokens: a token of Latin letters ({@link Tokens#LATIN_WORD}) counts its length for the Latin script and
     * is one word, without a look at its chars; only other tokens are read char by char. The common words are
     * looked up only for a Latin-script text, and only until the leading language is sure to stay ahead.
     */
    String detect(Tokens tokens) {
        char[] text = tokens.chars();
        int n = Math.min(tokens.text().length(), SAMPLE);
        if (tokens.scriptGap() < n) {
            return detect(text, n);
        }
        int[] count = new int[SCRIPTS + 1];
        int end = scriptCounts(tokens, n, count);
        String script = byScript(count);
        return script != null ? script : decide(text, n, latinHits(tokens, n, end, count[WORDS]));
    }

    /** Where {@link #scriptCounts} puts the most words the sample's tokens hold. */
    private static final int WORDS = SCRIPTS;

    /**
     * Counts the chars per script of the tokens that start in the first {@code n} chars into {@code count},
     * with at {@link #WORDS} the most words {@link #latinHits} may look up in them, and returns the number
     * of those tokens. Chars outside the tokens count for no script.
     */
    private static int scriptCounts(Tokens tokens, int n, int[] count) {
        char[] text = tokens.chars();
        int latin = 0;
        int words = 0;
        int size = tokens.size();
        int j = 0;
        for (; j < size; j++) {
            int s = tokens.start(j);
            if (s >= n) {
                break;
            }
            int e = Math.min(tokens.end(j), n);
            int f = tokens.flags(j);
            if ((f & Tokens.LATIN_WORD) != 0) {
                latin += e - s;
                words += e - s <= ShortWordMasks.MAX_LENGTH ? 1 : 0;
            } else {
                // at most one word (letter run) in two chars
                words += (e - s + 1) / 2;
                if ((f & Tokens.ONE_SCRIPT) != 0) {
                    count[SCRIPT[text[s]]] += e - s;
                } else {
                    for (int i = s; i < e; i++) {
                        count[SCRIPT[text[i]]]++;
                    }
                }
            }
        }
        count[LATIN_SCRIPT] += latin;
        count[WORDS] = words;
        return j;
    }

    /**
     * The common-word hits per language of the first {@code end} tokens, which hold at most {@code words}
     * words: exact, or, once one language leads every other by more than the words not yet looked up, hits
     * for which {@link #decide} gives the same answer.
     */
    private int[] latinHits(Tokens tokens, int n, int end, int words) {
        char[] text = tokens.chars();
        int[] hits = new int[LATIN.length];
        int left = words;
        int others = 0;
        // the hits since the last look at hits, a field of COUNT_BITS per language: one add per word
        int recent = 0;
        for (int j = 0; j < end; j++) {
            int f = tokens.flags(j);
            if ((f & Tokens.LATIN_WORD) == 0) {
                others++;
                continue;
            }
            int s = tokens.start(j);
            int e = Math.min(tokens.end(j), n);
            if (e - s <= ShortWordMasks.MAX_LENGTH) {
                recent += SPREAD[mask(text, s, e, ShortWordMasks.pack(text, s, e))];
                if ((--left & 7) == 0) {
                    addRecent(hits, recent);
                    recent = 0;
                    if (settled(hits, left)) {
                        return hits;
                    }
                }
            }
        }
        addRecent(hits, recent);
        for (int k = 0; others > 0 && k < end; k++) {
            if ((tokens.flags(k) & Tokens.LATIN_WORD) == 0) {
                // digits, marks or other scripts inside: its letter runs
                countWords(text, tokens.start(k), Math.min(tokens.end(k), n), hits);
                others--;
            }
        }
        return hits;
    }

    /** Bits per language in {@link #SPREAD}: room for the 8 words between two looks at the hits. */
    private static final int COUNT_BITS = 4;
    /** Per mask of languages: a 1 in the field of each of its languages. */
    private static final int[] SPREAD = spread();

    private static int[] spread() {
        int[] spread = new int[1 << LATIN.length];
        for (int mask = 0; mask < spread.length; mask++) {
            for (int k = 0; k < LATIN.length; k++) {
                spread[mask] |= (mask >>> k & 1) << k * COUNT_BITS;
            }
        }
        return spread;
    }

    /** Adds the hits {@code recent} counts ({@link #SPREAD} fields) to {@code hits}. */
    private static void addRecent(int[] hits, int recent) {
        for (int k = 0; k < LATIN.length; k++) {
            hits[k] += recent >>> k * COUNT_BITS & (1 << COUNT_BITS) - 1;
        }
    }

    /** Adds a hit to each language of {@code mask}. */
    private static void add(int[] hits, int mask) {
        for (int k = 0; k < LATIN.length; k++) {
            hits[k] += mask >>> k & 1;
        }
    }

    /** True when the language with the most hits leads every other by more than {@code left} more words. */
    private static boolean settled(int[] hits, int left) {
        int first = 0;
        int second = 0;
        for (int h : hits) {
            if (h > first) {
                second = first;
                first = h;
            } else if (h > second) {
                second = h;
            }
        }
        return first - second > left;
    }

    /** The language the script counts decide, or null for a Latin-script text. */
    private static String byScript(int[] count) {
        int latin = count[LATIN_SCRIPT];
        int ukr = count[UKRAINIAN];
        int cyr = count[CYRILLIC] + ukr;
        int arabic = count[ARABIC];
        int greek = count[GREEK];
        int hebrew = count[HEBREW];
        int cjk = count[CJK];
        int max = Math.max(Math.max(Math.max(latin, cyr), Math.max(arabic, greek)), Math.max(hebrew, cjk));
        if (max == 0) {
            return "und";
        }
        if (max == cyr) {
            return ukr * 50 >= cyr ? "uk" : "ru";
        }
        if (max == arabic) {
            return "ar";
        }
        if (max == greek) {
            return "el";
        }
        if (max == hebrew) {
            return "he";
        }
        if (max == cjk) {
            return "und";
        }
        return null;
    }

    /** The mask of the languages with the common word {@code text[s, e)} of packed key {@code key}. */
    private int mask(char[] text, int s, int e, long key) {
        return key == ShortWordMasks.NONE ? top.get(new String(text, s, e - s), 0, e - s) : shortTop.get(key);
    }

    private String latinLanguage(char[] text, int n) {
        int[] hits = new int[LATIN.length];
        countWords(text, 0, n, hits);
        return decide(text, n, hits);
    }

    /** Adds the common-word hits of the letter runs in {@code text[from, n)} to {@code hits}. */
    private void countWords(char[] text, int from, int n, int[] hits) {
        int i = from;
        while (i < n) {
            // one pass per word: find its end while packing its first chars into a key
            if ((CharClass.of(text[i]) & CharClass.LETTER) == 0) {
                i++;
                continue;
            }
            int s = i;
            long key = ShortWordMasks.EMPTY;
            do {
                if (i - s < ShortWordMasks.MAX_LENGTH) {
                    key = ShortWordMasks.append(key, text[i]);
                }
                i++;
            } while (i < n && (CharClass.of(text[i]) & CharClass.LETTER) != 0);
            if (i - s <= ShortWordMasks.MAX_LENGTH) {
                add(hits, mask(text, s, i, key));
            }
        }
    }

    /** The language with the most common-word hits (a tie by letters), "und" when no word is common. */
    private static String decide(char[] text, int n, int[] hits) {
        int best = -1;
        for (int k = 0; k < LATIN.length; k++) {
            if (hits[k] > 0 && (best < 0 || hits[k] > hits[best])) {
                best = k;
            }
        }
        int tied = 0;
        for (int k = 0; best >= 0 && k < LATIN.length; k++) {
            tied += hits[k] == hits[best] ? 1 : 0;
        }
        if (tied > 1) {
            best = byLetters(text, n, hits, best);
        }
        return best < 0 ? "und" : LATIN[best];
    }

    /**
     * Of the languages tied at {@code hits[best]} common words, the one whose own letters (é à ç, ñ, ä ß, ã)
     * the text uses most: "Le ministre est à Bakou" shares "le" and "est" with English web text, but not "à".
     * English, with no letters of its own, wins a tie only when no such letter occurs; else the first tied.
     */
    private static int byLetters(char[] text, int n, int[] hits, int best) {
        int[] letters = new int[LATIN.length];
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c >= 0xC0) {
                for (int k = 0; k < LATIN.length; k++) {
                    if (LETTERS[k].indexOf(Character.toLowerCase(c)) >= 0) {
                        letters[k]++;
                    }
                }
            }
        }
        int pick = best;
        for (int k = 0; k < LATIN.length; k++) {
            if (hits[k] == hits[best] && letters[k] > letters[pick]) {
                pick = k;
            }
        }
        return pick;
    }
}
