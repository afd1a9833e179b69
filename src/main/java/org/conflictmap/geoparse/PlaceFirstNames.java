package org.conflictmap.geoparse;

import java.util.function.IntPredicate;

/**
 * A place name that is also a common first name, written right before a surname: "Jordan Bardella", "Georgia
 * Meloni", "Paris Hilton", "Victoria Nuland" name people, however prominent the place. The next word must
 * follow after exactly one space and be an unknown name (capitalised, no gazetteer key, no ordinary word), and
 * no locative preposition may stand before the first ("in Jordan Valley" has a place). Stateless.
 */
final class PlaceFirstNames {

    private PlaceFirstNames() {
    }

    /**
     * True when the one-token span {@code s} is one of {@code names} ({@link Lexicon#placeFirstNames}) before a
     * surname; {@code unknownName} tells
     * whether a token is a capitalised word that names nothing the gazetteer or the word lists know.
     */
    static boolean beforeSurname(Tokens t, Span s, WordSet names, IntPredicate unknownName) {
        int i = s.firstToken();
        int next = i + 1;
        if (s.tokenCount() != 1 || next >= t.size() || (t.flags(i) & (Tokens.CAP | Tokens.ALL_CAPS)) != Tokens.CAP
                || t.start(next) != t.end(i) + 1 || t.text().charAt(t.end(i)) != ' ') {
            return false;
        }
        return names.contains(t.text(), t.start(i), t.end(i)) && unknownName.test(next);
    }
}
