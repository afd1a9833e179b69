package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
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

    private static final int MAY_BE_KEY = Gazetteer.MAY_BE_KEY;
    private static final int MAY_HAVE_LONGER = Gazetteer.MAY_HAVE_LONGER;

    /** Languages whose readers are remembered; any more are made per document. */
    private static final int MAX_LANGUAGES = 64;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final int maxTokens;
    private final DemonymKeys demonyms;
    private final ObliqueMatcher oblique;
    private final AdjectivalNames adjectival;
    private final ThreadLocal<TokenProbes> memo = ThreadLocal.withInitial(() -> new TokenProbes(1 << 16));
    private final Predicate<String> demonymTest = this::isDemonym;
    private final ConcurrentHashMap<String, TokenReaders.Reader[]> byLanguage = new ConcurrentHashMap<>();
    private final TokenReaders.Reader[] noLanguage;

    /** The gazetteer matched against. */
    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** {@link #isDemonym} as a predicate, made once. */
    Predicate<String> demonymTest() {
        return demonymTest;
    }

    /** The reader of oblique cases (declining languages). */
    ObliqueMatcher oblique() {
        return oblique;
    }

    /** The reader of declined adjective-noun names (Cyrillic). */
    AdjectivalNames adjectival() {
        return adjectival;
    }

    /** A matcher over {@code gazetteer}. */
    public SpanMatcher(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.demonyms = new DemonymKeys(gazetteer);
        this.lexicon = lexicon;
        this.oblique = new ObliqueMatcher(gazetteer);
        this.adjectival = new AdjectivalNames(gazetteer);
        this.maxTokens = Math.max(1, Math.min(gazetteer.maxKeyTokens(), 12));
        this.noLanguage = TokenReaders.forLanguage(this, null);
    }

    /** The candidate spans of a tokenised text, in text order. */
    public List<Span> match(Tokens t, String lang) {
        List<Span> out = new ArrayList<>();
        TokenReaders.Reader[] readers = readers(lang);
        TokenReaders.Doc d = new TokenReaders.Doc(t, lang, lexicon.common(lang), memo.get());
        int n = t.size();
        int i = 0;
        while (i < n) {
            int f = t.flags(i);
            // one call site for every reader: it sees several reader classes, so none is inlined here and
            // each compiles on its own (a lower-case token is never CAP or ALL_CAPS)
            int k = (f & (Tokens.ELISION | Tokens.DIGIT)) != 0 ? -1 : (f & Tokens.LOWER) != 0 ? 0
                    : (f & (Tokens.CAP | Tokens.ALL_CAPS)) != 0 ? 1 : (f & Tokens.UNCASED) != 0 ? 2 : -1;
            TokenReaders.Reader r = k < 0 ? null : readers[k];
            Span s = r == null || r.onlyDemonyms && noDemonym(t, i) ? null : r.read(d, i, f);
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
     * True when token {@code i} is too short for a demonym or its key hash is none of the demonym keys' by their
     * filter: the first tests of {@link #lowerDemonym}, which then finds nothing.
     */
    boolean noDemonym(Tokens t, int i) {
        if (t.length(i) < 4) {
            return true;
        }
        long kh = t.keyHash(i);
        return kh >= 0 && !demonyms.mayHold((int) kh);
    }

    /** The readers of lower-case, capitalised and uncased tokens in {@code lang}, made once per language. */
    private TokenReaders.Reader[] readers(String lang) {
        if (lang == null) {
            return noLanguage;
        }
        TokenReaders.Reader[] r = byLanguage.get(lang);
        if (r == null) {
            r = TokenReaders.forLanguage(this, lang);
            if (byLanguage.size() < MAX_LANGUAGES) {
                byLanguage.put(lang, r);
            }
        }
        return r;
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
    Span longSName(Tokens t, int i) {
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
    Span headedName(TokenProbes m, Tokens t, int i) {
        Span s = longest(m, t, i, t.start(i), true);
        return s != null && s.lastToken() > i ? s : null;
    }

    /**
     * A lower-case demonym at token {@code i} that is no word of {@code common} (whose {@link TokenProbes#setId}
     * in {@code m} is {@code commonId}), or null.
     */
    Span lowerDemonym(TokenProbes m, Tokens t, int i, WordSet common, int commonId) {
        // most lower-case words are no demonym: a filter over the demonym keys says so without the memo
        if (noDemonym(t, i)) {
            return null;
        }
        long kh = t.keyHash(i);
        // the memo first: most lower-case words are no demonym, and then the common-word test is moot
        int slot = probe(m, t.chars(), t.start(i), t.end(i), kh, false);
        if ((m.flags(slot) & TokenProbes.DEMONYM) == 0) {
            return null;
        }
        // the common-word answer is remembered with the slot: the same demonyms recur in every text
        int c = m.common(slot, commonId);
        if (c < 0) {
            boolean isCommon = common.contains(t.chars(), t.start(i), t.end(i));
            m.rememberCommon(slot, commonId, isCommon);
            c = isCommon ? 1 : 0;
        }
        return c > 0 ? null : new Span(t.start(i), t.end(i), i, i, m.key(slot), true);
    }

    /**
     * The memo slot of {@code text[s, e)}, whose key hash ({@link MatchKeys#keyHash}) is {@code kh}, asking the
     * gazetteer about its key on a miss: every answer when {@code full}, else only whether it is a demonym (all
     * a lower-case word needs). A region whose key hash the gazetteer holds neither as a key nor as a prefix
     * is remembered without building its key (the slot's key is then null).
     */
    private int probe(TokenProbes m, char[] text, int s, int e, long kh, boolean full) {
        // the in-memory filters' answers for the key, read once: kh is the key's hashCode when known
        int may = kh >= 0 ? gazetteer.mayHave((int) kh) : -1;
        if ((may & (full ? MAY_BE_KEY | MAY_HAVE_LONGER : MAY_BE_KEY)) == 0) {
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
            if (may < 0) {
                may = gazetteer.mayHave(key.hashCode());
            }
            if (full) {
                if ((may & MAY_BE_KEY) != 0 && gazetteer.containsKey(key)) {
                    f |= TokenProbes.KEY;
                    if (isDemonym(key)) {
                        f |= TokenProbes.DEMONYM;
                    }
                }
                if ((may & MAY_HAVE_LONGER) != 0 && gazetteer.hasLongerKey(key)) {
                    f |= TokenProbes.LONGER;
                }
            } else if ((may & MAY_BE_KEY) != 0 && isDemonym(key)) {
                f |= TokenProbes.DEMONYM;
            }
        }
        return m.put(text, s, e, h, key, f);
    }

    boolean isDemonym(String key) {
        return demonyms.contains(key);
    }

    /**
     * The longest key window starting at token {@code i} (its text from {@code from}), or null. Inner
     * lower-case words must be connectors or hyphen-joined, unless {@code lowerWords} (French, Spanish,
     * Italian, Portuguese) lets any lower-case word continue a name that the gazetteer continues with it
     * ("Arabie saoudite", "Guinée équatoriale", "République démocratique du Congo") when the name does not
     * start with an article. Most tokens end at the first probe; only a first token that some longer key
     * continues goes on to {@link #grow}, which is compiled on its own (it is too large to be inlined here).
     */
    Span longest(TokenProbes m, Tokens t, int i, int from, boolean lowerWords) {
        char[] text = t.chars();
        // the first token: its key and the gazetteer's answers come from the memo
        long kh = from == t.start(i) ? t.keyHash(i) : MatchKeys.keyHash(text, from, t.end(i));
        int slot = probe(m, text, from, t.end(i), kh, true);
        int pf = m.flags(slot);
        if ((pf & (TokenProbes.KEY | TokenProbes.LONGER)) == 0) {
            return null; // most tokens: no key and no longer one, so the key itself is never read
        }
        boolean key = (pf & TokenProbes.KEY) != 0 && (t.flags(i) & Tokens.ELISION) == 0;
        if ((pf & TokenProbes.LONGER) == 0 || i + 1 >= t.size() || maxTokens < 2) {
            return key ? new Span(from, t.end(i), i, i, m.key(slot), (pf & TokenProbes.DEMONYM) != 0) : null;
        }
        return grow(t, i, from, lowerWords, m.key(slot), key, (pf & TokenProbes.DEMONYM) != 0);
    }

    /**
     * {@link #longest} past its first token {@code i}, whose key is {@code firstKey} ({@code firstIsKey} when it
     * is a gazetteer key, {@code firstDemonym} when a demonym key) and which some longer key continues.
     */
    private Span grow(Tokens t, int i, int from, boolean lowerWords, String firstKey, boolean firstIsKey,
                      boolean firstDemonym) {
        char[] text = t.chars();
        WordSet connectors = lexicon.connectors();
        boolean cased = (t.flags(i) & Tokens.UNCASED) == 0;
        int bestEnd = firstIsKey ? i : -1;
        String bestKey = firstIsKey ? firstKey : null;
        boolean bestDemonym = firstIsKey && firstDemonym;
        int n = t.size();
        String key = firstKey;
        int article = 0; // token i is an article: 1, not: -1, not asked yet: 0
        for (int j = i + 1; j < n && j - i < maxTokens; j++) {
            if (!t.joinsNext(j - 1)) {
                break;
            }
            int fj = t.flags(j);
            if ((fj & Tokens.DIGIT) != 0 && (fj & (Tokens.CAP | Tokens.UNCASED)) == 0) {
                break;
            }
            // a lower-case connector inside the window: "Bosnia and Herzegovina"
            boolean connector = (fj & Tokens.LOWER) != 0 && connectors.contains(text, t.start(j), t.end(j));
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
            boolean inner = (fj & Tokens.ELISION) != 0 || connector;
            long eh = MatchKeys.extendedHash(t, key, firstKey, j, i);
            int may = eh >= 0 ? gazetteer.mayHave((int) eh) : MAY_BE_KEY | MAY_HAVE_LONGER;
            if ((may & (inner ? MAY_HAVE_LONGER : MAY_BE_KEY | MAY_HAVE_LONGER)) == 0) {
                break; // most windows: neither a key nor a prefix by the filters, so the key is never built
            }
            key = MatchKeys.extend(t, key, firstKey, j, i);
            if (key.isEmpty()) {
                break;
            }
            if (eh < 0) { // the filters spare most probes of the mapped gazetteer; eh is the key's hashCode
                may = gazetteer.mayHave(key.hashCode());
            }
            if (!inner && (may & MAY_BE_KEY) != 0 && gazetteer.containsKey(key)) {
                bestEnd = j;
                bestKey = key;
                bestDemonym = gazetteer.isDemonymKey(key);
            }
            if ((may & MAY_HAVE_LONGER) == 0 || !gazetteer.hasLongerKey(key)) {
                break;
            }
        }
        if (bestEnd < 0) {
            return null;
        }
        return new Span(from, t.end(bestEnd), i, bestEnd, bestKey, bestDemonym);
    }
}
