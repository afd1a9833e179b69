package org.conflictmap.geoparse;

import java.util.List;

/**
 * OCR of texts printed with the long s (ſ) before about 1820: the OCR reads ſ as "f" ("Ruffie" for
 * "Ruſſie" = Russie, "Afie" for Asie, "eft" for "eſt"). A French text is such a text when at least
 * {@value #MIN_MARKERS} of its words are long-s readings of common function words ("eft", "fe", "fes", "fon",
 * "auffi", "ainfi"), which no modern French text holds. In such a text a capitalised word that is no name may be
 * one with each "f" read as "s". Stateless.
 */
final class LongS {

    /** Marker words a document needs before its "f"s are read as long s. */
    static final int MIN_MARKERS = 3;
    private static final WordSet MARKERS = WordSet.of(List.of("eft", "fe", "fes", "fon", "auffi", "ainfi",
            "lefquels", "lefquelles", "prefque", "fous", "fuivant"));
    /** Tokens scanned for markers: the head of a long document is enough. */
    private static final int SCAN = 3000;

    private LongS() {
    }

    /** True when {@code t} reads as French OCR of long-s print. */
    static boolean isLongSText(Tokens t, String lang) {
        if (!"fr".equals(lang)) {
            return false;
        }
        int found = 0;
        int n = Math.min(t.size(), SCAN);
        for (int i = 0; i < n && found < MIN_MARKERS; i++) {
            if ((t.flags(i) & Tokens.LOWER) != 0 && t.length(i) <= 9
                    && MARKERS.contains(t.chars(), t.start(i), t.end(i))) {
                found++;
            }
        }
        return found >= MIN_MARKERS;
    }

    /** The key with every "f" read as "s", or null when the key has no "f". */
    static String sKey(String key) {
        return key.indexOf('f') < 0 ? null : key.replace('f', 's');
    }
}
