package org.conflictmap.geoparse;

import java.util.List;
import java.util.Set;

/**
 * Other spellings of a place name that transliteration and abbreviation habits produce, to look a name up by
 * when the gazetteer has no key for it as written: "Saint Croix County" / "St. Croix County", "Mt Kenya" /
 * "Mount Kenya", "Qamishli" / "Al Qamishli". Keys are normalised ({@link org.conflictmap.gazetteer.NameNormalizer}).
 */
final class NameVariants {

    private NameVariants() {
    }

    /** Words of place names written in full or abbreviated (normalised forms), each followed by its other form. */
    private static final List<String> ABBREVIATIONS = List.of("saint", "st", "st", "saint", "sainte", "ste",
            "ste", "sainte", "mount", "mt", "mt", "mount", "fort", "ft", "ft", "fort");

    /**
     * {@code key} with its first word that has an abbreviated or full other form ("saint" / "st", "mount" /
     * "mt", "fort" / "ft", "sainte" / "ste") written the other way, or null when it has none.
     */
    static String abbreviation(String key) {
        String[] words = key.split(" ");
        for (int w = 0; w < words.length; w++) {
            for (int k = 0; k < ABBREVIATIONS.size(); k += 2) {
                if (words[w].equals(ABBREVIATIONS.get(k))) {
                    words[w] = ABBREVIATIONS.get(k + 1);
                    return String.join(" ", words);
                }
            }
        }
        return null;
    }

    /** The Arabic definite article as transliterations write it, also assimilated ("ar Raqqah", "ash Sham"). */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath",
            "adh", "ed", "er", "es", "et", "ez", "en");

    /**
     * {@code key} with the Arabic definite article the other way: without it when it starts with one ("al tanf" →
     * "tanf"), else with "al" ("qamishli" → "al qamishli"): transliterations drop or keep it at will.
     */
    static String article(String key) {
        int sp = key.indexOf(' ');
        if (sp > 0 && ARTICLES.contains(key.substring(0, sp))) {
            return key.substring(sp + 1);
        }
        return key.isEmpty() ? null : "al " + key;
    }
}
