package org.conflictmap.geoparse;

/**
 * Titles of newspapers, works and groups quoted with guillemets: a place name that ends such a title after
 * "de" ("« Echo de Paris »", "« Dernières Nouvelles de Leipzig »", "« Petits chanteurs de Montana »")
 * names the paper or the group, not the place. OCR often reads the guillemets as {@code <} and {@code >}.
 * Stateless.
 */
final class QuotedTitles {

    /** Words a title may hold between its opening guillemet and "de" + the place. */
    private static final int MAX_WORDS = 6;

    private QuotedTitles() {
    }

    /** True when tokens {@code first..last} end a guillemet-quoted title after "de" / "d'" / "du" / "des". */
    static boolean endsQuotedTitle(Tokens t, int first, int last) {
        String text = t.text();
        int k = t.end(last);
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || !isClosing(text.charAt(k))) {
            return false;
        }
        int de = first - 1;
        if (de < 1 || !t.joinsNext(de) || !(t.equalsIgnoreCase(de, "de") || t.equalsIgnoreCase(de, "d")
                || t.equalsIgnoreCase(de, "du") || t.equalsIgnoreCase(de, "des"))) {
            return false;
        }
        // back from "de" to the opening guillemet, over a few words and no other quote or sentence mark
        for (int w = de - 1; w >= 0 && de - w <= MAX_WORDS; w--) {
            int from = t.end(w);
            int to = t.start(w + 1);
            for (int c = from; c < to; c++) {
                if (isClosing(text.charAt(c)) || text.charAt(c) == '.') {
                    return false;
                }
            }
            int g = t.start(w) - 1;
            while (g >= 0 && text.charAt(g) == ' ') {
                g--;
            }
            if (g >= 0 && isOpening(text.charAt(g))) {
                return (t.flags(w) & Tokens.CAP) != 0;
            }
        }
        return false;
    }

    private static boolean isOpening(char c) {
        return c == '«' || c == '<' || c == '“' || c == '‹';
    }

    private static boolean isClosing(char c) {
        return c == '»' || c == '>' || c == '”' || c == '›';
    }
}
