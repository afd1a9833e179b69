package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/**
 * The {@link MentionFilter} rules on the words next to a match that make it part of a person's or an
 * organisation's name: a title, a first name, an organisation word ("Groupe de Minsk") or an unknown capitalised
 * word right before it; an organisation word ("RIA Novosti") or an unknown capitalised word right after it; a
 * minor place name beside a one-word minor place ("Campbell Davis"). Thread-safe.
 */
final class NameNeighbours {

    /** Genitive links between an organisation word and the name it belongs to ("Groupe de", "Committee of"). */
    private static final WordSet ORG_LINKS = WordSet.of(List.of("of", "de", "du", "des", "d", "del", "della", "di",
            "da", "do", "von", "der"));

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final OrdinaryWords ordinary;

    NameNeighbours(Gazetteer gazetteer, Lexicon lexicon, OrdinaryWords ordinary) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.ordinary = ordinary;
    }

    /**
     * The rules, in the order to ask them: {@link Before}, {@link After}, {@link BesideMinorPlace}. The last
     * says only {@code PERSON}, so the filter may ask its other {@code PERSON}-only rules before or after it.
     */
    FilterRule[] rules() {
        return new FilterRule[] {new Before(), new After(), new BesideMinorPlace()};
    }

    /**
     * A rule: {@code PERSON} for a title or a first name right before the match, {@code DROP} for an
     * organisation word, {@code NAME_PART} for an unknown capitalised word (not a German noun for a kind of
     * place: "die Hafenstadt Odessa"), unless a declining language writes the place in an oblique case after a
     * title ("Президент России", "мэр Киева") or an uncased script puts a title before a very prominent place
     * ("زار الرئيس بغداد"); else null.
     */
    private final class Before implements FilterRule {
        @Override
        public MentionFilter.Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            int first = s.firstToken();
            MentionFilter.Verdict v = afterTitleOrNameVerdict(t, first, lang);
            if (v == MentionFilter.Verdict.KEEP || v.isPerson() && CaseEndings.declines(lang)
                    && !afterFirstName(t, first) && obliqueCase(t, s, lang)
                    || v == MentionFilter.Verdict.PERSON && subjectBeforeObject(t, first, candidates)) {
                return null;
            }
            return person(t, s, v);
        }
    }

    /**
     * True when a title stands before a very prominent place in a script without capitals: Arabic puts the
     * subject after the verb and before its object ("زار الرئيس بغداد", the president visited Baghdad), so the
     * title does not open a person's name there.
     */
    private boolean subjectBeforeObject(Tokens t, int first, List<Place> candidates) {
        int p = first - 1;
        return (t.flags(first) & Tokens.UNCASED) != 0 && p >= 0 && t.joinsNext(p)
                && lexicon.titles().contains(t.text(), t.start(p), t.end(p)) && Priors.anyProminent(candidates, true);
    }

    /**
     * A rule: {@code DROP} before an organisation word, {@code NAME_PART} before an unknown name ({@code PERSON}
     * when the match is a first name: "Vladimir Kozlov"), unless the match
     * is a genitive of a declining language ("России Сергей Лавров"), a state or country modifying the name
     * ("Oklahoma Republicans") or, in German, where every noun has a capital, after a preposition of place
     * ("auf Kiew Dutzende Raketen"); else null.
     */
    private final class After implements FilterRule {
        @Override
        public MentionFilter.Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            MentionFilter.Verdict v = beforeNameOrOrg(t, s.lastToken(), lang);
            if (v == MentionFilter.Verdict.KEEP || v.isPerson()
                    && (CaseEndings.declines(lang) && obliqueCase(t, s, lang) || modifierOfItsName(t, s, candidates)
                    || "de".equals(lang) && afterLocative(t, s.firstToken()))) {
                return null;
            }
            return person(t, s, v);
        }
    }

    /** {@code v}, but {@code PERSON} for a {@code NAME_PART} that is a first name ("Vladimir Kozlov"). */
    private MentionFilter.Verdict person(Tokens t, Span s, MentionFilter.Verdict v) {
        return v == MentionFilter.Verdict.NAME_PART && lexicon.firstNames().contains(t.text(), s.start(), s.end())
                ? MentionFilter.Verdict.PERSON : v;
    }

    /** A rule: {@code PERSON} for a one-word minor place beside another one ("Francis Eze"), else null. */
    private final class BesideMinorPlace implements FilterRule {
        @Override
        public MentionFilter.Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            if (s.tokenCount() != 1 || Priors.anyProminent(candidates, false)) {
                return null;
            }
            // the word before, then the word after: one call site, so one copy of the lookup when compiled
            for (int side = 0; side < 2; side++) {
                if (minorPlaceName(t, side == 0 ? s.firstToken() - 1 : s.lastToken() + 1, lang, side == 0)) {
                    return MentionFilter.Verdict.PERSON;
                }
            }
            return null;
        }
    }

    /** True when a title with a capital (or of an uncased script) stands right before token {@code first}. */
    boolean afterTitle(Tokens t, int first) {
        int p = first - 1;
        return p >= 0 && t.joinsNext(p) && (t.flags(p) & Tokens.CAP) != 0
                && lexicon.titles().contains(t.text(), t.start(p), t.end(p));
    }

    /** A title, an organisation word or an unknown capitalised word right before token {@code first}. */
    MentionFilter.Verdict afterTitleOrNameVerdict(Tokens t, int first, String lang) {
        int p = first - 1;
        if (p < 0) {
            return MentionFilter.Verdict.KEEP;
        }
        String text = t.text();
        if ((t.flags(p) & (Tokens.CAP | Tokens.UNCASED)) != 0 && lexicon.titles().contains(text, t.start(p), t.end(p))
                && (t.joinsNext(p) || dotThenSpace(text, t.end(p), t.start(first)))) {
            return MentionFilter.Verdict.PERSON;
        }
        if (!t.joinsNext(p)) {
            return MentionFilter.Verdict.KEEP;
        }
        if ((t.flags(p) & Tokens.CAP) != 0 && lexicon.firstNames().contains(text, t.start(p), t.end(p))) {
            return MentionFilter.Verdict.PERSON;
        }
        if (lexicon.orgBefore().contains(text, t.start(p), t.end(p))) {
            return MentionFilter.Verdict.DROP;
        }
        // "Groupe de Minsk": organisation word, connector, place; "Committee of the Red Cross": and an article
        int c = p > 0 && t.joinsNext(p - 1) && lexicon.articles().contains(text, t.start(p), t.end(p)) ? p - 1 : p;
        if (c > 0 && t.joinsNext(c - 1) && ORG_LINKS.contains(text, t.start(c), t.end(c))
                && lexicon.orgBefore().contains(text, t.start(c - 1), t.end(c - 1))) {
            return MentionFilter.Verdict.DROP;
        }
        return isUnknownName(t, p, lang) && !("de".equals(lang) && isGermanPlaceNoun(t, p))
                && !(CaseEndings.declines(lang) && (t.flags(p) & Tokens.SENT_START) != 0)
                ? MentionFilter.Verdict.NAME_PART : MentionFilter.Verdict.KEEP;
    }

    /**
     * True when the span names a state or country by its own name ("Oklahoma", "Holy See") or a capitalised
     * abbreviation ("U.S."), and is no first name ("Maurice", "Salvador", "Victoria"): before another
     * capitalised word it modifies it, it does not start a person's name.
     */
    private boolean modifierOfItsName(Tokens t, Span s, List<Place> candidates) {
        if (lexicon.firstNames().contains(t.text(), s.start(), s.end())) {
            return false;
        }
        boolean allCaps = (t.flags(s.firstToken()) & Tokens.ALL_CAPS) != 0;
        for (int k = 0; k < Math.min(candidates.size(), 5); k++) {
            Place p = candidates.get(k);
            if (Priors.isArea(p) && (allCaps && k == 0 || s.key().equals(NameNormalizer.normalize(p.name())))) {
                return true;
            }
        }
        return false;
    }

    private boolean afterFirstName(Tokens t, int first) {
        int p = first - 1;
        return p >= 0 && t.joinsNext(p) && lexicon.firstNames().contains(t.text(), t.start(p), t.end(p));
    }

    /** True when a span of a declining language is written in an oblique case: its key is a nominative of another form. */
    private boolean obliqueCase(Tokens t, Span s, String lang) {
        // matched through its nominative, or a nominative of its key is a place name
        return !s.key().equals(MatchKeys.keyOf(t.text(), s.start(), s.end())) || hasNominativeKey(s.key(), lang);
    }

    private boolean hasNominativeKey(String key, String lang) {
        for (String form : CaseEndings.nominatives(key, lang)) {
            if (gazetteer.containsKey(form)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dotThenSpace(String text, int from, int to) {
        return to - from == 2 && text.charAt(from) == '.' && text.charAt(from + 1) == ' ';
    }

    /**
     * Token {@code k}, joined to the match, is a capitalised single word that is itself only a minor place
     * name: two such names side by side ("Campbell Davis", "Francis Eze") are a person's name.
     */
    private boolean minorPlaceName(Tokens t, int k, String lang, boolean before) {
        if (k < 0 || k >= t.size() || !t.joinsNext(before ? k : k - 1) || t.length(k) < 3) {
            return false;
        }
        int gapFrom = before ? t.end(k) : t.end(k - 1);
        int gapTo = before ? t.start(k + 1) : t.start(k);
        for (int g = gapFrom; g < gapTo; g++) {
            if (!Character.isWhitespace(t.text().charAt(g))) {
                return false; // "Arosa-Lausanne" is a match, not a person
            }
        }
        int f = t.flags(k);
        if ((f & Tokens.CAP) == 0 || (f & (Tokens.ALL_CAPS | Tokens.DIGIT | Tokens.DOTTED)) != 0
                || !before && (f & Tokens.SENT_START) != 0 || ordinary.isCommonWord(t, k, lang)
                || lexicon.connectors().contains(t.text(), t.start(k), t.end(k))) {
            return false;
        }
        String key = MatchKeys.keyOf(t.text(), t.start(k), t.end(k));
        List<Place> c = gazetteer.candidates(key);
        // a demonym key is a key: the demonym test only for a word that has candidates
        return !c.isEmpty() && !gazetteer.isDemonymKey(key) && !Priors.anyProminent(c, false);
    }

    /** An unknown capitalised word or an organisation word right after token {@code last}. */
    private MentionFilter.Verdict beforeNameOrOrg(Tokens t, int last, String lang) {
        int n = last + 1;
        if (n >= t.size() || !t.joinsNext(last)) {
            return MentionFilter.Verdict.KEEP;
        }
        String text = t.text();
        if (lexicon.orgAfter().contains(text, t.start(n), t.end(n))) {
            return MentionFilter.Verdict.DROP;
        }
        return (t.flags(n) & Tokens.SENT_START) == 0 && isUnknownName(t, n, lang)
                ? MentionFilter.Verdict.NAME_PART : MentionFilter.Verdict.KEEP;
    }

    /**
     * German nouns for a kind of place, as the last part of a compound ("Hafenstadt", "Großraum",
     * "Grenzgebiet"; alone they are common words or make a longer name, "Gebiet Donezk"): German capitalises
     * every noun, so such a compound before a name is no first name ("die Hafenstadt Odessa").
     */
    private static final List<String> GERMAN_PLACE_NOUNS = List.of("stadt", "raum", "gebiet", "region", "provinz",
            "bezirk", "dorf", "metropole", "hafen", "kreis", "gemeinde", "viertel", "vorort", "lager", "oblast");

    /** True when a locative preposition ({@link Lexicon#locatives}) stands right before token {@code first}. */
    private boolean afterLocative(Tokens t, int first) {
        int p = first - 1;
        return p >= 0 && t.joinsNext(p) && lexicon.locatives().contains(t.text(), t.start(p), t.end(p));
    }

    private static boolean isGermanPlaceNoun(Tokens t, int k) {
        String word = t.text().substring(t.start(k), t.end(k)).toLowerCase(java.util.Locale.ROOT);
        for (String noun : GERMAN_PLACE_NOUNS) {
            if (word.length() > noun.length() && word.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that is neither common, a title, a connector nor a place name. */
    boolean isUnknownName(Tokens t, int k, String lang) {
        int f = t.flags(k);
        if ((f & Tokens.CAP) == 0 || (f & (Tokens.ALL_CAPS | Tokens.DIGIT | Tokens.DOTTED | Tokens.ELISION)) != 0
                || t.length(k) < 2) {
            return false;
        }
        String text = t.text();
        int s = t.start(k);
        int e = t.end(k);
        // the common words of any language hold those of lang (Lexicon#anyCommon): one lookup
        if (lexicon.anyCommon().contains(text, s, e) || lexicon.titles().contains(text, s, e) || lexicon.connectors().contains(text, s, e)
                || "en".equals(lang) && SpanBounds.isEnglishHeadAfter(text, s, e)) {
            return false;
        }
        // not a key, hence no demonym key either (see Gazetteer#isDemonymKey): one lookup
        return !gazetteer.containsKey(MatchKeys.keyOf(text, s, e));
    }
}
