package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.conflictmap.gazetteer.ArabicArticle;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.GeoMath;
import org.conflictmap.gazetteer.Place;

/**
 * The geoparser: tokenise ({@link Tokenizer}), find gazetteer names ({@link SpanMatcher}), drop what is not a
 * place mention ({@link MentionFilter}), resolve the rest in document context ({@link Resolver}) and drop
 * minor places that nothing in the document supports (no locative preposition, no other mention nearby).
 * Create one with {@link #create(Gazetteer)} and share it between threads.
 */
public final class GazetteerGeoparser implements Geoparser {

    private static final double WEAK_PAIR_KM = 50;
    /** A little less than the length of a degree of latitude (rounding aside), in km. */
    private static final double KM_PER_DEGREE_BELOW = Math.toRadians(GeoMath.EARTH_RADIUS_KM) * 0.999_999;

    private final Gazetteer gazetteer;
    private final Tokenizer tokenizer;
    private final SpanMatcher matcher;
    private final MentionFilter filter;
    private final Resolver resolver;
    private final LanguageDetector detector;
    private final FallbackResolver fallback;
    private final Lexicon lexicon;
    private final KeyCandidates.Cache keys;

    private GazetteerGeoparser(Gazetteer gazetteer, Lexicon lexicon, ResolverWeights weights) {
        this.gazetteer = new CachingGazetteer(Objects.requireNonNull(gazetteer, "gazetteer"), 400_000, 20_000);
        this.keys = new KeyCandidates.Cache(this.gazetteer, 20_000);
        this.tokenizer = new Tokenizer();
        this.matcher = new SpanMatcher(gazetteer, lexicon);
        this.filter = new MentionFilter(gazetteer, lexicon);
        this.detector = new LanguageDetector(lexicon);
        this.resolver = new Resolver(weights);
        this.fallback = new FallbackResolver(this.gazetteer, tokenizer, filter, resolver);
        this.lexicon = lexicon;
    }

    /** The same recognition parts as {@code base}, resolving with other weights. */
    private GazetteerGeoparser(GazetteerGeoparser base, ResolverWeights weights) {
        this.gazetteer = base.gazetteer;
        this.keys = base.keys;
        this.tokenizer = base.tokenizer;
        this.matcher = base.matcher;
        this.filter = base.filter;
        this.detector = base.detector;
        this.resolver = new Resolver(weights);
        this.fallback = new FallbackResolver(this.gazetteer, tokenizer, filter, resolver);
        this.lexicon = base.lexicon;
    }

    /** A geoparser over {@code gazetteer} with the bundled word lists and the default weights. */
    public static GazetteerGeoparser create(Gazetteer gazetteer) {
        return create(gazetteer, ResolverWeights.DEFAULTS);
    }

    /** A geoparser over {@code gazetteer} with the bundled word lists and the given resolver weights. */
    public static GazetteerGeoparser create(Gazetteer gazetteer, ResolverWeights weights) {
        return new GazetteerGeoparser(gazetteer, Lexicon.load(), weights);
    }

    /** A geoparser over {@code gazetteer} with the given word lists and the default weights. */
    public static GazetteerGeoparser create(Gazetteer gazetteer, Lexicon lexicon) {
        return new GazetteerGeoparser(gazetteer, lexicon, ResolverWeights.DEFAULTS);
    }

    /**
     * This geoparser resolving with other weights: recognition (tokeniser, matcher, filter, gazetteer cache) is
     * shared, so that trying many weights is cheap.
     */
    public GazetteerGeoparser withWeights(ResolverWeights weights) {
        return new GazetteerGeoparser(this, weights);
    }

    /** The resolver weights in use. */
    public ResolverWeights weights() {
        return resolver.weights();
    }

    /** The language a text is read as: {@code lang} when given, else a detected one. */
    public String language(String text, String lang) {
        return given(lang) ? lang.strip().toLowerCase(Locale.ROOT) : detector.detect(text);
    }

    private static boolean given(String lang) {
        return lang != null && !lang.isBlank();
    }

    @Override
    public GeoparseResult parse(String text, String lang) {
        return resolve(recognize(text, lang));
    }

    /**
     * The recognition half of {@link #parse}: the kept spans with their candidates. It does not depend on the
     * resolver weights, so one recognition serves many {@link #resolve} calls with different weights.
     */
    public Recognized recognize(String text, String lang) {
        Tokens tokens = tokenizer.tokenizeReusing(text);
        String language = given(lang) ? language(text, lang) : detector.detect(tokens);
        List<Resolver.Item> items = new ArrayList<>();
        boolean[] cues = new boolean[16]; // per item: a locative cue (items.size() of them are set)
        Map<String, MentionFilter.Verdict> people = null;
        java.util.Map<String, KeyCandidates> cache = new java.util.HashMap<>();
        for (Span m : matcher.match(tokens, language)) {
            Span s = m;
            KeyCandidates kc = candidates(cache, s.key());
            if (kc.onlyFeatures) {
                // "у Дніпрі" is a key of the river only, but also a case of the town's name "Дніпро"
                Span n = matcher.nominative(tokens, s, language);
                if (n != null) {
                    s = n;
                    kc = candidates(cache, s.key());
                }
            }
            Span bare = ArticleNames.withoutArticle(tokens, s, kc.places, lexicon, this.gazetteer);
            if (bare != null) { // "El Líbano" is Lebanon, not the Panamanian village
                s = bare;
                kc = candidates(cache, s.key());
            }
            List<Place> cands = kc.places;
            if (kc.streamAndLargeTown) {
                cands = RiversAndTowns.townsOverRivers(tokens, s, cands);
            }
            if (kc.unitAndTown) {
                cands = RegionHeads.regionOverTowns(tokens, s, cands);
            } else if (kc.seatWithoutUnit) {
                cands = RegionHeads.regionOfSeat(tokens, s, cands, gazetteer);
            }
            if (s.demonym() && (kc.namesCountry && Character.isUpperCase(text.charAt(s.start()))
                    || CountryNameForms.isCountryName(tokens, s, language))) {
                s = new Span(s.start(), s.end(), s.firstToken(), s.lastToken(), s.key(), false);
            }
            if (s.tokenCount() == 1 && filter.isHeadOfUnknownName(tokens, s.firstToken(), language)) {
                continue; // "Fire Island", or the head of "Thames Valley" that the previous mention took in
            }
            MentionFilter.Verdict v = filter.verdict(tokens, s, cands, language);
            if (v == MentionFilter.Verdict.KEEP) {
                int start = filter.reportedStart(tokens, s, cands, language);
                if (start < s.start() && !items.isEmpty() && items.get(items.size() - 1).end() > start) {
                    items.remove(items.size() - 1); // "Lake" of "Lake Manassas", matched on its own
                }
                items.add(new Resolver.Item(s, start, filter.reportedEnd(tokens, s, cands, language), cands));
                int n = items.size() - 1;
                if (n == cues.length) {
                    cues = java.util.Arrays.copyOf(cues, 2 * n);
                }
                // "in Bamako and Kidal": the preposition of the first name governs the list
                cues[n] = filter.hasLocativeCue(tokens, s) || n > 0 && cues[n - 1]
                        && Coordination.joins(text, items.get(n - 1).end(), items.get(n).start());
            } else if (v.isPerson()) {
                if (people == null) {
                    people = new HashMap<>();
                }
                people.merge(s.key(), v, (a, b) -> a == MentionFilter.Verdict.PERSON ? a : b);
            }
        }
        if (people != null) {
            withoutPeople(items, cues, people);
        }
        return new Recognized(text, language, items, java.util.Arrays.copyOf(cues, items.size()));
    }

    /**
     * Drops the one-word items whose name some other mention of the text showed to be a person's (unless a very
     * prominent place) or part of a longer name (unless a prominent place named by its own name: "Connecting
     * California" says nothing of the other Californias, but "Ahmad Tra" says that "Ahmad" is no Al Aḩmadī and
     * "Mass" no Massachusetts), with their cues. Few texts have any: kept out of {@link #recognize}, so that its
     * loop and the checks it hoists are compiled (and trapped on) apart from the main loop.
     */
    private static void withoutPeople(List<Resolver.Item> items, boolean[] cues,
                                      Map<String, MentionFilter.Verdict> people) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Resolver.Item it = items.get(i);
            MentionFilter.Verdict v = people.get(it.span().key());
            if (v != null && !it.span().demonym() && it.span().tokenCount() == 1
                    && !isVeryProminent(it.candidates()) && !(v == MentionFilter.Verdict.NAME_PART
                    && isProminentByItsName(it.candidates(), it.span().key()))) {
                items.remove(i);
                System.arraycopy(cues, i + 1, cues, i, items.size() - i);
            }
        }
    }

    /**
     * The candidates of {@code key}, asked once per document: by get and put, not computeIfAbsent, whose one
     * compiled method serves every caller's lambda. A capitalised demonym span that is also the name of the
     * country it stands for is a toponym ({@link KeyCandidates#namesCountry}): Spanish "china", "armenia",
     * "argentina" are demonyms, but "China", "Armenia" are the countries' names, and a name may be a town too
     * ("Armenia, Quindío").
     */
    private KeyCandidates candidates(java.util.Map<String, KeyCandidates> cache, String key) {
        KeyCandidates cands = cache.get(key);
        if (cands == null) {
            cands = keys.of(key);
            cache.put(key, cands);
        }
        return cands;
    }

    /** The resolution half of {@link #parse}, with this geoparser's weights. */
    public GeoparseResult resolve(Recognized r) {
        List<Mention> mentions = Initialisms.apply(resolver.resolve(r.text, r.items), gazetteer);
        return new GeoparseResult(r.language, StrayPlaces.placedAtFocus(supported(r.text, r.items, r.cues, mentions)));
    }

    /** What {@link #recognize} found in one text; opaque outside this package. */
    public static final class Recognized {
        private final String text;
        private final String language;
        /** The kept items (not copied: nothing changes them once made). */
        private final List<Resolver.Item> items;
        /** Per item: whether a locative cue introduces it. */
        private final boolean[] cues;

        private Recognized(String text, String language, List<Resolver.Item> items, boolean[] cues) {
            this.text = text;
            this.language = language;
            this.items = items;
            this.cues = cues;
        }
    }

    /**
     * Keeps a mention when it is a demonym, a multi-word name, a prominent place, introduced by a locative
     * preposition (in any of its mentions), next to another mention ("Paris, Texas"), within
     * {@link ResolverWeights#supportKm} km of another mention's place, or a seat or large town in a country
     * another mention names ({@link #isSeatOrTown}).
     */
    private List<Mention> supported(String text, List<Resolver.Item> items, boolean[] cues,
                                           List<Mention> mentions) {
        Set<String> cued = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (cues[i]) {
                cued.add(items.get(i).span().key());
            }
        }
        int n = mentions.size();
        boolean[] strong = new boolean[n];
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            Span s = items.get(i).span();
            Place p = m.place();
            strong[i] = m.kind() == MentionKind.DEMONYM || s.tokenCount() > 1 || p == null || Priors.isProminent(p)
                    || cued.contains(s.key()) || adjacent(text, mentions, i) || "L".equals(p.featureClass());
        }
        List<Mention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (strong[i] || near(mentions, strong, i, items.get(i).span().key())
                    || pairedWeak(mentions, items, strong, i)) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }

    private static boolean adjacent(String text, List<Mention> ms, int i) {
        if (i + 1 < ms.size() && gap(text, ms.get(i).end(), ms.get(i + 1).start())) {
            return true;
        }
        return i > 0 && gap(text, ms.get(i - 1).end(), ms.get(i).start());
    }

    private static boolean gap(String text, int from, int to) {
        if (to < from || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ',' && c != ' ' && c != '(') {
                return false;
            }
        }
        return true;
    }

    /** Another weak mention, of another name, whose place lies within the support distance of this one's. */
    private boolean pairedWeak(List<Mention> ms, List<Resolver.Item> items, boolean[] strong, int i) {
        Place p = ms.get(i).place();
        for (int k = 0; k < ms.size(); k++) {
            Place q = ms.get(k).place();
            if (k == i || strong[k] || q == null || q.equals(p) || items.get(k).span().key().equals(items.get(i).span().key())) {
                continue;
            }
            if (within(p, q, WEAK_PAIR_KM)) {
                return true;
            }
        }
        return false;
    }

    private boolean near(List<Mention> ms, boolean[] strong, int i, String key) {
        Place p = ms.get(i).place();
        for (int k = 0; k < ms.size(); k++) {
            Place q = ms.get(k).place();
            if (k == i || !strong[k] || q == null || q.equals(p) || Priors.isContinent(q)) {
                continue;
            }
            if (Priors.isCountryLike(q)) {
                if ((q.country().equals(p.country()) || Priors.inBox(q, p)) && isSeatOrTown(p, key)) {
                    return true; // "Goma" in a story that names Congo, "Jericho" in one on Israel
                }
                continue;
            }
            if (q.isAdmin1()) {
                if (q.country().equals(p.country()) && q.admin1().equals(p.admin1()) && !p.admin1().isEmpty()) {
                    return true;
                }
                continue;
            }
            if (within(p, q, resolver.weights().supportKm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A province's seat or a town of {@value #COUNTRY_TOWN} people, named by its own name ({@code key}, the
     * mention's normalised key): a country that the text names (or whose demonym it uses) supports such a place
     * in it or next to it, though not a village, which is more often a person's or a common word's namesake, nor
     * a town matched by one of its other names ("Ali", a name of Ağrı, is a man's name in a story on Turkey).
     * Its own name without a leading Arabic article counts as its own ("Hasakah" for "Al Ḩasakah").
     */
    private static boolean isSeatOrTown(Place p, String key) {
        if (!p.isPopulatedPlace() || !"PPLA".equals(p.featureCode()) && p.population() < COUNTRY_TOWN) {
            return false;
        }
        String own = org.conflictmap.gazetteer.NameNormalizer.normalize(p.name());
        return key.equals(own) || key.equals(ArabicArticle.stem(own));
    }

    /** The population from which a town in a country the text names is kept without other support. */
    static final long COUNTRY_TOWN = 100_000;

    /**
     * True when {@code p} and {@code q} lie at most {@code km} apart ({@link GeoMath#distanceKm}); places whose
     * latitudes alone lie farther apart (the distance is never less) are not measured.
     */
    static boolean within(Place p, Place q, double km) {
        if (Math.abs(p.lat()) <= 90 && Math.abs(q.lat()) <= 90 && Math.abs(p.lat() - q.lat()) * KM_PER_DEGREE_BELOW > km) {
            return false;
        }
        return GeoMath.distanceKm(p.lat(), p.lon(), q.lat(), q.lon()) <= km;
    }

    private static boolean isProminent(List<Place> cands) {
        return !cands.isEmpty() && Priors.isProminent(cands.get(0));
    }

    /** True when the best candidate is prominent ({@link Priors#isProminent}) and {@code key} is its own name. */
    private static boolean isProminentByItsName(List<Place> cands, String key) {
        return isProminent(cands)
                && key.equals(org.conflictmap.gazetteer.NameNormalizer.normalize(cands.get(0).name()));
    }

    private static boolean isVeryProminent(List<Place> cands) {
        return !cands.isEmpty() && Priors.isVeryProminent(cands.get(0));
    }

    /**
     * Resolves given spans only (the "oracle spans" evaluation): no recognition, no filtering; spans that are
     * no gazetteer name fall back as {@link FallbackResolver} says.
     */
    public GeoparseResult resolveSpans(String text, String lang, List<int[]> spans) {
        String language = language(text, lang);
        return new GeoparseResult(language, fallback.resolve(text, language, spans));
    }
}
