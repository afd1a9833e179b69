package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;

/**
 * Spanish, French and other languages put an article before some country names ("el Líbano", "El Perú", "la
 * Argentina"), and the gazetteer also lists small towns named with the article ("El Líbano", Panama; "La
 * Argentina", Colombia). A match that starts with an article and names only minor places, while the rest of it
 * names a country, a capital or a city of a million, is read as the article and that name. Stateless.
 */
final class ArticleNames {

    private ArticleNames() {
    }

    /** The span without its leading article when that reading names a far better known place; else null. */
    static Span withoutArticle(Tokens t, Span s, List<Place> cands, Lexicon lexicon, Gazetteer gazetteer) {
        int first = s.firstToken();
        if (s.tokenCount() < 2 || !lexicon.articles().contains(t.text(), t.start(first), t.end(first))
                || anyProminent(cands, false)) {
            return null;
        }
        String rest = MatchKeys.keyOf(t.text(), t.start(first + 1), s.end());
        if (!gazetteer.containsKey(rest) || !anyProminent(gazetteer.candidates(rest), true)) {
            return null;
        }
        return new Span(t.start(first + 1), s.end(), first + 1, s.lastToken(), rest, gazetteer.isDemonymKey(rest));
    }

    private static boolean anyProminent(List<Place> cands, boolean very) {
        for (int k = 0; k < Math.min(cands.size(), 5); k++) {
            if (very ? Priors.isVeryProminent(cands.get(k)) : Priors.isProminent(cands.get(k))) {
                return true;
            }
        }
        return false;
    }
}
