package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;

/**
 * Two-word Russian and Ukrainian names whose first word is an adjective agreeing in case with the second:
 * "в Донецкой области", "над Курской областью", "у Херсонській області", "в Нагорном Карабахе",
 * "у Нагірному Карабаху", "в Соединённых Штатах", while the gazetteer lists the nominative "Донецкая область",
 * "Нагорный Карабах". The adjective's case ending is replaced by the nominative endings it may stand for
 * (feminine, masculine, neuter, plural), the noun's by {@link CaseEndings}; the first pair that is a gazetteer
 * key wins. A word whose ending is no adjective ending costs nothing; answers are remembered per thread.
 * Thread-safe.
 */
final class AdjectivalNames {

    private static final int CACHED = 1 << 13;
    private static final int MIN_STEM = 3;

    /** Oblique adjective endings, longest first, each with the nominative endings it may replace. */
    private static final String[][] ENDINGS = {
            {"ого", "ый", "ий", "ой", "ое"}, {"ому", "ый", "ий", "ой", "ое"}, {"его", "ий", "ее"},
            {"ему", "ий", "ее"}, {"ими", "ие", "і"}, {"ыми", "ые"},
            {"ой", "ая"}, {"ою", "ая", "а"}, {"ую", "ая"}, {"ей", "яя"}, {"ом", "ый", "ий", "ой", "ое"},
            {"ем", "ий", "ее"}, {"ым", "ый", "ые"}, {"им", "ий", "ие", "і"}, {"ых", "ые"}, {"их", "ие", "і"},
            {"ої", "а"}, {"ій", "а"}, {"ім", "ий"}, {"у", "а"},
    };

    private final Gazetteer gazetteer;
    private final ThreadLocal<StringMemo> cache = ThreadLocal.withInitial(() -> new StringMemo(CACHED));

    AdjectivalNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** True when a Cyrillic word ending in {@code last} may carry an oblique adjective ending. */
    static boolean mayBeAdjective(char last) {
        return "йоумхюї".indexOf(Character.toLowerCase(last)) >= 0;
    }

    /**
     * The span of token {@code i} (a capitalised Cyrillic adjective in an oblique case) and the next word (the
     * noun, any case: "области", "Карабахе") when their nominatives form a gazetteer key; null otherwise.
     */
    Span match(Tokens t, int i, WordSet common) {
        int j = i + 1;
        if (j >= t.size() || !t.joinsNext(i) || t.start(j) - t.end(i) != 1
                || (t.flags(j) & Tokens.CYRILLIC) == 0 || (t.flags(j) & Tokens.DIGIT) != 0) {
            return null;
        }
        char[] text = t.chars();
        if (!mayBeAdjective(text[t.end(i) - 1]) || common.contains(text, t.start(i), t.end(i))) {
            return null;
        }
        String adjective = MatchKeys.keyOf(text, t.start(i), t.end(i));
        String noun = MatchKeys.keyOf(text, t.start(j), t.end(j));
        String whole = MatchKeys.join(adjective, " ", noun);
        StringMemo memo = cache.get();
        String key = memo.get(whole);
        if (key == null) {
            key = lookUp(adjective, noun);
            memo.put(whole, key);
        }
        return key.isEmpty() ? null : new Span(t.start(i), t.end(j), i, j, key, false);
    }

    private String lookUp(String adjective, String noun) {
        List<String> nouns = null;
        for (String stem : adjectiveNominatives(adjective)) {
            if (!gazetteer.hasLongerKey(stem)) {
                continue;
            }
            if (nouns == null) {
                nouns = new ArrayList<>(CaseEndings.nominatives(noun));
                nouns.add(0, noun);
            }
            for (String n : nouns) {
                String key = MatchKeys.join(stem, " ", n);
                if (gazetteer.containsKey(key)) {
                    return key;
                }
            }
        }
        return "";
    }

    /** The nominative forms an oblique adjective key may come from ("донецкой" → "донецкая"), most likely first. */
    static List<String> adjectiveNominatives(String key) {
        List<String> out = new ArrayList<>(6);
        for (String[] rule : ENDINGS) {
            String ending = rule[0];
            if (!key.endsWith(ending) || key.length() - ending.length() < MIN_STEM) {
                continue;
            }
            String stem = key.substring(0, key.length() - ending.length());
            for (int k = 1; k < rule.length; k++) {
                String form = MatchKeys.join(stem, "", rule[k]);
                if (!out.contains(form)) {
                    out.add(form);
                }
            }
        }
        return out;
    }
}
