package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;

/**
 * Finds the longest token windows whose normalised text is a gazetteer key, left to right without overlap.
 * A window grows only while {@link Gazetteer#hasLongerKey} says a longer key exists, so most tokens cost
 * one probe. In cased scripts a name starts with a capital (a lower-case word is only tried as a
 * demonym: "russe", "российский"), and inner lower-case words must be connectors ("Bosnia and
 * Herzegovina") or hyphen-joined ("Rostov-na-Donu"). Arabic tokens are also tried without their proclitics
 * (و ف ب ل ك) and the article ال. In Russian, Ukrainian, Belarusian and German a capitalised word that is
 * no key is tried as an oblique case of one ({@link CaseEndings}: "в Киеве", "з України", "Kiews"), and a
 * Cyrillic adjective with its noun as a declined two-word name ({@link AdjectivalNames}: "в Донецкой области").
 * Thread-safe.
 */
public final class SpanMatcher {

    private static final char[] PROCLITICS = {'و', 'ف', 'ب', 'ل', 'ك'};

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final int maxTokens;
    private final DemonymKeys demonyms;
    private final ObliqueMatcher oblique;
    private final AdjectivalNames adjectival;
    private final ThreadLocal<TokenProbes> memo = ThreadLocal.withInitial(() -> new TokenProbes(1 << 16));

    /** A matcher over {@code gazetteer}. */
    public SpanMatcher(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.demonyms = new DemonymKeys(gazetteer);
        this.lexicon = lexicon;
        this.oblique = new ObliqueMatcher(gazetteer);
        this.adjectival = new AdjectivalNames(gazetteer);
        this.maxTokens = Math.max(1, Math.min(gazetteer.maxKeyTokens(), 12));
    }

    /** The candidate spans of a tokenised text, in text order. */
    public List<Span> match(Tokens t, String lang) {
        List<Span> out = new ArrayList<>();
        TokenProbes m = memo.get();
        WordSet common = lexicon.common(lang);
        boolean declines = CaseEndings.declines(lang);
        boolean german = "de".equalsIgnoreCase(lang);
        boolean french = "fr".equals(lang); // only French has lower-case heads before names ("mer Noire")
        boolean lowerWords = "fr".equals(lang) || "es".equals(lang) || "it".equals(lang) || "pt".equals(lang);
        int longS = 0; // 1: a long-s text (LongS), -1: not, 0: not asked yet
        int n = t.size();
        int i = 0;
        while (i < n) {
            int f = t.flags(i);
            Span s = null;
            if ((f & (Tokens.ELISION | Tokens.DIGIT)) == 0) {
                // the most frequent case first: the JIT compiler inlines calls in this order until its budget
                // for the method is spent (a lower-case token is never CAP or ALL_CAPS)
                if ((f & Tokens.LOWER) != 0) {
                    s = french && SpanBounds.startsHeadedName(t, i, lang) ? headedName(m, t, i) : null;
                    if (s == null) {
                        s = lowerDemonym(m, t, i, common);
                    }
                } else if ((f & (Tokens.CAP | Tokens.ALL_CAPS)) != 0) {
                    String code = SportCountryCodes.keyAt(t, i, lang);
                    s = code != null ? new Span(t.start(i), t.end(i), i, i, code, false)
                            : longest(m, t, i, t.start(i), lowerWords);
                    // "в Донецкой области", "Нагорном Карабахе": an adjective and its noun, both declined
                    if ((s == null || s.lastToken() == i) && declines && (f & (Tokens.CYRILLIC | Tokens.ALL_CAPS))
                            == Tokens.CYRILLIC) {
                        Span a = adjectival.match(t, i, common);
                        s = a != null ? a : s;
                    }
                    // a Slavic sentence starts with many capitalised ordinary words, a German one may start
                    // with a genitive ("Moskaus Außenminister")
                    if (s == null && declines && (f & Tokens.ALL_CAPS) == 0
                            && ((f & Tokens.SENT_START) == 0 || german)) {
                        s = oblique.match(t, i, common, lang, this::isDemonym);
                    }
                    if (s == null && (f & Tokens.ALL_CAPS) == 0 && (longS != 0 || "fr".equals(lang))) {
                        if (longS == 0) {
                            longS = LongS.isLongSText(t, lang) ? 1 : -1;
                        }
                        s = longS > 0 ? longSName(t, i) : null;
                    }
                } else if ((f & Tokens.UNCASED) != 0) {
                    s = uncased(m, t, i, f, common);
                }
            }
            if (s != null) {
                out.add(s);
                i = s.lastToken() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The one-token span {@code s} of a declining language read as an oblique case of a key that names some
     * town ("Дніпрі", a key of the river only, as a case of "дніпро", the town and the river), or null.
     */
    Span nominative(Tokens t, Span s, String lang) {
        int i = s.firstToken();
        if (s.tokenCount() != 1 || !CaseEndings.declines(lang) || (t.flags(i) & Tokens.CAP) == 0) {
            return null;
        }
        for (String form : CaseEndings.nominatives(s.key(), lang)) {
            if (gazetteer.containsKey(form) && !isDemonym(form)
                    && !RiversAndTowns.onlyFeatures(gazetteer.candidates(form))) {
                return new Span(s.start(), s.end(), i, i, form, false);
            }
        }
        return null;
    }

    /**
     * A one-token name of a prominent place read with each "f" as a long s ("Ruffie" → Russie), or null: a
     * minor place read so is more likely a person ("Nelfon").
     */
    private Span longSName(Tokens t, int i) {
        String key = LongS.sKey(MatchKeys.keyOf(t.text(), t.start(i), t.end(i)));
        if (key == null || !gazetteer.containsKey(key)) {
            return null;
        }
        List<org.conflictmap.gazetteer.Place> cands = gazetteer.candidates(key);
        if (cands.isEmpty() || !Priors.isProminent(cands.get(0))) {
            return null;
        }
        return new Span(t.start(i), t.end(i), i, i, key, gazetteer.isDemonymKey(key));
    }

    /** A name that starts with a lower-case generic head ("mer Noire", "lac Léman"), or null. */
    private Span headedName(TokenProbes m, Tokens t, int i) {
        Span s = longest(m, t, i, t.start(i), true);
        return s != null && s.lastToken() > i ? s : null;
    }

    private Span lowerDemonym(TokenProbes m, Tokens t, int i, WordSet common) {
        if (t.length(i) < 4) {
            return null;
        }
        // most lower-case words are no demonym: a filter over the demonym keys says so without the memo
        long kh = t.keyHash(i);
        if (kh >= 0 && !demonyms.mayHold((int) kh)) {
            return null;
        }
        // the memo first: most lower-case words are no demonym, and then the common-word test is moot
        int slot = probe(m, t.chars(), t.start(i), t.end(i), kh, false);
        if ((m.flags(slot) & TokenProbes.DEMONYM) == 0 || common.contains(t.chars(), t.start(i), t.end(i))) {
            return null;
        }
        return new Span(t.start(i), t.end(i), i, i, m.key(slot), true);
    }

    /**
     * The span at an uncased token that is no common word: its longest window, else (Arabic) the token without
     * its proclitics or article. The common-word test comes last: most tokens are no key anyway.
     */
    private Span uncased(TokenProbes m, Tokens t, int i, int f, WordSet common) {
        char[] text = t.chars();
        Span s = longest(m, t, i, t.start(i), false);
        if (s != null) {
            return common.contains(text, t.start(i), t.end(i)) ? null : s;
        }
        if ((f & Tokens.ARABIC) == 0 || !mayHaveArabicPrefix(text, t.start(i), t.end(i))
                || common.contains(text, t.start(i), t.end(i))) {
            return null;
        }
        return arabicVariants(m, t, i);
    }

    /** False when {@link #arabicVariants} has nothing to strip: no proclitic and no article in front. */
    private static boolean mayHaveArabicPrefix(char[] text, int s, int e) {
        return isProclitic(text[s]) || e - s > 4 && text[s] == 'ا' && text[s + 1] == 'ل';
    }

    private Span arabicVariants(TokenProbes m, Tokens t, int i) {
        String text = t.text();
        int s = t.start(i);
        int e = t.end(i);
        // up to two proclitics (و ب ل ف ك), then optionally the article ال; a name must keep three letters
        for (int strip = 1; strip <= 2 && e - (s + strip) >= 3; strip++) {
            if (!isProclitic(text.charAt(s + strip - 1))) {
                break;
            }
            Span sp = longest(m, t, i, s + strip, false);
            if (sp != null) {
                return sp;
            }
            int al = s + strip;
            if (al + 3 < e && text.charAt(al) == 'ا' && text.charAt(al + 1) == 'ل') {
                sp = longest(m, t, i, al + 2, false);
                if (sp != null) {
                    return withArticle(sp, al);
                }
            }
            if (text.charAt(al - 1) == 'ل' && text.charAt(al) == 'ل' && al + 3 < e) {
                // ل + ال is written لل: "للعراق" is "to Iraq", the name "العراق" behind the article's lam
                String key = "ال" + MatchKeys.keyOf(t.chars(), al + 1, e);
                if (gazetteer.mayHaveKey(key.hashCode()) && gazetteer.containsKey(key)) {
                    return new Span(al, e, i, i, key, isDemonym(key));
                }
                sp = longest(m, t, i, al + 1, false);
                if (sp != null) {
                    return withArticle(sp, al);
                }
            }
        }
        if (e - s > 4 && text.charAt(s) == 'ا' && text.charAt(s + 1) == 'ل') {
            Span sp = longest(m, t, i, s + 2, false);
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

    /**
     * The memo slot of {@code text[s, e)}, whose key hash ({@link MatchKeys#keyHash}) is {@code kh}, asking the
     * gazetteer about its key on a miss: every answer when {@code full}, else only whether it is a demonym (all
     * a lower-case word needs). A region whose key hash the gazetteer holds neither as a key nor as a prefix
     * is remembered without building its key (the slot's key is then null).
     */
    private int probe(TokenProbes m, char[] text, int s, int e, long kh, boolean full) {
        if (kh >= 0 && !gazetteer.mayHaveKey((int) kh) && (!full || !gazetteer.mayHaveLongerKey((int) kh))) {
            return m.none(); // most regions: the in-memory filters say no, without the memo
        }
        int h = kh >= 0 ? TokenProbes.mix((int) kh) : TokenProbes.hash(text, s, e);
        int slot = m.find(text, s, e, h);
        if (slot >= 0 && (!full || (m.flags(slot) & TokenProbes.FULL) != 0)) {
            return slot;
        }
        int f = full ? TokenProbes.FULL : 0;
        if (kh >= 0 && !gazetteer.mayHaveKeyOrLonger((int) kh)) {
            return m.put(text, s, e, h, null, f);
        }
        String key = slot >= 0 && m.key(slot) != null ? m.key(slot) : MatchKeys.keyOf(text, s, e);
        if (!key.isEmpty()) {
            int kc = key.hashCode();
            if (full) {
                if (gazetteer.mayHaveKey(kc) && gazetteer.containsKey(key)) {
                    f |= TokenProbes.KEY;
                    if (isDemonym(key)) {
                        f |= TokenProbes.DEMONYM;
                    }
                }
                if (gazetteer.mayHaveLongerKey(kc) && gazetteer.hasLongerKey(key)) {
                    f |= TokenProbes.LONGER;
                }
            } else if (gazetteer.mayHaveKey(kc) && isDemonym(key)) {
                f |= TokenProbes.DEMONYM;
            }
        }
        return m.put(text, s, e, h, key, f);
    }

    private boolean isDemonym(String key) {
        return demonyms.contains(key);
    }

    /**
     * The longest key window starting at token {@code i} (its text from {@code from}), or null. Inner
     * lower-case words must be connectors or hyphen-joined, unless {@code lowerWords} (French, Spanish,
     * Italian, Portuguese) lets any lower-case word continue a name that the gazetteer continues with it
     * ("Arabie saoudite", "Guinée équatoriale", "République démocratique du Congo") when the name does not
     * start with an article.
     */
    private Span longest(TokenProbes m, Tokens t, int i, int from, boolean lowerWords) {
        char[] text = t.chars();
        WordSet connectors = lexicon.connectors();
        boolean cased = (t.flags(i) & Tokens.UNCASED) == 0;
        int bestEnd = -1;
        String bestKey = null;
        boolean bestDemonym = false;
        int n = t.size();
        String key = null;
        String firstKey = null;
        int article = 0; // token i is an article: 1, not: -1, not asked yet: 0
        for (int j = i; j < n && j - i < maxTokens; j++) {
            boolean connector = false; // a lower-case connector inside the window: "Bosnia and Herzegovina"
            if (j > i) {
                if (!t.joinsNext(j - 1)) {
                    break;
                }
                int fj = t.flags(j);
                if ((fj & Tokens.DIGIT) != 0 && (fj & (Tokens.CAP | Tokens.UNCASED)) == 0) {
                    break;
                }
                connector = (fj & Tokens.LOWER) != 0 && connectors.contains(text, t.start(j), t.end(j));
                // "La belle", "Les médecins" at a sentence start: an article and a noun, not "La Belle" (Iowa)
                if (cased && (fj & Tokens.LOWER) != 0 && !connector && !MatchKeys.hyphenated(t, j)) {
                    if (!lowerWords) {
                        break;
                    }
                    if (article == 0) { // asked once per window, not once per word
                        article = lexicon.articles().contains(text, t.start(i), t.end(i)) ? 1 : -1;
                    }
                    if (article > 0) {
                        break;
                    }
                }
            }
            boolean inner = (t.flags(j) & Tokens.ELISION) != 0 || connector;
            if (j == i) {
                // the first token: its key and the gazetteer's answers come from the memo
                long kh = from == t.start(i) ? t.keyHash(i) : MatchKeys.keyHash(text, from, t.end(i));
                int slot = probe(m, text, from, t.end(i), kh, true);
                int pf = m.flags(slot);
                if ((pf & (TokenProbes.KEY | TokenProbes.LONGER)) == 0) {
                    break; // most tokens: no key and no longer one, so the key itself is never read
                }
                key = firstKey = m.key(slot);
                if (!inner && (pf & TokenProbes.KEY) != 0) {
                    bestEnd = j;
                    bestKey = key;
                    bestDemonym = (pf & TokenProbes.DEMONYM) != 0;
                }
                if ((pf & TokenProbes.LONGER) == 0) {
                    break;
                }
                continue;
            }
            long eh = MatchKeys.extendedHash(t, key, firstKey, j, i);
            if (eh >= 0 && (inner || !gazetteer.mayHaveKey((int) eh)) && !gazetteer.mayHaveLongerKey((int) eh)) {
                break; // most windows: neither a key nor a prefix by the filters, so the key is never built
            }
            key = MatchKeys.extend(t, key, firstKey, j, i);
            if (key.isEmpty()) {
                break;
            }
            int kc = key.hashCode(); // the in-memory filters spare most probes of the mapped gazetteer
            if (!inner && gazetteer.mayHaveKey(kc) && gazetteer.containsKey(key)) {
                bestEnd = j;
                bestKey = key;
                bestDemonym = gazetteer.isDemonymKey(key);
            }
            if (!gazetteer.mayHaveLongerKey(kc) || !gazetteer.hasLongerKey(key)) {
                break;
            }
        }
        if (bestEnd < 0) {
            return null;
        }
        return new Span(from, t.end(bestEnd), i, bestEnd, bestKey, bestDemonym);
    }
}
