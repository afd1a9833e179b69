package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;
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
 * Each rule is an object of its own ({@link FilterRule}), asked in turn from one call site: each compiles alone,
 * and a rare branch taken late recompiles one small rule rather than the whole filter. Thread-safe.
 */
public final class MentionFilter {

    /** What to do with a match. */
    public enum Verdict {
        /** A place mention. */
        KEEP,
        /** Not a place mention. */
        DROP,
        /** Part of a person's name: other bare mentions of the same name in the document are people too. */
        PERSON,
        /**
         * Part of a longer unknown name, beside an unknown capitalised word ("Connecting California", "Star of
         * Honolulu Cruises"): other bare mentions of the same name are people too unless it is a prominent place.
         */
        NAME_PART;

        /** True for {@link #PERSON} and {@link #NAME_PART}. */
        public boolean isPerson() {
            return this == PERSON || this == NAME_PART;
        }
    }

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final OrdinaryWords ordinary;
    private final PersonCues personCues;
    private final SpanBounds bounds;
    private final NameNeighbours neighbours;
    /** The rules in the order they are asked: the first verdict wins, KEEP when none has one. */
    private final FilterRule[] rules;
    /** {@link Gazetteer#isDemonymKey}, made once: a method reference at the call would allocate at every span. */
    private final java.util.function.Predicate<String> demonymKey;

    /** A filter using {@code gazetteer} to recognise neighbouring place names. */
    public MentionFilter(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.ordinary = new OrdinaryWords(lexicon);
        this.personCues = new PersonCues(lexicon);
        this.bounds = new SpanBounds(lexicon);
        this.neighbours = new NameNeighbours(gazetteer, lexicon, ordinary);
        this.demonymKey = gazetteer::isDemonymKey;
        FilterRule[] near = neighbours.rules();
        this.rules = new FilterRule[] {
            new SportCountryCodes.Rule(), new Shape(), new FunctionWord(), new Demonym(), personCues,
            new OrdinaryWord(),
            new FeatureWordOrNoun(), near[0], near[1], near[2], new FirstNameAndSurname(), new SpeakerOrFirstName(),
        };
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
        for (FilterRule rule : rules) {
            Verdict v = rule.judge(t, s, candidates, lang);
            if (v != null) {
                return v;
            }
        }
        return Verdict.KEEP;
    }

    /**
     * A rule: {@code DROP} for fewer than two letters, and for an all-caps match of up to five letters unless it
     * is a known short form of an area ("US", "UAE") or a prominent place of four or five letters ("IRAN").
     */
    private final class Shape implements FilterRule {
        @Override
        public Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            int letters = letterCount(t.chars(), s.start(), s.end(), 6);
            if (letters < 2 || inLongerHyphenChain(t, s)) {
                return Verdict.DROP;
            }
            if (letters > 5) {
                return null;
            }
            for (int k = s.firstToken(); k <= s.lastToken(); k++) {
                if ((t.flags(k) & (Tokens.ALL_CAPS | Tokens.UNCASED)) == 0) {
                    return null;
                }
            }
            if ((t.flags(s.firstToken()) & Tokens.UNCASED) != 0) {
                return null;
            }
            boolean known = lexicon.abbreviations().contains(s.key().replace(" ", ""));
            return (known ? !Priors.anyArea(candidates) : letters <= 3 || !Priors.anyProminent(candidates, false))
                    ? Verdict.DROP : null;
        }
    }

    /**
     * True when the hyphenated span {@code s} ("Mar-a") goes on with a hyphen and another word ("Mar-a-Lago"):
     * a piece of a longer hyphenated name the gazetteer does not hold. A one-word span may go on ("Israel-Hamas
     * war", "Russia-Ukraine talks" join two names).
     */
    private static boolean inLongerHyphenChain(Tokens t, Span s) {
        int last = s.lastToken();
        int n = last + 1;
        if (s.tokenCount() < 2 || n >= t.size() || !hyphenBetween(t, last)) {
            return false;
        }
        for (int k = s.firstToken(); k < last; k++) {
            if (!hyphenBetween(t, k)) {
                return false;
            }
        }
        return true;
    }

    /** True when tokens {@code k} and {@code k + 1} are joined by one hyphen. */
    private static boolean hyphenBetween(Tokens t, int k) {
        int e = t.end(k);
        if (e + 1 != t.start(k + 1)) {
            return false;
        }
        char c = t.text().charAt(e);
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * A rule: {@code DROP} for a capitalised short function word of the text's language, or a match made of
     * them only, whatever the place ("Sind" in German, "Para" and "Que que" in Spanish, "Part" in English), and
     * even when another language's demonym is written so ("Este", German for an Estonian, is Spanish for
     * "this"), unless a locative preposition introduces it; a demonym is kept inside a sentence ("un Belge").
     */
    private final class FunctionWord implements FilterRule {
        @Override
        public Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            int first = s.firstToken();
            int f = t.flags(first);
            if ((f & Tokens.CAP) == 0 || (f & Tokens.ALL_CAPS) != 0 || s.demonym() && (f & Tokens.SENT_START) == 0) {
                return null;
            }
            // every word of the match ("Para", "Que que" for Kwekwe, "Bien no" for Bienno)
            for (int k = first; k <= s.lastToken(); k++) {
                if (t.length(k) > FUNCTION_WORD_CHARS || !ordinary.isFunctionWord(t.text(), t, k, lang)) {
                    return null;
                }
            }
            return hasLocativeCue(t, s) ? null : Verdict.DROP;
        }
    }

    /** A rule: the verdict on a demonym ("Mr. English" and "Deutsche Bahn" are names), null for a toponym. */
    private final class Demonym implements FilterRule {
        @Override
        public Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            if (!s.demonym()) {
                return null;
            }
            return neighbours.afterTitle(t, s.firstToken()) || GermanArticles.isNamePart(t, s, lang)
                    ? Verdict.DROP : Verdict.KEEP;
        }
    }

    /**
     * A rule: {@code DROP} for a single capitalised word that is an ordinary word, unless the place is very
     * prominent, or prominent and neither after an article nor the start of a longer name.
     */
    private final class OrdinaryWord implements FilterRule {
        @Override
        public Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            int first = s.firstToken();
            String text = t.text();
            if (s.tokenCount() != 1 || (t.flags(first) & Tokens.ALL_CAPS) != 0) {
                return null;
            }
            // a very prominent place of four chars or more stays, ordinary word or not: no lookups
            if (t.length(first) > 3 && Priors.anyProminent(candidates, true)) {
                return null;
            }
            if (!(ordinary.isCommon(text, t, first, lang) || ordinary.arabicAccusative(t, s, lang))) {
                return null;
            }
            if (t.length(first) <= 3) {
                return Verdict.DROP;
            }
            // an ordinary word: a very prominent place always, a prominent one unless a longer name goes on
            // ("Central Bank", "Centre for ..."), a minor one never
            boolean article = first > 0 && t.joinsNext(first - 1)
                    && lexicon.articles().contains(text, t.start(first - 1), t.end(first - 1));
            if (!Priors.anyProminent(candidates, true) && !(Priors.anyProminent(candidates, false) && !article
                    && (hasLocativeCue(t, s) || !continuesName(t, s.lastToken()))) || endsName(t, first)) {
                return Verdict.DROP;
            }
            return null;
        }
    }

    /** A rule: {@code DROP} before a capitalised feature word ("Ohio State"), and for a German noun. */
    private final class FeatureWordOrNoun implements FilterRule {
        @Override
        public Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            int last = s.lastToken();
            return followedBy(t, last, lexicon.featureWords()) && (t.flags(last + 1) & Tokens.CAP) != 0
                    || GermanArticles.isNoun(t, s, candidates, lang, demonymKey) ? Verdict.DROP : null;
        }
    }

    /**
     * A rule: {@code PERSON} for a longer minor match that starts with a first name ("Pedro Sánchez"), unless
     * "in" says a town or it ends with a feature word.
     */
    private final class FirstNameAndSurname implements FilterRule {
        @Override
        public Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            String text = t.text();
            int first = s.firstToken();
            int last = s.lastToken();
            if (s.tokenCount() > 1 && !Priors.anyProminent(candidates, false) && lexicon.firstNames().contains(text, s.start(),
                    t.end(first)) && !hasLocativeCue(t, s) && !lexicon.featureWords().contains(text, t.start(last), t.end(last))) {
                return Verdict.PERSON; // "Pedro Sánchez", "Emiliano Zapata": a person, unless "in" says a town
            }
            return null;
        }
    }

    /**
     * A rule: {@code PERSON} for a one-word minor place before a speech verb ("Baidoa said"), a place first name
     * before a surname ("Jordan Bardella", "Georgia Meloni"), and a first name before another name.
     */
    private final class SpeakerOrFirstName implements FilterRule {
        @Override
        public Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            int last = s.lastToken();
            if (s.tokenCount() == 1 && !Priors.anyProminent(candidates, false) && followedBy(t, last, lexicon.personAfter())
                    && !hasLocativeCue(t, s)) { // "police in Baidoa said": a place, "Baidoa said": a person
                return Verdict.PERSON;
            }
            int surname = PlaceFirstNames.surnameAfter(t, s, lexicon.placeFirstNames());
            if (surname >= 0 && neighbours.isUnknownName(t, surname, lang) && !hasLocativeCue(t, s)) {
                return Verdict.PERSON; // "Jordan Bardella", "Georgia Meloni"
            }
            if (s.tokenCount() == 1 && !Priors.anyProminent(candidates, true)
                    && lexicon.firstNames().contains(t.text(), s.start(), s.end())
                    && last + 1 < t.size() && t.joinsNext(last) && (t.flags(last + 1) & (Tokens.CAP | Tokens.UNCASED)) != 0
                    && (t.flags(last + 1) & Tokens.SENT_START) == 0 && !ordinary.isCommonWord(t, last + 1, lang)) {
                return Verdict.PERSON;
            }
            return null;
        }
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
        return lexicon.locatives().contains(text, t.start(p), t.end(p)) || afterPlaceKind(t, p);
    }

    /**
     * True when token {@code p}, right before a name, is a noun for a kind of settlement ({@link
     * Lexicon#placeKinds}: "города", "the frontline town"), in lower case unless a German noun ("die Stadt",
     * "Hafenstadt", "das Dorf"), or "of"/"de" after one ("the village of", "la ville de").
     */
    private boolean afterPlaceKind(Tokens t, int p) {
        String text = t.text();
        if (p > 0 && t.joinsNext(p - 1) && OF.contains(text, t.start(p), t.end(p))) {
            p--;
        }
        int e = t.end(p);
        if ((t.flags(p) & Tokens.CAP) == 0) {
            return lexicon.placeKinds().contains(text, t.start(p), e);
        }
        // capitalised: only a German settlement noun, alone or ending a compound ("Stadt", "Frontstadt",
        // "Grenzdorf", "Gemeinde"); an English one is part of a name ("Grants Town Centre")
        return e - t.start(p) > 3 && (text.startsWith("tadt", e - 4) || text.startsWith("dorf", e - 4)
                || text.startsWith("Ortschaft", t.start(p)) || text.startsWith("Gemeinde", t.start(p)));
    }

    /** The links between a noun for a kind of place and its name ("town of", "ville de", "ciudad de"). */
    private static final WordSet OF = WordSet.of(List.of("of", "de", "d", "du", "del", "di", "da", "do"));

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

    /**
     * True when token {@code k} ends a hyphenated name, after a capitalised word ("Darfour-Nord", "Kivu-Sud"):
     * an ordinary word there is part of that name, not a place of its own.
     */
    private static boolean endsName(Tokens t, int k) {
        return k > 0 && hyphenBetween(t, k - 1) && (t.flags(k - 1) & Tokens.CAP) != 0;
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

    /**
     * The longest function word the {@link FunctionWord} rule drops whatever the place: longer frequent words
     * include place names ("bruxelles", "france" and "europe" are among the 300 most common French words).
     */
    static final int FUNCTION_WORD_CHARS = 5;

    /** The number of letters in {@code text[s, e)}, counted up to {@code max} (more count as {@code max}). */
    private static int letterCount(char[] text, int s, int e, int max) {
        int n = 0;
        for (int k = s; k < e && n < max; k++) {
            if ((CharClass.of(text[k]) & CharClass.LETTER) != 0) {
                n++;
            }
        }
        return n;
    }
}
