package org.conflictmap.geoparse;

import java.util.List;

/**
 * Place names joined into one list by a coordinating conjunction: in "fighting in Bamako and Kidal", "à Gao
 * et Tombouctou", "в Херсоне и Николаеве" the preposition before the first name governs the whole list, so
 * each later name has the locative cue of the first ("in Timbuktu, Mopti and Gao"). Only a comma or a
 * conjunction (with commas and spaces around it) may stand between two names of the list.
 */
final class Coordination {

    /**
     * Coordinating conjunctions of the supported languages ("and", "or", "as well as" in one word). A {@link WordSet}
     * ignores case without a lower-cased copy of the text (String.toLowerCase, inlined here, was most of this
     * method's compiled code).
     */
    private static final WordSet CONJUNCTIONS = WordSet.of(List.of(
            "and", "or", "et", "ou", "y", "e", "o", "u", "und", "oder", "sowie",
            "и", "или", "а", "і", "й", "та", "або", "أو"));

    private Coordination() {
    }

    /**
     * True when the text between {@code prevEnd} and {@code start} is a comma or one coordinating
     * conjunction, with only spaces and commas around it (", ", " and ", ", and ").
     */
    static boolean joins(String text, int prevEnd, int start) {
        if (prevEnd >= start || start - prevEnd > 12) {
            return false;
        }
        int a = prevEnd;
        int b = start;
        while (a < b && isSpaceOrComma(text.charAt(a))) {
            a++;
        }
        while (b > a && isSpaceOrComma(text.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            for (int k = prevEnd; k < start; k++) {
                if (text.charAt(k) == ',') {
                    return true; // "Timbuktu, Mopti"
                }
            }
            return false; // spaces only: two names side by side are no list
        }
        return CONJUNCTIONS.contains(text, a, b);
    }

    private static boolean isSpaceOrComma(char c) {
        return c == ' ' || c == ',' || c == '\u00A0';
    }
}
