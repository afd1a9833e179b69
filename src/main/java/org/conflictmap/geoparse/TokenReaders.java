package org.conflictmap.geoparse;

import java.util.Set;

/**
 * The per-token rules of {@link SpanMatcher}: one small reader per token class (lower-case, capitalised,
 * uncased) and language family, chosen once per language, each with the language's {@link Fallback} readings
 * (declined adjectives and oblique cases, long s, Arabic proclitics) for a token whose longest window found
 * little. The matcher calls every reader from one call site,
 * which sees several reader classes: the compiler then inlines none of them into the matcher's loop but
 * compiles each on its own, so the loop stays small, and a rare branch that deoptimises (oblique cases, long
 * s, Arabic proclitics) recompiles one reader instead of the whole matcher. Readers are immutable; the
 * per-document state is in {@link Doc}.
 */
final class TokenReaders {

    /** Languages whose lower-case words may continue a name the gazetteer continues with them. */
    private static final Set<String> LOWER_WORDS = Set.of("fr", "es", "it", "pt");
    private static final char[] PROCLITICS = {'و', 'ف', 'ب', 'ل', 'ك'};

    private TokenReaders() {
    }

    /** One document being matched: its tokens, language, common words, the thread's memo and the long-s answer. */
    static final class Doc {
        final Tokens t;
        final String lang;
        final WordSet common;
        final TokenProbes m;
        /** The memo's id of {@link #common} ({@link TokenProbes#setId}). */
        final int commonId;
        /** 1: a long-s text ({@link LongS}), -1: not, 0: not asked yet. */
        int longS;

        Doc(Tokens t, String lang, WordSet common, TokenProbes m) {
            this.t = t;
            this.lang = lang;
            this.common = common;
            this.m = m;
            this.commonId = m.setId(common);
        }
    }

    /** The span a token starts, or null. */
    abstract static class Reader {
        final SpanMatcher sm;
        /**
         * The reader reads only demonyms ({@link SpanMatcher#lowerDemonym}): it finds nothing in a token that
         * {@link SpanMatcher#noDemonym} rules out, which the matcher asks in its own loop. Most lower-case words
         * then cost neither the reader call (never inlined: see the class note) nor the calls it makes.
         */
        final boolean onlyDemonyms;

        Reader(SpanMatcher sm, boolean onlyDemonyms) {
            this.sm = sm;
            this.onlyDemonyms = onlyDemonyms;
        }

        /** The span starting at token {@code i} (flags {@code f}) of document {@code d}, or null. */
        abstract Span read(Doc d, int i, int f);
    }

    /**
     * A reading tried after a reader's first one: given the span found so far (or null), the span to keep.
     * All are called from one call site ({@link #fallBack}), so none is inlined into a reader: each rare
     * reading compiles, and deoptimises, on its own.
     */
    abstract static class Fallback {
        final SpanMatcher sm;

        Fallback(SpanMatcher sm) {
            this.sm = sm;
        }

        /** The span to keep at token {@code i} (flags {@code f}) of {@code d}, given {@code s} (may be null). */
        abstract Span apply(Doc d, int i, int f, Span s);
    }

    /** {@code s} passed through {@code fallbacks} in order. */
    static Span fallBack(Fallback[] fallbacks, Doc d, int i, int f, Span s) {
        for (Fallback fb : fallbacks) {
            s = fb.apply(d, i, f, s);
        }
        return s;
    }

    /** The readers of lower-case, capitalised and uncased tokens in {@code lang} (may be null). */
    static Reader[] forLanguage(SpanMatcher sm, String lang) {
        boolean french = "fr".equals(lang);
        boolean lowerWords = lang != null && LOWER_WORDS.contains(lang);
        Fallback[] capital = CaseEndings.declines(lang)
                ? new Fallback[] {new Adjectival(sm), new Oblique(sm, "de".equalsIgnoreCase(lang))}
                : french ? new Fallback[] {new LongSName(sm)} : new Fallback[0];
        return new Reader[] {french ? new FrenchLower(sm) : new Lower(sm), new Capital(sm, lowerWords, french, capital),
            new Uncased(sm, new Fallback[] {new ArabicVariants(sm)})};
    }

    /** A lower-case word: only ever a demonym ("russe", "российский"). */
    static final class Lower extends Reader {
        Lower(SpanMatcher sm) {
            super(sm, true);
        }

        @Override
        Span read(Doc d, int i, int f) {
            return sm.lowerDemonym(d.m, d.t, i, d.common, d.commonId);
        }
    }

    /** A French lower-case word: a generic head before a name ("mer Noire"), else a demonym. */
    static final class FrenchLower extends Reader {
        FrenchLower(SpanMatcher sm) {
            super(sm, false);
        }

        @Override
        Span read(Doc d, int i, int f) {
            Span s = SpanBounds.startsHeadedName(d.t, i, d.lang) ? sm.headedName(d.m, d.t, i) : null;
            return s != null ? s : sm.lowerDemonym(d.m, d.t, i, d.common, d.commonId);
        }
    }

    /**
     * A capitalised word: a sports results country code in French ("Olano (Esp)"), else its longest key window,
     * then the language's fallbacks.
     */
    static final class Capital extends Reader {
        private final boolean lowerWords;
        private final boolean sportCodes;
        private final Fallback[] fallbacks;

        Capital(SpanMatcher sm, boolean lowerWords, boolean sportCodes, Fallback[] fallbacks) {
            super(sm, false);
            this.lowerWords = lowerWords;
            this.sportCodes = sportCodes;
            this.fallbacks = fallbacks;
        }

        @Override
        Span read(Doc d, int i, int f) {
            Tokens t = d.t;
            String code = sportCodes ? SportCountryCodes.keyAt(t, i, d.lang) : null;
            Span s = code != null ? new Span(t.start(i), t.end(i), i, i, code, false)
                    : sm.longest(d.m, t, i, t.start(i), lowerWords);
            return fallbacks.length == 0 ? s : fallBack(fallbacks, d, i, f, s);
        }
    }

    /** In a French long-s text, a capitalised word that is no name read with each "f" as "s". */
    static final class LongSName extends Fallback {
        LongSName(SpanMatcher sm) {
            super(sm);
        }

        @Override
        Span apply(Doc d, int i, int f, Span s) {
            if (s != null || (f & Tokens.ALL_CAPS) != 0) {
                return s;
            }
            if (d.longS == 0) {
                d.longS = LongS.isLongSText(d.t, d.lang) ? 1 : -1;
            }
            return d.longS > 0 ? sm.longSName(d.t, i) : null;
        }
    }

    /**
     * In a language that declines names, a capitalised Cyrillic adjective with its noun ("в Донецкой области",
     * "Нагорном Карабахе") where the longest window is at most the one word.
     */
    static final class Adjectival extends Fallback {
        Adjectival(SpanMatcher sm) {
            super(sm);
        }

        @Override
        Span apply(Doc d, int i, int f, Span s) {
            if ((s == null || s.lastToken() == i) && (f & (Tokens.CYRILLIC | Tokens.ALL_CAPS)) == Tokens.CYRILLIC) {
                Span a = sm.adjectival().match(d.t, i, d.common);
                return a != null ? a : s;
            }
            return s;
        }
    }

    /**
     * In a language that declines names, a capitalised word that is no key read as an oblique case of one; not at
     * a Slavic sentence start, where many ordinary words are capitalised (a German one may start with a
     * genitive: "Moskaus Außenminister").
     */
    static final class Oblique extends Fallback {
        private final boolean german;

        Oblique(SpanMatcher sm, boolean german) {
            super(sm);
            this.german = german;
        }

        @Override
        Span apply(Doc d, int i, int f, Span s) {
            if (s == null && (f & Tokens.ALL_CAPS) == 0 && ((f & Tokens.SENT_START) == 0 || german)) {
                return sm.oblique().match(d.t, i, d.common, d.lang, german, sm.demonymTest());
            }
            return s;
        }
    }

    /**
     * An uncased token that is no common word (or is the name of a very prominent place): its longest window,
     * else its fallbacks (the Arabic token without its proclitics or article). The common-word test comes last:
     * most tokens are no key anyway.
     */
    static final class Uncased extends Reader {
        private final Fallback[] fallbacks;

        Uncased(SpanMatcher sm, Fallback[] fallbacks) {
            super(sm, false);
            this.fallbacks = fallbacks;
        }

        @Override
        Span read(Doc d, int i, int f) {
            Tokens t = d.t;
            Span s = sm.longest(d.m, t, i, t.start(i), false);
            if (s != null) {
                // a common word is no name, unless a very well-known place bears it and it has no article: the
                // Arabic list holds "باريس" (Paris), "لندن" (London), "نيويورك" (New York), but also "المدينة",
                // "the city", which is Medina too
                char[] text = t.chars();
                int st = t.start(i);
                return d.common.contains(text, st, t.end(i)) && (text[st] == 'ا' && text[st + 1] == 'ل'
                        || !Priors.anyProminent(sm.gazetteer().candidates(s.key()), true)) ? null : s;
            }
            return fallBack(fallbacks, d, i, f, null);
        }
    }

    /** An Arabic token that is no key read without its proclitics (و ف ب ل ك) or the article ال. */
    static final class ArabicVariants extends Fallback {
        ArabicVariants(SpanMatcher sm) {
            super(sm);
        }

        @Override
        Span apply(Doc d, int i, int f, Span s) {
            Tokens t = d.t;
            char[] text = t.chars();
            if (s != null || (f & Tokens.ARABIC) == 0 || !mayHaveArabicPrefix(text, t.start(i), t.end(i))
                    || d.common.contains(text, t.start(i), t.end(i))) {
                return s;
            }
            return arabicVariants(d.m, t, i);
        }

        /** False when {@link #arabicVariants} has nothing to strip: no proclitic and no article in front. */
        private static boolean mayHaveArabicPrefix(char[] text, int s, int e) {
            return isProclitic(text[s]) || e - s > 4 && text[s] == 'ا' && text[s + 1] == 'ل';
        }

        private Span arabicVariants(TokenProbes m, Tokens t, int i) {
            char[] text = t.chars();
            int s = t.start(i);
            int e = t.end(i);
            // up to two proclitics (و ب ل ف ك), then optionally the article ال; a name must keep three letters
            for (int strip = 1; strip <= 2 && e - (s + strip) >= 3; strip++) {
                if (!isProclitic(text[s + strip - 1])) {
                    break;
                }
                Span sp = sm.longest(m, t, i, s + strip, false);
                if (sp != null) {
                    return sp;
                }
                int al = s + strip;
                if (al + 3 < e && text[al] == 'ا' && text[al + 1] == 'ل') {
                    sp = sm.longest(m, t, i, al + 2, false);
                    if (sp != null) {
                        return withArticle(sp, al);
                    }
                }
                if (text[al - 1] == 'ل' && text[al] == 'ل' && al + 3 < e) {
                    // ل + ال is written لل: "للعراق" is "to Iraq", the name "العراق" behind the article's lam
                    String key = MatchKeys.join("ال", "", MatchKeys.keyOf(text, al + 1, e));
                    if (sm.gazetteer().mayHaveKey(key.hashCode()) && sm.gazetteer().containsKey(key)) {
                        return new Span(al, e, i, i, key, sm.isDemonym(key));
                    }
                    sp = sm.longest(m, t, i, al + 1, false);
                    if (sp != null) {
                        return withArticle(sp, al);
                    }
                }
            }
            if (e - s > 4 && text[s] == 'ا' && text[s + 1] == 'ل') {
                Span sp = sm.longest(m, t, i, s + 2, false);
                return sp == null ? null : withArticle(sp, s);
            }
            return null;
        }

        /** {@code sp}, matched without the Arabic article, reported with it ("الخرطوم", not "خرطوم"). */
        private static Span withArticle(Span sp, int articleStart) {
            return new Span(articleStart, sp.end(), sp.firstToken(), sp.lastToken(), sp.key(), sp.demonym());
        }

        private static boolean isProclitic(char c) {
            for (char p : PROCLITICS) {
                if (p == c) {
                    return true;
                }
            }
            return false;
        }
    }
}
