package org.conflictmap.geoparse;

/**
 * Cheap language guess for texts that come without one: the dominant script decides for Arabic, Cyrillic
 * (Ukrainian when і ї є ґ occur, else Russian), Greek, Hebrew and CJK; Latin-script texts are scored by
 * how many of their words are among the 100 most common words of each bundled language.
 * Returns an ISO 639-1 code, or "und" when nothing fits. Thread-safe.
 */
public final class LanguageDetector {

    private static final String[] LATIN = {"en", "fr", "es", "de", "it", "pt"};
    private static final int SAMPLE = 4000;
    /** Bit k: the word is a common word of LATIN[k]. */
    private final WordMasks top;

    /** A detector using the common-word lists of {@code lexicon}. */
    public LanguageDetector(Lexicon lexicon) {
        java.util.List<WordSet> sets = new java.util.ArrayList<>();
        for (String lang : LATIN) {
            sets.add(lexicon.common(lang));
        }
        top = WordMasks.of(sets);
    }

    /** The language of {@code text}. */
    public String detect(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int latin = 0;
        int cyr = 0;
        int ukr = 0;
        int arabic = 0;
        int greek = 0;
        int hebrew = 0;
        int cjk = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c | 32) >= 'a' && (c | 32) <= 'z') {
                    latin++;
                }
            } else if (c >= 0x0400 && c <= 0x052F) {
                cyr++;
                if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є' || c == 'Ґ') {
                    ukr++;
                }
            } else if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F) {
                arabic++;
            } else if (c >= 0x0370 && c <= 0x03FF) {
                greek++;
            } else if (c >= 0x0590 && c <= 0x05FF) {
                hebrew++;
            } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3040 && c <= 0x30FF || c >= 0xAC00 && c <= 0xD7AF) {
                cjk++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
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
        return latinLanguage(text, n);
    }

    private String latinLanguage(String text, int n) {
        int[] hits = new int[LATIN.length];
        int i = 0;
        while (i < n) {
            while (i < n && (CharClass.of(text.charAt(i)) & CharClass.LETTER) == 0) {
                i++;
            }
            int s = i;
            while (i < n && (CharClass.of(text.charAt(i)) & CharClass.LETTER) != 0) {
                i++;
            }
            if (i - s >= 1 && i - s <= 6) {
                int m = top.get(text, s, i);
                for (int k = 0; m != 0; k++, m >>>= 1) {
                    hits[k] += m & 1;
                }
            }
        }
        int best = -1;
        for (int k = 0; k < LATIN.length; k++) {
            if (hits[k] > 0 && (best < 0 || hits[k] > hits[best])) {
                best = k;
            }
        }
        return best < 0 ? "und" : LATIN[best];
    }
}
