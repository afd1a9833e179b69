package org.conflictmap.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/**
 * Country abbreviations of French sports results: "1. Olano (Esp)", "8. Zulle (S)", "Armstrong (EU, 12")".
 * A token is one when the text is French, it is a listed abbreviation (exact case), it stands right after an
 * opening parenthesis that follows a capitalised word (the athlete), and a closing parenthesis or a comma
 * follows it. Such a token names the country (key of its French name). Immutable and thread-safe.
 */
final class SportCountryCodes {

    private static final String RESOURCE = "/geoparse/cues/sport-countries-fr.tsv";
    private static final Map<String, String> CODES = load();

    private SportCountryCodes() {
    }

    /** The gazetteer key of the country token {@code i} abbreviates in a French results list, or null. */
    static String keyAt(Tokens t, int i, String lang) {
        if (!"fr".equals(lang) || i < 1 || t.length(i) > 5 || (t.flags(i) & Tokens.CAP) == 0) {
            return null;
        }
        String text = t.text();
        int s = t.start(i);
        int e = t.end(i);
        if (s < 2 || text.charAt(s - 1) != '(' || e >= text.length()
                || text.charAt(e) != ')' && text.charAt(e) != ',') {
            return null;
        }
        int p = i - 1;
        if ((t.flags(p) & Tokens.CAP) == 0 || (t.flags(p) & Tokens.DIGIT) != 0 || t.length(p) < 2) {
            return null;
        }
        for (int k = t.end(p); k < s - 1; k++) {
            if (text.charAt(k) != ' ') {
                return null; // "Name (Esp)": only spaces between the name and the parenthesis
            }
        }
        return CODES.get(text.substring(s, e));
    }

    /**
     * The filter rule on a match next to a results-list abbreviation: {@code KEEP} for the abbreviation itself
     * ("Olano (Esp)"), {@code PERSON} for the athlete's name before it ("Armstrong (EU)"), else null.
     */
    static final class Rule implements FilterRule {
        @Override
        public MentionFilter.Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
            if (s.firstToken() == s.lastToken() && keyAt(t, s.firstToken(), lang) != null) {
                return MentionFilter.Verdict.KEEP;
            }
            int n = s.lastToken() + 1;
            return n < t.size() && keyAt(t, n, lang) != null ? MentionFilter.Verdict.PERSON : null;
        }
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = SportCountryCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(RESOURCE + ": no tab in line '" + line + "'");
                }
                m.put(line.substring(0, tab).strip(), NameNormalizer.normalize(line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
