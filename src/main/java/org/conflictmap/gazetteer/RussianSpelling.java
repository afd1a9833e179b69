package org.conflictmap.gazetteer;

import java.util.Optional;

/**
 * The Russian spelling of a Ukrainian town name that GeoNames has only in Ukrainian. Russian news writes the
 * towns renamed since 2016 by their new Ukrainian names without the soft sign of the suffix -ськ ("Покровськ" is
 * "Покровск", "Торецьк" "Торецк"), while GeoNames' Russian names are often the old ones ("Красноармейск"). The
 * variant is given only when nothing else in the name is Ukrainian-only (і, ї, є, ґ, apostrophe), so that it
 * is a plausible Russian word.
 */
public final class RussianSpelling {

    private RussianSpelling() {
    }

    /** The Russian-spelt key of {@code name} of a place in {@code country}, when it differs; else empty. */
    public static Optional<String> of(String name, String country) {
        if (!"UA".equals(country) || name.indexOf('ь') < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < name.length(); i++) {
            if (UKRAINIAN_ONLY.indexOf(name.charAt(i)) >= 0) {
                return Optional.empty();
            }
        }
        String key = NameNormalizer.normalize(name);
        String russian = WORD_END_SOFT_SIGN.matcher(key).replaceAll("$1к");
        return russian.equals(key) ? Optional.empty() : Optional.of(russian);
    }

    /** "-ськ" or "-цьк" ending a word: the suffix of a town; "-ське" (a village, Russian "-ское") is left alone. */
    private static final java.util.regex.Pattern WORD_END_SOFT_SIGN = java.util.regex.Pattern.compile("([сц])ьк(?= |$)");

    /** Letters and apostrophes that Russian does not write. */
    private static final String UKRAINIAN_ONLY = "іїєґІЇЄҐ'\u2019\u02bc";
}
