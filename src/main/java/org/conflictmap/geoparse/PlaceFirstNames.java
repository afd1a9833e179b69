package org.conflictmap.geoparse;

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
     * The token that may be a surname after the one-token span {@code s}, when {@code s} is one of {@code names}
     * ({@link Lexicon#placeFirstNames}) followed by one space; else -1. The caller then asks whether that token is
     * an unknown name ({@link NameNeighbours#isUnknownName}): a predicate passed in would capture the tokens and
     * allocate at every span.
     */
    static int surnameAfter(Tokens t, Span s, WordSet names) {
        int i = s.firstToken();
        int next = i + 1;
        if (s.tokenCount() != 1 || next >= t.size() || (t.flags(i) & (Tokens.CAP | Tokens.ALL_CAPS)) != Tokens.CAP
                || t.start(next) != t.end(i) + 1 || t.text().charAt(t.end(i)) != ' ') {
            return -1;
        }
        return names.contains(t.text(), t.start(i), t.end(i)) ? next : -1;
    }
}
