package org.conflictmap.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spellings of Arabic place names that news text uses and GeoNames often lacks. GeoNames writes the
 * definite article ("Al Qāmishlī", "Al Ḩudaydah", "Aş Şanamayn"); English and French reports mostly drop it
 * ("Qamishli", "Hodeidah") and write it as "al" or "el" inside a name at will ("Deir al-Balah", "Deir
 * el-Balah"). For a name of a place in a country where Arabic is an official language, this gives the name
 * without a leading article (when at least five letters are left, so that short stems such as "Bab" or
 * "Ain" do not become names), with a leading "al" written "el" or back, and with an inner "al" written "el" or
 * the other way round.
 */
public final class ArabicArticle {

    /** Arab League members, Western Sahara, Chad and Israel (Arab towns). */
    public static final Set<String> COUNTRIES = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY",
            "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH", "TD", "IL");

    /** The article as it is transliterated, sun-letter assimilations included ("ash Shām", "ad Dawḩah"). */
    private static final Set<String> LEADING = Set.of("al", "el", "ar", "as", "ash", "ad", "adh", "at", "ath",
            "az", "an", "er", "es", "esh", "ed", "et", "ez", "en");

    private static final int MIN_STEM = 5;

    private ArabicArticle() {
    }

    /** Extra name keys for {@code name} of a place in {@code country} (ISO 3166-1 alpha-2); often none. */
    public static List<String> variants(String name, String country) {
        if (!COUNTRIES.contains(country)) {
            return List.of();
        }
        String key = NameNormalizer.normalize(name);
        List<String> out = new ArrayList<>(2);
        String stem = stem(key);
        if (stem != null) {
            out.add(stem);
            if (key.startsWith("al ") || key.startsWith("el ")) {
                out.add((key.charAt(0) == 'a' ? "el " : "al ") + stem); // "Al-Faschir" is also "El Faschir"
            }
        }
        for (String[] swap : new String[][] {{" al ", " el "}, {" el ", " al "}}) {
            if (key.contains(swap[0])) {
                out.add(key.replace(swap[0], swap[1]));
            }
        }
        return out;
    }

    /**
     * The name key ({@link NameNormalizer#normalize}) without its leading article ("qamishli" for "al
     * qamishli"), or null when it has none or too short a rest.
     */
    public static String stem(String key) {
        int space = key.indexOf(' ');
        if (space <= 0 || !LEADING.contains(key.substring(0, space))) {
            return null;
        }
        String rest = key.substring(space + 1);
        return rest.codePointCount(0, rest.length()) >= MIN_STEM && Character.isLetter(rest.codePointAt(0)) ? rest
                : null;
    }
}
