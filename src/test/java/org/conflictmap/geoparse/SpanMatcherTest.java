package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictmap.gazetteer.NameNormalizer;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {

    @Test
    void incrementalKeysEqualTheNormaliser() {
        List<String> texts = List.of("Saint-Pétersbourg sur la Neva", "St. Louis, Mo. and U.S. Virgin Islands",
                "Côte d’Ivoire et l'Arménie", "L Street in Washington", "Rostov-na-Donu", "Straße Ærø Łódź",
                "St.Louis Mt.Hood", "Санкт-Петербург и Орёл", "وصل إلى القاهرة", "Qu Anh and D Town",
                "Xankəndi ʼAbd Ma'arrat", "ALL CAPS TEXT 42nd Street", "D'Arc L'Aquila Qu'Appelle",
                "Straße Ærø-Łódź", "الخرطوم والقاهرة");
        Tokenizer tokenizer = new Tokenizer();
        int hashed = 0;
        for (String text : texts) {
            Tokens t = tokenizer.tokenize(text);
            for (int i = 0; i < t.size(); i++) {
                String first = MatchKeys.keyOf(text, t.start(i), t.end(i));
                String key = first;
                assertEquals(NameNormalizer.normalize(t.surface(i)), key, text);
                for (int j = i + 1; j < t.size() && t.joinsNext(j - 1); j++) {
                    long eh = MatchKeys.extendedHash(t, key, first, j, i);
                    key = MatchKeys.extend(t, key, first, j, i);
                    if (eh >= 0) {
                        hashed++;
                        assertEquals(key.hashCode(), (int) eh, text + " [" + i + ".." + j + "]");
                    }
                    assertEquals(NameNormalizer.normalize(text.substring(t.start(i), t.end(j))), key,
                            text + " [" + i + ".." + j + "]");
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(hashed > 50, "most grown windows have a known hash: " + hashed);
    }

    @Test
    void longestMatchWinsAndStopsAtPunctuation() {
        Tokenizer tokenizer = new Tokenizer();
        SpanMatcher m = new SpanMatcher(Fixtures.gazetteer(), Lexicon.load());
        Tokens t = tokenizer.tokenize("New York, Paris Texas. Bosnia and Herzegovina and Bosnia.");
        List<Span> spans = m.match(t, "en");
        assertEquals(List.of("new york", "paris", "texas", "bosnia and herzegovina"),
                spans.stream().map(Span::key).toList());
    }

    @Test
    void romanceNamesGoOnThroughLowerCaseWordsTheGazetteerContinuesWith() {
        java.util.Map<org.conflictmap.gazetteer.Place, List<String>> names = new java.util.LinkedHashMap<>();
        names.put(Fixtures.country(102358, "Saudi Arabia", "SA", 25, 45, 34_000_000), List.of("Arabie saoudite"));
        names.put(Fixtures.country(2309096, "Equatorial Guinea", "GQ", 1.7, 10.5, 1_400_000),
                List.of("Guinée équatoriale"));
        names.put(Fixtures.country(2420477, "Guinea", "GN", 10.8, -10.7, 12_400_000), List.of("Guinée"));
        names.put(Fixtures.city(5735537, "La Grande", "PPLA2", "US", "OR", 45.3, -118.1, 13_000), List.of());
        SpanMatcher m = new SpanMatcher(org.conflictmap.gazetteer.InMemoryGazetteer.of(names, java.util.Map.of()),
                Lexicon.load());
        String text = "L’Arabie saoudite et la Guinée équatoriale. La grande Guinée.";
        assertEquals(List.of("arabie saoudite", "guinee equatoriale", "guinee"),
                m.match(new Tokenizer().tokenize(text), "fr").stream().map(Span::key).toList(),
                "an article and a noun at a sentence start are no name");
        assertEquals(List.of("guinee"), m.match(new Tokenizer().tokenize("Guinée équatoriale"), "en").stream()
                .map(Span::key).toList(), "English names capitalise every word");
    }

    @Test
    void aTokenWhoseKeyHashTheGazetteerDeniesIsNeverAskedAbout() {
        org.conflictmap.gazetteer.Gazetteer base = Fixtures.gazetteer();
        java.util.Set<Integer> held = new java.util.HashSet<>();
        for (String k : List.of("new", "new york", "paris", "texas", "bosnia", "bosnia and", "bosnia and herzegovina")) {
            held.add(k.hashCode());
        }
        java.util.Set<String> asked = new java.util.TreeSet<>();
        org.conflictmap.gazetteer.Gazetteer g = new Recording(base, asked, asked) {
            @Override public boolean mayHaveKeyOrLonger(int h) { return held.contains(h); }
        };
        Tokens t = new Tokenizer().tokenize("New York, Paris Texas. Zorglub Quux and Bosnia and Herzegovina.");
        List<Span> spans = new SpanMatcher(g, Lexicon.load()).match(t, "en");
        assertEquals(List.of("new york", "paris", "texas", "bosnia and herzegovina"), spans.stream().map(Span::key).toList());
        assertEquals(java.util.Set.of("new", "new york", "paris", "texas", "bosnia", "bosnia and", "bosnia and herzegovina"),
                asked, "'zorglub' and 'quux' are answered by their hash alone");
    }

    @Test
    void keysAndPrefixesTheFiltersDenyAreNeverAskedAbout() {
        org.conflictmap.gazetteer.Gazetteer base = Fixtures.gazetteer();
        java.util.Set<Integer> keys = new java.util.HashSet<>();
        for (String k : List.of("new york", "paris", "texas", "bosnia", "bosnia and herzegovina")) {
            keys.add(k.hashCode());
        }
        java.util.Set<Integer> prefixes = new java.util.HashSet<>();
        for (String k : List.of("new", "bosnia", "bosnia and")) {
            prefixes.add(k.hashCode());
        }
        java.util.Set<String> askedKey = new java.util.TreeSet<>();
        java.util.Set<String> askedLonger = new java.util.TreeSet<>();
        org.conflictmap.gazetteer.Gazetteer g = new Recording(base, askedKey, askedLonger) {
            @Override public boolean mayHaveKey(int h) { return keys.contains(h); }
            @Override public boolean mayHaveLongerKey(int h) { return prefixes.contains(h); }
        };
        Tokens t = new Tokenizer().tokenize("New York, Paris Texas. Zorglub Quux and Bosnia and Herzegovina.");
        List<Span> spans = new SpanMatcher(g, Lexicon.load()).match(t, "en");
        assertEquals(List.of("new york", "paris", "texas", "bosnia and herzegovina"), spans.stream().map(Span::key).toList());
        assertEquals(java.util.Set.of("new york", "paris", "texas", "bosnia", "bosnia and herzegovina"), askedKey,
                "'new' and 'bosnia and' are no key by the filter");
        assertEquals(java.util.Set.of("new", "bosnia", "bosnia and"), askedLonger,
                "no longer key by the filter: 'paris', 'new york', 'bosnia and herzegovina'");
    }

    @Test
    void everyLetterKeyEqualsTheNormaliser() {
        StringBuilder word = new StringBuilder();
        for (int c = 0x80; c < 0x10000; c++) {
            char ch = (char) c;
            if (!Character.isLetterOrDigit(ch) || Character.isSurrogate(ch)) {
                continue;
            }
            String w = "Ab" + ch + "c" + ch;
            assertEquals(NameNormalizer.normalize(w), MatchKeys.keyOf(w, 0, w.length()), "U+" + Integer.toHexString(c));
            word.append(ch);
            if (word.length() == 7) {
                String x = word.toString();
                assertEquals(NameNormalizer.normalize(x), MatchKeys.keyOf(x, 0, x.length()), x);
                word.setLength(0);
            }
        }
    }

    @Test
    void lowerCaseDemonymsAreFoundBeforeAndAfterTheMatcherHoldsTheDemonymSet() {
        Tokenizer tokenizer = new Tokenizer();
        SpanMatcher m = new SpanMatcher(Fixtures.gazetteer(), Lexicon.load());
        // thousands of distinct lower-case words (each misses the memo) around two demonyms, twice over
        StringBuilder b = new StringBuilder("Le ministre russe ");
        for (int k = 0; k < 6000; k++) {
            b.append("mot").append(Integer.toString(k, 26).replace('0', 'z').replace('1', 'y')
                    .replace('2', 'x').replace('3', 'w').replace('4', 'v').replace('5', 'u').replace('6', 't')
                    .replace('7', 's').replace('8', 'r').replace('9', 'q')).append(' ');
        }
        b.append("et le président arménien, puis azerbaïdjanaise.");
        String text = b.toString();
        for (int round = 0; round < 2; round++) {
            List<Span> spans = m.match(tokenizer.tokenize(text), "fr");
            assertEquals(List.of("russe", "armenien", "azerbaidjanaise"), spans.stream().map(Span::key).toList());
            assertEquals(List.of(true, true, true), spans.stream().map(Span::demonym).toList());
        }
    }

    /**
     * A gazetteer that answers as {@code base} and records the keys it is asked about: by {@code containsKey}
     * in {@code askedKey}, by {@code hasLongerKey} in {@code askedLonger}. A test overrides the hash filters.
     */
    private static class Recording implements org.conflictmap.gazetteer.Gazetteer {
        private final org.conflictmap.gazetteer.Gazetteer base;
        private final java.util.Set<String> askedKey;
        private final java.util.Set<String> askedLonger;

        Recording(org.conflictmap.gazetteer.Gazetteer base, java.util.Set<String> askedKey,
                  java.util.Set<String> askedLonger) {
            this.base = base;
            this.askedKey = askedKey;
            this.askedLonger = askedLonger;
        }

        @Override public List<org.conflictmap.gazetteer.Place> candidates(String k) { return base.candidates(k); }
        @Override public boolean containsKey(String k) { askedKey.add(k); return base.containsKey(k); }
        @Override public boolean hasLongerKey(String k) { askedLonger.add(k); return base.hasLongerKey(k); }
        @Override public boolean isDemonymKey(String k) { return base.isDemonymKey(k); }
        @Override public int maxKeyTokens() { return base.maxKeyTokens(); }
        @Override public java.util.Optional<org.conflictmap.gazetteer.Place> byId(long id) { return base.byId(id); }
        @Override public java.util.Optional<org.conflictmap.gazetteer.Place> country(String c) { return base.country(c); }
        @Override public java.util.Optional<org.conflictmap.gazetteer.Place> admin1(String c, String a) {
            return base.admin1(c, a);
        }
        @Override public java.util.Optional<org.conflictmap.gazetteer.Place> nearestPopulated(double a, double b, double k) {
            return base.nearestPopulated(a, b, k);
        }
        @Override public int size() { return base.size(); }
        @Override public String description() { return "wrapper"; }
    }
}
