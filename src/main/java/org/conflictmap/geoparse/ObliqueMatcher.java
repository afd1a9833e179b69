package org.conflictmap.geoparse;

import java.util.List;
import java.util.function.Predicate;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;

/**
 * The part of {@link SpanMatcher} for languages that decline place names: a capitalised word that is no key
 * is matched through the nominative {@link CaseEndings} says it may come from. Answers are remembered per
 * thread. Thread-safe.
 */
final class ObliqueMatcher {

    /** Slots of each per-thread memo of nominatives. */
    private static final int CACHED = 1 << 14;
    /** Nominatives this short must be prominent places. */
    private static final int SHORT_NOMINATIVE = 4;

    private final Gazetteer gazetteer;
    /** Words looked up as oblique cases, per thread ([0] Slavic, [1] German): word key to nominative key or "". */
    private final ThreadLocal<StringMemo[]> nominatives = ThreadLocal.withInitial(
            () -> new StringMemo[] {new StringMemo(CACHED), new StringMemo(CACHED)});

    ObliqueMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A capitalised word that is no gazetteer key but an oblique case of one ("Киеве", "України", "Kiews"),
     * alone or as the first or last part of a hyphenated name ("Ростове-на-Дону", "Нью-Йорке"): a span over
     * the words with the nominative's key, unless the word or its nominative is a common word or a demonym
     * key; null when none. {@code german} tells whether {@code lang} is German (whose answers are remembered
     * apart).
     */
    Span match(Tokens t, int i, WordSet common, String lang, boolean german, Predicate<String> demonym) {
        char[] text = t.chars();
        int last = i;
        while (last + 1 < t.size() && last - i < 3 && hyphenJoined(t, last)) {
            last++;
        }
        // asked once: each call of CaseEndings.mayBeOblique brings its language test into this compile unit
        boolean caseEnding = CaseEndings.mayBeOblique(text[t.end(i) - 1], lang);
        // most words: no hyphenated name and no case ending, so neither the common words nor the gazetteer
        if (last == i && !caseEnding || common.contains(text, t.start(i), t.end(i))) {
            return null;
        }
        StringMemo memo = nominatives.get()[german ? 1 : 0];
        for (int j = last; j > i; j--) { // the longest hyphenated window first
            if ((t.flags(j) & Tokens.CAP) == 0) {
                continue;
            }
            String head = MatchKeys.keyOf(text, t.start(i), t.end(j - 1));
            String lemma = nominative(memo, MatchKeys.keyOf(text, t.start(j), t.end(j)), MatchKeys.join(head, " ", ""), "",
                    common, lang, demonym);
            if (lemma.isEmpty()) {
                lemma = nominative(memo, MatchKeys.keyOf(text, t.start(i), t.end(i)), "",
                        MatchKeys.join(" ", "", MatchKeys.keyOf(text, t.start(i + 1), t.end(j))), common, lang, demonym);
            }
            if (!lemma.isEmpty()) {
                return new Span(t.start(i), t.end(j), i, j, lemma, false);
            }
        }
        if (!caseEnding) {
            return null; // most words: no case ending at all, so no gazetteer probe
        }
        String word = MatchKeys.keyOf(text, t.start(i), t.end(i));
        int apostrophe = word.lastIndexOf(' '); // "Куп'янську": key "куп янську", only the last part declines
        String lemma = apostrophe < 0 ? nominative(memo, word, "", "", common, lang, demonym)
                : nominative(memo, word.substring(apostrophe + 1), word.substring(0, apostrophe + 1), "", common, lang,
                        demonym);
        return lemma.isEmpty() ? null : new Span(t.start(i), t.end(i), i, i, lemma, false);
    }

    /**
     * The first nominative of {@code word}, between {@code before} and {@code after}, that is a gazetteer key
     * (a short one only for a prominent place: "Риме" is Rome, "Белом" no town "Бел"); "" when none. Answers
     * are remembered in {@code cache}.
     */
    private String nominative(StringMemo cache, String word, String before, String after, WordSet common, String lang,
                              Predicate<String> demonym) {
        String whole = before.isEmpty() && after.isEmpty() ? word
                : new StringBuilder(before.length() + word.length() + after.length() + 2)
                        .append(before).append('[').append(word).append(']').append(after).toString();
        String lemma = cache.get(whole);
        if (lemma != null) {
            return lemma;
        }
        lemma = "";
        for (String form : CaseEndings.nominatives(word, lang)) {
            String key = MatchKeys.join(before, form, after);
            if (gazetteer.containsKey(key) && !demonym.test(key) && !common.contains(key, 0, key.length())
                    && (key.length() > SHORT_NOMINATIVE || isProminent(gazetteer.candidates(key)))) {
                lemma = key;
                break;
            }
        }
        cache.put(whole, lemma);
        return lemma;
    }

    private static boolean isProminent(List<Place> places) {
        for (Place p : places) {
            if (Priors.isProminent(p)) {
                return true;
            }
        }
        return false;
    }

    /** True when only a hyphen stands between token {@code j} and the next one. */
    private static boolean hyphenJoined(Tokens t, int j) {
        return t.start(j + 1) - t.end(j) == 1 && MatchKeys.isHyphen(t.text().charAt(t.end(j)));
    }

}
