package org.conflictmap.geoparse;

import java.util.List;
import java.util.Set;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/**
 * Where a reported mention starts and ends, around the gazetteer match. In Romance languages:
 * <ul>
 *   <li>a lower-case generic head joined by "de" / "d'" / "du" (and an article) belongs to the mention
 *       ("lac de Neuchâtel", "canton de Vaud", "village de la Môle");</li>
 *   <li>so does a lower-case head of a sea, lake, island, mountain or street right before the name
 *       ("mer Noire", "île Maurice", "place Saint-François"), and "outre-" ("outre-Rhin");</li>
 *   <li>a regional adjective after the name belongs to it ("Suisse romande", "Europe occidentale",
 *       "Allemagne du Sud").</li>
 * </ul>
 * In English, a capitalised natural-feature head the gazetteer does not hold with the name belongs to the
 * mention, after it ("Tijuana River", "Thames Valley", "St. Louis Hills") or before it ("Lake Manassas",
 * "Mount Chaambi"); the feature lies at or near the place so named. In any language a short alternate name
 * written as an abbreviation keeps its final dot ("Calif.").
 * Thread-safe.
 */
final class SpanBounds {

    private static final Set<String> ROMANCE = Set.of("fr", "es", "it", "pt", "ca", "ro");
    /** Genitive links between a generic head and its name. */
    private static final WordSet HEAD_LINKS = WordSet.of(List.of("de", "d", "du", "del", "di", "do", "da"));
    /** Articles after "de" ("village de la Môle", "rade de l'Aboukir"). */
    private static final WordSet LINK_ARTICLES = WordSet.of(List.of("la", "l"));
    /** Heads written right before a name, with no "de": "mer Noire", "île Maurice", "place Fédérale". */
    private static final WordSet DIRECT_HEADS = WordSet.of(List.of("mer", "lac", "île", "ile", "îles", "iles",
            "isles", "mont", "monts", "place", "quai", "rue", "avenue", "boulevard", "golfe", "baie", "détroit",
            "fort", "pont", "quartier", "faubourg", "cap", "pointe", "canal"));
    /** Lower-case adjectives that make a region of a country or continent ("Suisse romande"). */
    private static final WordSet REGION_ADJECTIVES = WordSet.of(List.of("occidental", "occidentale",
            "occidentaux", "occidentales", "oriental", "orientale", "orientaux", "orientales", "méridional",
            "méridionale", "méridionaux", "méridionales", "septentrional", "septentrionale", "septentrionaux",
            "septentrionales", "central", "centrale", "romand", "romande", "alémanique", "française", "allemande",
            "italienne"));
    /** Points of the compass after "du": "Allemagne du Sud". */
    private static final WordSet COMPASS = WordSet.of(List.of("nord", "sud", "est", "ouest", "centre"));

    /** English natural-feature heads written after the name ("Tijuana River", "San Joaquin Valley"). */
    private static final WordSet EN_HEADS_AFTER = WordSet.of(List.of("river", "valley", "hills", "mountains",
            "creek", "canyon", "basin", "bay", "lake", "lakes", "harbor", "harbour", "delta", "peninsula", "desert",
            "plains", "range", "gorge", "glacier", "reservoir", "forest", "sound", "strait", "straits", "coast",
            "highlands", "lowlands", "estuary", "plateau", "island", "islands"));
    /** English natural-feature heads written before the name ("Lake Manassas", "Mount Chaambi"). */
    private static final WordSet EN_HEADS_BEFORE = WordSet.of(List.of("lake", "mount", "mt", "cape", "isle"));

    private final Lexicon lexicon;

    SpanBounds(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * True when token {@code i} is a French lower-case head written right before a capitalised name
     * ("mer Noire", "île Maurice"): a gazetteer name may start there.
     */
    static boolean startsHeadedName(Tokens t, int i, String lang) {
        return i + 1 < t.size() && "fr".equals(lang) && t.joinsNext(i) && (t.flags(i + 1) & Tokens.CAP) != 0
                && t.start(i + 1) == t.end(i) + 1 && DIRECT_HEADS.contains(t.text(), t.start(i), t.end(i));
    }

    /** The start offset to report for match {@code s} whose candidates are given best first. */
    int start(Tokens t, Span s, List<Place> candidates, String lang) {
        int first = s.firstToken();
        if ("en".equals(lang) && first >= 1 && headJoins(t, first - 1, first, false)
                && EN_HEADS_BEFORE.contains(t.text(), t.start(first - 1), t.end(first - 1))) {
            return t.start(first - 1); // Lake Manassas
        }
        if (first < 1 || lang == null || !ROMANCE.contains(lang)) {
            return s.start();
        }
        String text = t.text();
        int p = first - 1;
        if (!t.joinsNext(p)) {
            return s.start();
        }
        if ((t.flags(p) & Tokens.LOWER) != 0 && "fr".equals(lang) && t.equalsIgnoreCase(p, "outre")
                && t.end(p) + 1 == t.start(first) && text.charAt(t.end(p)) == '-') {
            return t.start(p); // outre-Rhin
        }
        if ((t.flags(p) & Tokens.LOWER) != 0 && t.end(p) + 1 == t.start(first)
                && Character.isWhitespace(text.charAt(t.end(p)))
                && DIRECT_HEADS.contains(text, t.start(p), t.end(p)) && "fr".equals(lang)) {
            return t.start(p); // mer Noire
        }
        int de = p;
        if (LINK_ARTICLES.contains(text, t.start(de), t.end(de)) && (t.flags(de) & Tokens.LOWER) != 0 && de > 0
                && t.joinsNext(de - 1)) {
            if (!candidates.isEmpty() && (Priors.isCountryLike(candidates.get(0))
                    || Priors.isContinent(candidates.get(0)))) {
                return s.start(); // "la place de la Suisse": a country has no head
            }
            de--; // village de la Môle
        }
        int head = de - 1;
        if (head < 0 || !t.joinsNext(head) || (t.flags(head) & Tokens.LOWER) == 0
                || !HEAD_LINKS.contains(text, t.start(de), t.end(de))) {
            return s.start();
        }
        return lexicon.genericHeads().contains(text, t.start(head), t.end(head)) ? t.start(head) : s.start();
    }

    /** The end offset to report for match {@code s} whose candidates are given best first. */
    int end(Tokens t, Span s, List<Place> candidates, String lang) {
        String text = t.text();
        int e = s.end();
        int last = s.lastToken();
        if (e < text.length() && text.charAt(e) == '.' && t.length(last) <= 5
                && (t.flags(last) & (Tokens.DOTTED | Tokens.ALL_CAPS)) == 0 && !candidates.isEmpty()
                && isAbbreviationOf(s.key(), NameNormalizer.normalize(candidates.get(0).name()))) {
            return e + 1;
        }
        if ("en".equals(lang) && !s.demonym() && last + 1 < t.size() && headJoins(t, last, last + 1, true)
                && EN_HEADS_AFTER.contains(text, t.start(last + 1), t.end(last + 1))) {
            return t.end(last + 1); // Tijuana River
        }
        if (!"fr".equals(lang) || s.demonym() && (t.flags(last) & Tokens.CAP) == 0 || candidates.isEmpty()
                || !Priors.isArea(candidates.get(0))) {
            return e;
        }
        int n = last + 1;
        if (n < t.size() && t.joinsNext(last) && (t.flags(n) & Tokens.LOWER) != 0 && t.start(n) == e + 1
                && REGION_ADJECTIVES.contains(text, t.start(n), t.end(n))) {
            return t.end(n); // Suisse romande
        }
        if (n + 1 < t.size() && t.joinsNext(last) && t.joinsNext(n) && t.equalsIgnoreCase(n, "du")
                && (t.flags(n + 1) & Tokens.CAP) != 0 && COMPASS.contains(text, t.start(n + 1), t.end(n + 1))) {
            return t.end(n + 1); // Allemagne du Sud
        }
        return e;
    }

    /**
     * True when token {@code i} is an English natural-feature head written after a capitalised word of the
     * same name that is no place ("Fire Island", "Grand Canyon" when the gazetteer has neither): no name alone.
     * An ordinary word starting the sentence is no part of a name ("In Valley, ...").
     */
    boolean isHeadOfUnknownName(Tokens t, int i, String lang) {
        return "en".equals(lang) && i >= 1 && headJoins(t, i - 1, i, true)
                && EN_HEADS_AFTER.contains(t.text(), t.start(i), t.end(i))
                && ((t.flags(i - 1) & Tokens.SENT_START) == 0
                        || !lexicon.common(lang).contains(t.chars(), t.start(i - 1), t.end(i - 1)));
    }

    /** True when {@code text[s, e)} is an English natural-feature head written after names ("Hills"). */
    static boolean isEnglishHeadAfter(String text, int s, int e) {
        return EN_HEADS_AFTER.contains(text, s, e);
    }

    /**
     * Tokens {@code a} and {@code b = a + 1} are two capitalised words (not all capitals) one space apart;
     * {@code headIsB} says which one is the head: a head written in capitals is a headline, not a name part.
     */
    private static boolean headJoins(Tokens t, int a, int b, boolean headIsB) {
        int head = headIsB ? b : a;
        return t.joinsNext(a) && t.start(b) == t.end(a) + 1 && t.text().charAt(t.end(a)) == ' '
                && (t.flags(a) & Tokens.CAP) != 0 && (t.flags(b) & Tokens.CAP) != 0
                && (t.flags(head) & Tokens.ALL_CAPS) == 0;
    }

    /**
     * "calif" / "md" / "ga" abbreviate "california" / "maryland" / "georgia": same first letter, in order; but
     * "new york" is the first words of "new york city", written in full (its sentence's full stop is no part of it).
     */
    static boolean isAbbreviationOf(String key, String name) {
        if (key.isEmpty() || name.length() < key.length() + 2 || key.charAt(0) != name.charAt(0)
                || name.startsWith(key) && name.charAt(key.length()) == ' ') {
            return false;
        }
        // over char arrays, not charAt: a loop over a String's chars is compiled for the string coding seen so far
        // (Latin-1), and a rare name in another script then trapped and recompiled the whole of end()
        char[] k = key.toCharArray();
        int j = 0;
        for (char c : name.toCharArray()) {
            if (c == k[j] && ++j == k.length) {
                return true;
            }
        }
        return false;
    }
}
