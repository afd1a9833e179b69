package org.conflictmap.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences for fr, en, ru, es, de and uk (and any language written with the same
 * punctuation). A sentence ends at . ! ? … (with closing quotes/brackets) when whitespace and then a
 * capital, a digit or an opening quote/dash follow, at a blank line, and before a Markdown heading or a
 * bullet line. A period does not end a sentence after an abbreviation ("M.", "Dr.", "St.", "gen.",
 * "г."), a single capital (an initial), a dotted abbreviation ("U.S.", "z.B."), or a day number followed
 * by a month name ("am 3. Oktober"). Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            // en
            "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "gov",
            "sen", "rep", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "nos", "fig", "approx", "dept", "est",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "cmdr",
            // fr
            "m", "mm", "mme", "mmes", "mlle", "pr", "ste", "gén", "cdt", "cne", "av", "bd", "art", "env", "ex",
            "janv", "févr", "avr", "juil", "déc", "vol", "éd", "chap",
            // ru / uk
            "г", "гг", "ул", "им", "тыс", "млн", "млрд", "руб", "ген", "полк", "др", "пр", "см", "стр", "т", "д",
            "вул", "тис", "м", "ст", "пос", "обл", "р", "с", "ж",
            // es
            "sra", "srta", "dra", "gral", "pág", "ud", "uds", "avda", "dña", "d", "cnel",
            // de
            "hr", "fr", "nr", "bzw", "ca", "str", "usw", "vgl", "ggf", "evtl", "bzgl", "abs");

    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "januar", "jänner", "februar", "märz", "juni", "juli", "oktober", "dezember");

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("\\s*[\\r\\n]+\\s*");

    /** Splits a text into sentences, in order; blank stretches are not sentences. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = skipBlank(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = skipSpacesTabs(text, i + 1);
                boolean blankLine = next < n && (text.charAt(next) == '\n' || text.charAt(next) == '\r');
                boolean block = next < n && (text.charAt(next) == '#' || text.charAt(next) == '•'
                        || ((text.charAt(next) == '-' || text.charAt(next) == '*') && next + 1 < n
                        && text.charAt(next + 1) == ' '));
                boolean heading = text.charAt(skipBlank(text, start)) == '#';
                if (blankLine || block || heading) {
                    add(out, text, start, i);
                    start = skipBlank(text, i + 1);
                    i = start;
                    continue;
                }
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i;
                while (j + 1 < n && isCloser(text.charAt(j + 1))) {
                    j++;
                }
                int after = j + 1;
                if (after >= n) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(after))) {
                    int m = skipBlank(text, after);
                    if (m >= n || (startsSentence(text.charAt(m)) && !(c == '.' && noBreakAfterPeriod(text, i, m)))) {
                        add(out, text, start, after);
                        start = m;
                        i = m;
                        continue;
                    }
                }
                i = after;
                continue;
            }
            i++;
        }
        add(out, text, start, n);
        return List.copyOf(out);
    }

    private static boolean isCloser(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == '»' || c == '”'
                || c == '’' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"' || c == '“' || c == '„'
                || c == '\'' || c == '—' || c == '–' || c == '-' || c == '(' || c == '[' || c == '¿' || c == '¡'
                || c == '#' || c == '•' || Character.isTitleCase(c);
    }

    /** True when the period at {@code dot} belongs to an abbreviation, an initial or a German day number. */
    private static boolean noBreakAfterPeriod(String text, int dot, int nextWord) {
        int b = dot;
        while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String token = text.substring(b, dot);
        if (token.isEmpty()) {
            return false;
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return true;
        }
        if (token.indexOf('.') > 0) {
            return true;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (token.length() <= 2 && token.chars().allMatch(Character::isDigit)) {
            int e = nextWord;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return MONTHS.contains(text.substring(nextWord, e).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static int skipBlank(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpacesTabs(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            String t = text.substring(start, e);
            out.add(new Sentence(start, e, t.indexOf('\n') < 0 && t.indexOf('\r') < 0 ? t
                    : LINE_BREAKS.matcher(t).replaceAll(" ")));
        }
    }
}
