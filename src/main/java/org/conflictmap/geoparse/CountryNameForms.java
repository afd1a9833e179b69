package org.conflictmap.geoparse;

import java.util.Set;

/**
 * A capitalised word whose key is a demonym that is, in the text's language, the country's own name. Spanish,
 * Italian, Portuguese, Russian and Ukrainian write demonyms in lower case ("la guerra siria", "российские
 * войска"), so inside a sentence a capitalised "Siria", "Libia", "Síria" is the country, though French "syrien"
 * and Spanish "siria" make the key a demonym too; at a sentence start only a form ending in "-a" is taken so
 * ("Siria acusa", not "Rusos y ucranianos"). German capitalises demonym nouns, but none ends in "-ien",
 * the ending of many country names that are French demonyms as well ("Syrien", "Italien", "Algerien").
 */
final class CountryNameForms {

    /** Languages that write demonyms (adjectives and nouns) in lower case. */
    private static final Set<String> LOWER_CASE_DEMONYMS = Set.of("es", "it", "pt", "ca", "ru", "uk", "be");

    private static final Set<String> ROMANCE = Set.of("es", "it", "pt", "ca");

    private CountryNameForms() {
    }

    /** True when the demonym span {@code s} is written as its country's name in language {@code lang}. */
    static boolean isCountryName(Tokens t, Span s, String lang) {
        int f = t.flags(s.firstToken());
        if ((f & Tokens.CAP) == 0 || (f & Tokens.ALL_CAPS) != 0 || lang == null) {
            return false;
        }
        if ("de".equals(lang)) {
            return s.tokenCount() == 1 && s.key().endsWith("ien");
        }
        if (!LOWER_CASE_DEMONYMS.contains(lang)) {
            return false;
        }
        // a sentence may start with a demonym noun ("Rusos y ucranianos...", "Российские войска"), but hardly
        // with a singular feminine adjective: "Siria acusa a Israel" is the country
        return (f & Tokens.SENT_START) == 0 || ROMANCE.contains(lang) && s.key().endsWith("a");
    }
}
