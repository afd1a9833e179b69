package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

/** {@link SpanMatcher#noDemonym}, asked before a reader of demonyms alone: it must never skip a token the reader reads. */
class TokenReadersPretestTest {

    private static final List<String> NAMES = List.of("Paris", "Texas", "New York", "Bosnia and Herzegovina",
            "Armenia", "Saint Louis");
    private static final List<String> DEMONYMS = List.of("Armenian", "Armenians", "arménien", "армянский");

    /**
     * A gazetteer whose filters ({@link Gazetteer#mayHave}) answer exactly, as a mapped one's mostly do (the
     * in-memory one's say "maybe" to everything), so that the matcher takes the paths it takes on real text.
     */
    private static Gazetteer filtered() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(Fixtures.country(174982, "Armenia", "AM", 40.25, 45.0, 2_968_000), NAMES);
        Gazetteer base = InMemoryGazetteer.of(names, Map.of(Fixtures.ARMENIA, DEMONYMS));
        Set<Integer> keys = new HashSet<>();
        Set<Integer> prefixes = new HashSet<>();
        for (String name : concat(NAMES, DEMONYMS)) {
            String key = NameNormalizer.normalize(name);
            keys.add(key.hashCode());
            for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                prefixes.add(key.substring(0, sp).hashCode());
            }
        }
        return (Gazetteer) Proxy.newProxyInstance(Gazetteer.class.getClassLoader(), new Class<?>[] {Gazetteer.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("mayHave")) {
                        int h = (Integer) args[0];
                        return (keys.contains(h) ? Gazetteer.MAY_BE_KEY : 0)
                                | (prefixes.contains(h) ? Gazetteer.MAY_HAVE_LONGER : 0);
                    }
                    if (method.getName().equals("mayHaveKeyOrLonger")) {
                        int h = (Integer) args[0];
                        return keys.contains(h) || prefixes.contains(h);
                    }
                    try {
                        return method.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void aWordThePretestRulesOutIsOneTheLowerCaseReaderFindsNothingIn() {
        SpanMatcher m = new SpanMatcher(filtered(), Lexicon.load());
        // past the questions after which the demonym keys and their filter are held in memory
        for (int k = 0; k < 300; k++) {
            m.isDemonym("armenian");
        }
        String text = "The Armenian envoy flew from Paris, Texas to New York and then to Bosnia and Herzegovina. "
                + "Armenians and armenian traders met Armenia's allies in Saint Louis; the talks were long and "
                + "the weather in Yerevan stayed warm. ARMENIA and PARIS answered, then armenians left.";
        Tokens t = new Tokenizer().tokenize(text);
        TokenReaders.Reader[] readers = TokenReaders.forLanguage(m, "en");
        TokenReaders.Doc d = new TokenReaders.Doc(t, "en", Lexicon.load().common("en"), new TokenProbes(1 << 10));
        int ruledOut = 0;
        int kept = 0;
        for (int i = 0; i < t.size(); i++) {
            int f = t.flags(i);
            if ((f & Tokens.LOWER) == 0 || (f & (Tokens.ELISION | Tokens.DIGIT)) != 0) {
                continue;
            }
            if (m.noDemonym(t, i)) {
                ruledOut++;
                assertNull(readers[0].read(d, i, f), t.surface(i));
            } else {
                kept++;
            }
        }
        assertTrue(readers[0].onlyDemonyms);
        assertTrue(ruledOut > 10, "lower-case words ruled out: " + ruledOut);
        assertTrue(kept >= 2, "the lower-case demonyms pass: " + kept);
        assertEquals(List.of("armenian", "paris", "texas", "new york", "bosnia and herzegovina", "armenians",
                "armenian", "armenia", "saint louis", "armenia", "paris", "armenians"),
                m.match(t, "en").stream().map(Span::key).toList());
    }

    @Test
    void onlyTheReadersOfDemonymsAloneAreSkippedByThePretest() {
        SpanMatcher m = new SpanMatcher(filtered(), Lexicon.load());
        TokenReaders.Reader[] fr = TokenReaders.forLanguage(m, "fr");
        TokenReaders.Reader[] ru = TokenReaders.forLanguage(m, "ru");
        assertFalse(fr[0].onlyDemonyms, "French lower-case heads: mer Noire");
        assertTrue(ru[0].onlyDemonyms);
        assertFalse(ru[1].onlyDemonyms);
        assertFalse(ru[2].onlyDemonyms);
    }
}
