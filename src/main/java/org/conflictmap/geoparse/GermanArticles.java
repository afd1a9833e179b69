package org.conflictmap.geoparse;

import java.util.List;
import java.util.function.Predicate;
import org.conflictmap.gazetteer.Place;

/**
 * German capitalises every noun, so capitalisation says nothing about "Bahn", "Norden" or "Welle", which are
 * also the names of small towns. But German writes a town's name without an article ("in Bachmut", not "in dem
 * Bachmut"), while a noun takes one: a single word right after an article ("den Norden", "im Norden") or
 * after an article and a capitalised demonym adjective ("die Deutsche Bahn", "der Deutschen Welle") is a noun
 * when every candidate is a minor town or district. Countries, regions, rivers and mountains do take an
 * article ("der Libanon", "im Donbass", "am Dnipro") and are never rejected here. Stateless.
 */
final class GermanArticles {

    /** Articles and the prepositions fused with one. */
    private static final WordSet ARTICLES = WordSet.of(List.of("der", "die", "das", "des", "dem", "den", "ein",
            "eine", "einer", "eines", "einem", "einen", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans"));

    private GermanArticles() {
    }

    /**
     * True when the one-word match {@code s} of a German text is a common noun: an article before it (perhaps
     * with a demonym adjective between) and only minor towns or districts among its candidates.
     */
    static boolean isNoun(Tokens t, Span s, List<Place> candidates, String lang, Predicate<String> demonym) {
        int first = s.firstToken();
        if (s.tokenCount() != 1 || first == 0 || !"de".equalsIgnoreCase(lang) || !t.joinsNext(first - 1)) {
            return false;
        }
        int p = first - 1;
        String text = t.text();
        if (!ARTICLES.contains(text, t.start(p), t.end(p))) {
            // "die Deutsche Bahn": a capitalised adjective of a name between
            if (p == 0 || !t.joinsNext(p - 1) || (t.flags(p) & Tokens.CAP) == 0
                    || !ARTICLES.contains(text, t.start(p - 1), t.end(p - 1))
                    || !demonym.test(MatchKeys.keyOf(t.chars(), t.start(p), t.end(p)))) {
                return false;
            }
        }
        int n = Math.min(candidates.size(), 5);
        for (int k = 0; k < n; k++) {
            Place c = candidates.get(k);
            boolean district = "A".equals(c.featureClass()) && !Priors.isArea(c);
            if (Priors.isProminent(c) || !(c.isPopulatedPlace() || district)) {
                return false;
            }
        }
        return n > 0;
    }

    /**
     * German writes adjectives in lower case ("deutsche Soldaten"): a capitalised demonym inside a sentence,
     * before a capitalised word, is part of a name ("Deutsche Bahn", "Deutsche Welle").
     */
    static boolean isNamePart(Tokens t, Span s, String lang) {
        int first = s.firstToken();
        int next = s.lastToken() + 1;
        return "de".equalsIgnoreCase(lang) && (t.flags(first) & Tokens.CAP) != 0
                && (t.flags(first) & Tokens.SENT_START) == 0 && next < t.size() && t.joinsNext(s.lastToken())
                && (t.flags(next) & Tokens.CAP) != 0;
    }
}
