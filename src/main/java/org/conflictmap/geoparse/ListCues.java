package org.conflictmap.geoparse;

import java.util.Set;

/**
 * A preposition of place governs every item of a list it introduces: "під Покровськом і Куп'янськом", "in Gao
 * and Kidal", "cerca de Tombuctú y Kidal". The items after the first carry no preposition of their own, so a
 * minor place among them is cued by the one before it when only a conjunction or a comma separates them.
 * Stateless.
 */
final class ListCues {

    /** "And" and "or" in the bundled languages. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "et", "ou", "y", "e", "o", "u", "und",
            "oder", "и", "или", "і", "й", "та", "або", "чи");

    private ListCues() {
    }

    /** True when {@code text[from, to)} holds only a comma, a conjunction, or a comma and a conjunction. */
    static boolean listGap(String text, int from, int to) {
        if (to <= from || to - from > 8) {
            return false;
        }
        int s = skipSpaces(text, from, to);
        boolean comma = s < to && text.charAt(s) == ',';
        if (comma) {
            s = skipSpaces(text, s + 1, to);
        }
        int e = to;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? comma : CONJUNCTIONS.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * True when a capitalised word inside the sentence follows token {@code last}: the match may be the start of
     * a longer name the gazetteer lacks ("Bains and Grants Town"), too weak for a cue borrowed from a list.
     */
    static boolean runsOn(Tokens t, int last) {
        int n = last + 1;
        return n < t.size() && t.joinsNext(last) && (t.flags(n) & Tokens.CAP) != 0
                && (t.flags(n) & Tokens.SENT_START) == 0;
    }

    private static int skipSpaces(String text, int s, int to) {
        while (s < to && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }
}
