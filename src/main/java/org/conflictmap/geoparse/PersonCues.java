package org.conflictmap.geoparse;

import java.util.List;
import java.util.Set;
import org.conflictmap.gazetteer.Place;

/**
 * Person-name cues around a match that {@link MentionFilter}'s capitalised-title rule does not see,
 * mostly in French and other Romance languages:
 * <ul>
 *   <li>a lower-case title right before the match ("le général Prim", "la reine Victoria",
 *       "l'impératrice Victoria"): Romance languages write titles in lower case;</li>
 *   <li>a regnal number right after it ("Frédéric III", "Pie IX", "François Ier");</li>
 *   <li>a nobiliary particle after an honorific or a plural article ("M. de Moustier", "Mme d'Epinay",
 *       "les de Mont");</li>
 *   <li>a Spanish patronymic in -ez after a capitalised word ("Francia Márquez", "Pedro Sánchez"): both words
 *       are the person's.</li>
 * </ul>
 * Thread-safe.
 */
final class PersonCues implements FilterRule {

    /** Title words that are also ordinary lower-case words before a name ("col de", "premier", "major"). */
    private static final WordSet NOT_LOWER_TITLES = WordSet.of(List.of("col", "premier", "vice", "major", "m",
            "mm", "me", "gen", "sen", "rep", "lt", "adm", "capt", "col", "officer", "coach", "justice",
            "secretary", "premier", "don", "dame", "lady", "judge", "commander"));
    /** Honorifics that a nobiliary particle may follow ("M. de X"). */
    private static final WordSet HONORIFICS = WordSet.of(List.of("m", "mm", "mme", "mmes", "mlle", "mlles",
            "monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "les"));
    private static final Set<String> ROMANCE = Set.of("fr", "es", "it", "pt", "ca", "ro");
    private static final WordSet ORDINALS = WordSet.of(List.of("ier", "ire", "1er", "1re", "er", "Iᵉʳ"));

    private final Lexicon lexicon;

    PersonCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * {@code DROP} for a title matched as a place or a place ending a quoted title ({@link QuotedTitles}),
     * {@code PERSON} for a match the person cues mark, else null.
     */
    @Override
    public MentionFilter.Verdict judge(Tokens t, Span s, List<Place> candidates, String lang) {
        int first = s.firstToken();
        int last = s.lastToken();
        if (isTitleBeforeName(t, first, last) || QuotedTitles.endsQuotedTitle(t, first, last)) {
            return MentionFilter.Verdict.DROP;
        }
        return isPerson(t, first, last, lang) ? MentionFilter.Verdict.PERSON : null;
    }

    /** True when the cues say the match spanning tokens {@code first..last} is (part of) a person's name. */
    boolean isPerson(Tokens t, int first, int last, String lang) {
        return lowerTitleBefore(t, first, lang) || regnalNumberAfter(t, last) || particleAfterHonorific(t, first)
                || first == last && (patronymic(t, first) && givenNameAt(t, first - 1, lang)
                        || patronymic(t, first + 1) && (t.flags(first) & Tokens.CAP) != 0);
    }

    /**
     * True when token {@code k} is a capitalised Spanish patronymic surname in -ez ("Márquez", "Sánchez",
     * "Pérez") right after a capitalised word, one space between: "Francia Márquez", "Pedro Sánchez" name a
     * person, so neither word is a place.
     */
    static boolean patronymic(Tokens t, int k) {
        if (k <= 0 || k >= t.size() || t.length(k) < 5 || (t.flags(k) & (Tokens.CAP | Tokens.ALL_CAPS)) != Tokens.CAP
                || t.start(k) - t.end(k - 1) != 1 || t.text().charAt(t.end(k - 1)) != ' ') {
            return false;
        }
        String text = t.text();
        int e = t.end(k);
        return text.charAt(e - 1) == 'z' && text.charAt(e - 2) == 'e';
    }

    /** True when token {@code k} is a capitalised word that may be a given name: not a common word or title. */
    private boolean givenNameAt(Tokens t, int k, String lang) {
        if (k < 0 || (t.flags(k) & (Tokens.CAP | Tokens.ALL_CAPS)) != Tokens.CAP) {
            return false;
        }
        String text = t.text();
        int s = t.start(k);
        int e = t.end(k);
        // the common words of any language hold those of lang (Lexicon#anyCommon): one lookup
        return !lexicon.anyCommon().contains(text, s, e) && !lexicon.titles().contains(text, s, e) && !lexicon.genericHeads().contains(text, s, e);
    }

    /**
     * True when the one-token match is itself a title or honorific before a capitalised name ("Mad. Bourgeois",
     * "Dona Maria"): a title, never a place.
     */
    boolean isTitleBeforeName(Tokens t, int first, int last) {
        int n = last + 1;
        if (first != last || n >= t.size() || (t.flags(n) & Tokens.CAP) == 0) {
            return false;
        }
        String text = t.text();
        if (!lexicon.titles().contains(text, t.start(first), t.end(first))) {
            return false;
        }
        int gap = t.start(n) - t.end(last);
        return t.joinsNext(last) && gap == 1
                || gap == 2 && text.charAt(t.end(last)) == '.' && text.charAt(t.end(last) + 1) == ' ';
    }

    /** A lower-case title right before token {@code first}, in a Romance language ("le général Prim"). */
    boolean lowerTitleBefore(Tokens t, int first, String lang) {
        int p = first - 1;
        if (p < 0 || lang == null || !ROMANCE.contains(lang) || !t.joinsNext(p) || (t.flags(p) & Tokens.LOWER) == 0
                || (t.flags(first) & Tokens.CAP) == 0 || (t.flags(first) & Tokens.ALL_CAPS) != 0) {
            return false;
        }
        String text = t.text();
        int s = t.start(p);
        int e = t.end(p);
        for (int k = e; k < t.start(first); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false; // "vice-roi", "roi-Soleil": no title before a name
            }
        }
        return lexicon.titles().contains(text, s, e) && !NOT_LOWER_TITLES.contains(text, s, e);
    }

    /** A regnal number right after token {@code last}: a Roman numeral from II, or "Ier" / "1er". */
    static boolean regnalNumberAfter(Tokens t, int last) {
        int n = last + 1;
        if (n >= t.size() || !t.joinsNext(last) || t.start(n) - t.end(last) != 1) {
            return false;
        }
        String text = t.text();
        int s = t.start(n);
        int e = t.end(n);
        if (ORDINALS.contains(text, s, e)) {
            return !(e - s == 2); // "er" alone is no ordinal
        }
        return e - s >= 2 && isRoman(text, s, e);
    }

    /** "II" to "XXXIX": upper-case Roman numerals of at least two letters. */
    static boolean isRoman(String text, int s, int e) {
        if (e <= s || e - s > 6) {
            return false;
        }
        // X{0,3}(IX|IV|V?I{0,3}), matched by hand (no regex per document)
        int i = s;
        while (i < e && i - s < 3 && text.charAt(i) == 'X') {
            i++;
        }
        if (e - i == 2 && text.charAt(i) == 'I' && (text.charAt(i + 1) == 'X' || text.charAt(i + 1) == 'V')) {
            return true;
        }
        if (i < e && text.charAt(i) == 'V') {
            i++;
        }
        int ones = 0;
        while (i < e && text.charAt(i) == 'I') {
            i++;
            ones++;
        }
        return i == e && ones <= 3;
    }

    /** "M. de Moustier", "Mme d'Epinay", "les de Mont": a nobiliary particle after an honorific. */
    private static boolean particleAfterHonorific(Tokens t, int first) {
        int de = first - 1;
        int h = first - 2;
        if (h < 0 || !t.joinsNext(de) || !(t.equalsIgnoreCase(de, "de") || t.equalsIgnoreCase(de, "d"))) {
            return false;
        }
        String text = t.text();
        boolean dotted = t.end(h) < text.length() && text.charAt(t.end(h)) == '.';
        if (!t.joinsNext(h) && !(dotted && t.start(de) - t.end(h) == 2)) {
            return false;
        }
        if (t.equalsIgnoreCase(h, "les")) {
            return (t.flags(h) & Tokens.LOWER) != 0 && t.equalsIgnoreCase(de, "de");
        }
        return (t.flags(h) & Tokens.CAP) != 0 && HONORIFICS.contains(text, t.start(h), t.end(h));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
