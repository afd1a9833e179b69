package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/**
 * Rejects the gazetteer matches that are not place mentions, with generic rules:
 * <ul>
 *   <li>one-letter matches; all-caps matches of three letters or fewer unless they are a known short form
 *       ("US", "UAE", "U.S."; airport and other codes are ignored), and all-caps acronyms up to five letters
 *       ("NATO") unless the place is prominent ("IRAN", "PARIS");</li>
 *   <li>ordinary words: a single capitalised word that is a common word of the text's language (or of
 *       English) is kept only when the place is prominent, and at a sentence start only when very prominent;
 *       short function words ("La", "The") never; in German a minor town after an article is a noun
 *       ("die Deutsche Bahn", "den Norden": {@link GermanArticles});</li>
 *   <li>names of people and organisations: a match right after a person title ("President", "ministre"),
 *       or next to an unknown capitalised word ("Vladimir Poutine", "Jeyhun Bayramov"), or followed by an
 *       organisation word ("RIA Novosti"), or after an organisation word ("Groupe de Minsk"); a minor place
 *       followed by a speech verb ("Kelly said").</li>
 * </ul>
 * Thread-safe.
 */
public final class MentionFilter {

    /** What to do with a match. */
    public enum Verdict {
        /** A place mention. */
        KEEP,
        /** Not a place mention. */
        DROP,
        /** Part of a person's name: other bare mentions of the same name in the document are people too. */
        PERSON
    }

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final OrdinaryWords ordinary;
    private final PersonCues personCues;
    private final SpanBounds bounds;

    /** A filter using {@code gazetteer} to recognise neighbouring place names. */
    public MentionFilter(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.ordinary = new OrdinaryWords(lexicon);
        this.personCues = new PersonCues(lexicon);
        this.bounds = new SpanBounds(lexicon);
    }

    /** True when the span, whose candidates are given best first, should be reported. */
    public boolean keep(Tokens t, Span s, List<Place> candidates, String lang) {
        return verdict(t, s, candidates, lang) == Verdict.KEEP;
    }

    /** The verdict on a span whose candidates are given best first. */
    public Verdict verdict(Tokens t, Span s, List<Place> candidates, String lang) {
        if (candidates.isEmpty()) {
            return Verdict.DROP;
        }
        Verdict sport = SportCountryCodes.verdict(t, s, lang);
        if (sport != null) {
            return sport;
        }
        String text = t.text();
        int first = s.firstToken();
        int last = s.lastToken();
        int letters = letterCount(t.chars(), s.start(), s.end());
        if (letters < 2) {
            return Verdict.DROP;
        }
        boolean allCaps = true;
        for (int k = first; k <= last; k++) {
            if ((t.flags(k) & (Tokens.ALL_CAPS | Tokens.UNCASED)) == 0) {
                allCaps = false;
                break;
            }
        }
        boolean uncased = (t.flags(first) & Tokens.UNCASED) != 0;
        if (allCaps && !uncased && letters <= 5) {
            boolean known = lexicon.abbreviations().contains(s.key().replace(" ", ""));
            if (known ? !Priors.anyArea(candidates) : letters <= 3 || !Priors.anyProminent(candidates, false)) {
                return Verdict.DROP;
            }
        }
        if (s.demonym()) {
            return afterTitleOrName(t, first, lang, true) || GermanArticles.isNamePart(t, s, lang)
                    ? Verdict.DROP : Verdict.KEEP;
        }
        Verdict cue = personCues.verdict(t, first, last, lang);
        if (cue != null) {
            return cue;
        }
        if (s.tokenCount() == 1 && (t.flags(first) & Tokens.ALL_CAPS) == 0
                && (ordinary.isCommon(text, t, first, lang) || ordinary.arabicAccusative(t, s, lang))) {
            if (t.length(first) <= 3) {
                return Verdict.DROP;
            }
            // an ordinary word: a very prominent place always, a prominent one unless a longer name goes on
            // ("Central Bank", "Centre for ..."), a minor one never
            boolean article = first > 0 && t.joinsNext(first - 1)
                    && lexicon.articles().contains(text, t.start(first - 1), t.end(first - 1));
            if (!Priors.anyProminent(candidates, true) && !(Priors.anyProminent(candidates, false) && !article
                    && (hasLocativeCue(t, s) || !continuesName(t, last)))) {
                return Verdict.DROP;
            }
        }
        if (followedBy(t, last, lexicon.featureWords()) && (t.flags(last + 1) & Tokens.CAP) != 0
                || GermanArticles.isNoun(t, s, candidates, lang, gazetteer::isDemonymKey)) {
            return Verdict.DROP;
        }
        Verdict before = afterTitleOrNameVerdict(t, first, lang);
        if (before == Verdict.PERSON && CaseEndings.declines(lang)
                && !afterFirstName(t, first) && obliqueCase(t, s, lang)) {
            // "Президент России", "мэр Киева", "Губернатор Белгородской области": a genitive, not a surname
            before = Verdict.KEEP;
        }
        if (before != Verdict.KEEP) {
            return before;
        }
        Verdict after = beforeNameOrOrg(t, last, lang);
        if (after == Verdict.PERSON && CaseEndings.declines(lang) && obliqueCase(t, s, lang)) {
            after = Verdict.KEEP; // "России Сергей Лавров": a genitive place, then a name in the nominative
        } else if (after == Verdict.PERSON && modifierOfItsName(t, s, candidates)) {
            after = Verdict.KEEP; // "Oklahoma Republicans", "Karnataka Congress": a state or country as modifier
        }
        if (after != Verdict.KEEP) {
            return after;
        }
        if (s.tokenCount() > 1 && !Priors.anyProminent(candidates, false) && lexicon.firstNames().contains(text, s.start(),
                t.end(first)) && !hasLocativeCue(t, s) && !lexicon.featureWords().contains(text, t.start(last), t.end(last))) {
            return Verdict.PERSON; // "Pedro Sánchez", "Emiliano Zapata": a person, unless "in" says a town
        }
        if (s.tokenCount() == 1 && !Priors.anyProminent(candidates, false) && followedBy(t, last, lexicon.personAfter())
                && !hasLocativeCue(t, s)) { // "police in Baidoa said": a place, "Baidoa said": a person
            return Verdict.PERSON;
        }
        if (PlaceFirstNames.beforeSurname(t, s, lexicon.placeFirstNames(), k -> isUnknownName(t, k, lang))
                && !hasLocativeCue(t, s)) {
            return Verdict.PERSON; // "Jordan Bardella", "Georgia Meloni"
        }
        if (s.tokenCount() == 1 && !Priors.anyProminent(candidates, true)
                && lexicon.firstNames().contains(text, s.start(), s.end())
                && last + 1 < t.size() && t.joinsNext(last) && (t.flags(last + 1) & (Tokens.CAP | Tokens.UNCASED)) != 0
                && (t.flags(last + 1) & Tokens.SENT_START) == 0 && !ordinary.isCommonWord(t, last + 1, lang)) {
            return Verdict.PERSON;
        }
        if (s.tokenCount() == 1 && !Priors.anyProminent(candidates, false) && (minorPlaceName(t, first - 1, lang, true)
                || minorPlaceName(t, last + 1, lang, false))) {
            return Verdict.PERSON;
        }
        return Verdict.KEEP;
    }

    /**
     * True when {@code text[s, e)} is an ordinary word of any bundled language or a generic word of
     * institution and street names ("University", "Bank", "Tower", "West"): not a name on its own.
     */
    public boolean isGenericWord(String text, int s, int e) {
        return lexicon.anyCommon().contains(text, s, e) || lexicon.featureWords().contains(text, s, e);
    }

    /** True when a locative preposition ("in", "à", "в", "في") comes right before the span (an article may sit between). */
    public boolean hasLocativeCue(Tokens t, Span s) {
        int first = s.firstToken();
        if (first < 0) {
            return false;
        }
        if (s.start() > t.start(first)) {
            return true; // an Arabic proclitic preposition (ب, ل) was stripped from the name
        }
        if (Datelines.isDateline(t, s)) {
            return true; // "ALBANY — State lawmakers...": the story was filed there
        }
        int p = first - 1;
        if (p < 0 || !t.joinsNext(p)) {
            return false;
        }
        String text = t.text();
        if (lexicon.articles().contains(text, t.start(p), t.end(p)) && p > 0 && t.joinsNext(p - 1)) {
            p--;
        }
        return lexicon.locatives().contains(text, t.start(p), t.end(p));
    }

    /** True when token {@code i} is the natural-feature head of a longer English name: see {@link SpanBounds}. */
    public boolean isHeadOfUnknownName(Tokens t, int i, String lang) {
        return bounds.isHeadOfUnknownName(t, i, lang);
    }

    /** The start offset to report for a kept match: see {@link SpanBounds}. */
    public int reportedStart(Tokens t, Span s, String lang) {
        return bounds.start(t, s, List.of(), lang);
    }

    /** The start offset to report for a kept match whose candidates are given best first: see {@link SpanBounds}. */
    public int reportedStart(Tokens t, Span s, List<Place> candidates, String lang) {
        return bounds.start(t, s, candidates, lang);
    }

    /** Genitive links between an organisation word and the name it belongs to ("Groupe de", "Committee of"). */
    private static final WordSet ORG_LINKS = WordSet.of(List.of("of", "de", "du", "des", "d", "del", "della", "di",
            "da", "do", "von", "der"));

    /** The end offset to report for a kept match (language-neutral rules only): see {@link SpanBounds}. */
    public int reportedEnd(Tokens t, Span s, List<Place> candidates) {
        return bounds.end(t, s, candidates, null);
    }

    /** The end offset to report for a kept match in a text of language {@code lang}: see {@link SpanBounds}. */
    public int reportedEnd(Tokens t, Span s, List<Place> candidates, String lang) {
        return bounds.end(t, s, candidates, lang);
    }

    private boolean followedBy(Tokens t, int last, WordSet words) {
        int n = last + 1;
        return n < t.size() && t.joinsNext(last) && words.contains(t.text(), t.start(n), t.end(n));
    }

    private boolean afterTitleOrName(Tokens t, int first, String lang, boolean demonym) {
        if (demonym) {
            // "Mr. English" is a name; in Arabic the adjective follows its noun: "الرئيس الأوكراني", the
            // Ukrainian president
            int p = first - 1;
            return p >= 0 && t.joinsNext(p) && (t.flags(p) & Tokens.CAP) != 0
                    && lexicon.titles().contains(t.text(), t.start(p), t.end(p));
        }
        return afterTitleOrNameVerdict(t, first, lang) != Verdict.KEEP;
    }

    /** A title, an organisation word or an unknown capitalised word right before token {@code first}. */
    private Verdict afterTitleOrNameVerdict(Tokens t, int first, String lang) {
        int p = first - 1;
        if (p < 0) {
            return Verdict.KEEP;
        }
        String text = t.text();
        if ((t.flags(p) & (Tokens.CAP | Tokens.UNCASED)) != 0 && lexicon.titles().contains(text, t.start(p), t.end(p))
                && (t.joinsNext(p) || dotThenSpace(text, t.end(p), t.start(first)))) {
            return Verdict.PERSON;
        }
        if (!t.joinsNext(p)) {
            return Verdict.KEEP;
        }
        if ((t.flags(p) & Tokens.CAP) != 0 && lexicon.firstNames().contains(text, t.start(p), t.end(p))) {
            return Verdict.PERSON;
        }
        if (lexicon.orgBefore().contains(text, t.start(p), t.end(p))) {
            return Verdict.DROP;
        }
        // "Groupe de Minsk": organisation word, connector, place; "Committee of the Red Cross": and an article
        int c = p > 0 && t.joinsNext(p - 1) && lexicon.articles().contains(text, t.start(p), t.end(p)) ? p - 1 : p;
        if (c > 0 && t.joinsNext(c - 1) && ORG_LINKS.contains(text, t.start(c), t.end(c))
                && lexicon.orgBefore().contains(text, t.start(c - 1), t.end(c - 1))) {
            return Verdict.DROP;
        }
        return isUnknownName(t, p, lang) && !(CaseEndings.declines(lang) && (t.flags(p) & Tokens.SENT_START) != 0)
                ? Verdict.PERSON : Verdict.KEEP;
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
        if (!s.key().equals(MatchKeys.keyOf(t.text(), s.start(), s.end()))) {
            return true; // matched through its nominative
        }
        for (String form : CaseEndings.nominatives(s.key(), lang)) {
            if (gazetteer.containsKey(form)) {
                return true;
            }
        }
        return false;
    }

    /** True when the next token carries on a longer capitalised name ("Central Bank", "Centre for"). */
    private boolean continuesName(Tokens t, int last) {
        int n = last + 1;
        if (n >= t.size() || !t.joinsNext(last)) {
            return false;
        }
        return (t.flags(n) & (Tokens.CAP | Tokens.ALL_CAPS)) != 0 && (t.flags(n) & Tokens.SENT_START) == 0
                || t.equalsIgnoreCase(n, "of") || t.equalsIgnoreCase(n, "for") || t.equalsIgnoreCase(n, "de");
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
        if (gazetteer.isDemonymKey(key)) {
            return false;
        }
        List<Place> c = gazetteer.candidates(key);
        return !c.isEmpty() && !Priors.anyProminent(c, false);
    }

    /** An unknown capitalised word or an organisation word right after token {@code last}. */
    private Verdict beforeNameOrOrg(Tokens t, int last, String lang) {
        int n = last + 1;
        if (n >= t.size() || !t.joinsNext(last)) {
            return Verdict.KEEP;
        }
        String text = t.text();
        if (lexicon.orgAfter().contains(text, t.start(n), t.end(n))) {
            return Verdict.DROP;
        }
        return (t.flags(n) & Tokens.SENT_START) == 0 && isUnknownName(t, n, lang) ? Verdict.PERSON : Verdict.KEEP;
    }

    /** A capitalised word that is neither common, a title, a connector nor a place name. */
    private boolean isUnknownName(Tokens t, int k, String lang) {
        int f = t.flags(k);
        if ((f & Tokens.CAP) == 0 || (f & (Tokens.ALL_CAPS | Tokens.DIGIT | Tokens.DOTTED | Tokens.ELISION)) != 0
                || t.length(k) < 2) {
            return false;
        }
        String text = t.text();
        int s = t.start(k);
        int e = t.end(k);
        if (ordinary.common(lang).contains(text, s, e) || lexicon.anyCommon().contains(text, s, e)
                || lexicon.titles().contains(text, s, e) || lexicon.connectors().contains(text, s, e)
                || "en".equals(lang) && SpanBounds.isEnglishHeadAfter(text, s, e)) {
            return false;
        }
        String key = MatchKeys.keyOf(text, s, e);
        return !gazetteer.containsKey(key) && !gazetteer.isDemonymKey(key);
    }

    private static int letterCount(char[] text, int s, int e) {
        int n = 0;
        for (int k = s; k < e; k++) {
            if ((CharClass.of(text[k]) & CharClass.LETTER) != 0) {
                n++;
            }
        }
        return n;
    }
}
