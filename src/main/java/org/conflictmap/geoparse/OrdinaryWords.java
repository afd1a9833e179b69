package org.conflictmap.geoparse;

/**
 * Is a word an ordinary word of the text's language (or of English, which news in any language quotes)? With
 * the Arabic indefinite accusative of a common noun ("دورا" of "دور"). Thread-safe.
 */
final class OrdinaryWords {

    private final Lexicon lexicon;
    private final java.util.Map<String, WordSet> commonOrEnglish;
    private final java.util.Map<String, WordSet> common;
    private final java.util.Map<String, WordSet> function;

    OrdinaryWords(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.commonOrEnglish = commonOrEnglish(lexicon);
        java.util.Map<String, WordSet> m = new java.util.HashMap<>();
        java.util.Map<String, WordSet> f = new java.util.HashMap<>();
        for (String lang : Lexicon.LANGUAGES) {
            m.put(lang, lexicon.common(lang));
            m.put(lang.toUpperCase(java.util.Locale.ROOT), lexicon.common(lang));
            f.put(lang, lexicon.functionWords(lang));
            f.put(lang.toUpperCase(java.util.Locale.ROOT), lexicon.functionWords(lang));
        }
        this.common = java.util.Map.copyOf(m);
        this.function = java.util.Map.copyOf(f);
    }

    /** A function word of {@code lang} ({@link Lexicon#functionWords}); false for a language without a list. */
    boolean isFunctionWord(String text, Tokens t, int k, String lang) {
        WordSet w = lang == null ? null : function.get(lang);
        return w != null && w.contains(text, t.start(k), t.end(k));
    }

    /**
     * {@link Lexicon#common}: the bundled languages' codes as given or in capitals from a table, without a
     * lower-cased copy of the code at every call.
     */
    WordSet common(String lang) {
        WordSet w = lang == null ? null : common.get(lang);
        return w != null ? w : lexicon.common(lang);
    }

    /** Per bundled language code (as given, any case): its common words and the English ones in one set. */
    private static java.util.Map<String, WordSet> commonOrEnglish(Lexicon lexicon) {
        java.util.Map<String, WordSet> m = new java.util.HashMap<>();
        for (String lang : Lexicon.LANGUAGES) {
            WordSet both = lexicon.common(lang).union(lexicon.common("en"));
            m.put(lang, both);
            m.put(lang.toUpperCase(java.util.Locale.ROOT), both);
        }
        return java.util.Map.copyOf(m);
    }

    /** An ordinary word of {@code lang} or of English. */
    boolean isCommon(String text, Tokens t, int k, String lang) {
        int s = t.start(k);
        int e = t.end(k);
        WordSet both = lang == null ? null : commonOrEnglish.get(lang);
        if (both != null) {
            return both.contains(text, s, e);
        }
        return lexicon.common(lang).contains(text, s, e) || lexicon.common("en").contains(text, s, e);
    }

    /**
     * {@link #isCommon}, or an ordinary word of any bundled language: the latter alone, as the common words of
     * any language ({@link Lexicon#anyCommon}) hold those of every language and of English.
     */
    boolean isCommonWord(Tokens t, int k, String lang) {
        return lexicon.anyCommon().contains(t.text(), t.start(k), t.end(k));
    }

    /**
     * An Arabic common noun in the indefinite accusative, written with a final alif ("دورا", a role, of "دور"):
     * the word without the alif is a common word.
     */
    boolean arabicAccusative(Tokens t, Span s, String lang) {
        int e = t.end(s.firstToken());
        return (t.flags(s.firstToken()) & Tokens.ARABIC) != 0 && s.end() == e && e - s.start() >= 3
                && t.text().charAt(e - 1) == 'ا' && lexicon.common("ar").contains(t.text(), s.start(), e - 1);
    }
}
