package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.conflictmap.gazetteer.Place;

/**
 * What the resolver needs to know about one name's candidates before it reads the document: their corrected
 * priors ({@link CandidatePriors}), their kinds and the cosine of their latitude, in arrays. These depend
 * on the name, its candidates and the weights only, so {@link Cache} keeps them for the names that come
 * back in document after document. Immutable (do not change the arrays).
 */
final class CandidateFacts {

    /** The candidate list these facts were made from (the item's own list: the cache checks it). */
    final List<Place> source;
    /** The candidates the resolver chooses from (one list class for every name), and as an array. */
    final List<Place> cands;
    final Place[] places;
    final double[] prior;
    final boolean[] area;
    final boolean[] countryLike;
    final boolean[] admin1;
    final boolean[] populated;
    final boolean[] prominent;
    /** An admin-1 unit whose prior {@link CandidatePriors} lowered in favour of a same-named town. */
    final boolean[] yielded;
    final double[] cos;
    /** Latitude and longitude of each candidate (read for every point of every round: kept beside cos). */
    final double[] lat;
    final double[] lon;
    /**
     * A county with an extent that holds no populated candidate of its own name (St. Louis County holds St.
     * Louis, the city): a mention chosen inside it is evidence for it.
     */
    final boolean[] countyBox;
    /** {@link Priors#typeOf} of each candidate. */
    final int[] type;
    /** Country of each candidate as a number ({@link Cache#countryId}), -1 for none. */
    final int[] country;
    /** One more than the largest of {@link #country}. */
    final int countryEnd;
    final boolean hasCountry;

    private CandidateFacts(String key, List<Place> source, List<Place> candidates, ResolverWeights w,
                           Cache cache) {
        this.source = source;
        // one list class for every group: the resolver's loops over candidates then compile to one
        // kind of call (the gazetteer, its cache and the demonym filter hand out several)
        this.cands = new ArrayList<>(candidates);
        int n = cands.size();
        places = cands.toArray(new Place[0]);
        area = new boolean[n];
        countryLike = new boolean[n];
        admin1 = new boolean[n];
        populated = new boolean[n];
        prominent = new boolean[n];
        cos = new double[n];
        lat = new double[n];
        lon = new double[n];
        countyBox = new boolean[n];
        type = new int[n];
        country = new int[n];
        boolean anyCountry = false;
        int end = 0;
        for (int k = 0; k < n; k++) {
            Place p = places[k];
            countryLike[k] = Priors.isCountryLike(p);
            area[k] = Priors.isArea(p);
            admin1[k] = p.isAdmin1() && !p.admin1().isEmpty();
            populated[k] = p.isPopulatedPlace();
            prominent[k] = Priors.isProminent(p);
            cos[k] = Math.cos(Math.toRadians(p.lat()));
            lat[k] = p.lat();
            lon[k] = p.lon();
            countyBox[k] = p.bbox() != null && "ADM2".equals(p.featureCode()) && !holdsNamesake(places, p);
            type[k] = Priors.typeOf(p);
            country[k] = cache.countryId(p.country());
            end = Math.max(end, country[k] + 1);
            anyCountry |= countryLike[k];
        }
        hasCountry = anyCountry;
        countryEnd = end;
        prior = CandidatePriors.of(key, cands, w);
        yielded = new boolean[n];
        for (int k = 0; k < n; k++) {
            yielded[k] = admin1[k] && prior[k] < Priors.prior(places[k], k, w) - 1e-9;
        }
    }

    /** True when the county {@code county} holds a populated candidate of its own name (St. Louis, the city). */
    private static boolean holdsNamesake(Place[] places, Place county) {
        for (Place q : places) {
            if (q.isPopulatedPlace() && county.bbox().contains(q.lat(), q.lon())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The facts of names, keyed by name and kind, for one resolver (one set of weights). Bounded: once it
     * holds its maximum, new facts are made but not stored. Thread-safe.
     */
    static final class Cache {
        private final ResolverWeights w;
        private final int max;
        private final ConcurrentHashMap<String, CandidateFacts> toponyms = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, CandidateFacts> demonyms = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Integer> countries = new ConcurrentHashMap<>();

        Cache(ResolverWeights w, int max) {
            this.w = w;
            this.max = max;
        }

        /**
         * The facts of the candidates of {@code it} ({@link Resolver#candidatesOf}), kept by name and kind
         * (toponym, demonym). The item's candidate list must not change once it is handed to the resolver.
         */
        CandidateFacts of(Resolver.Item it) {
            ConcurrentHashMap<String, CandidateFacts> facts = it.span().demonym() ? demonyms : toponyms;
            String key = it.span().key();
            CandidateFacts f = facts.get(key);
            List<Place> source = it.candidates();
            if (f != null && f.source == source) {
                return f;
            }
            f = new CandidateFacts(key, source, Resolver.candidatesOf(it), w, this);
            if (toponyms.size() + demonyms.size() < max) {
                facts.put(key, f);
            }
            return f;
        }

        /** The facts of {@code candidates} as the candidates of {@code key}, made afresh and not kept. */
        CandidateFacts uncached(String key, List<Place> candidates) {
            return new CandidateFacts(key, null, candidates, w, this);
        }

        /** A small number per country code, the same for the life of this cache; -1 for "". */
        int countryId(String code) {
            if (code.isEmpty()) {
                return -1;
            }
            Integer id = countries.get(code);
            if (id != null) {
                return id;
            }
            synchronized (countries) {
                return countries.computeIfAbsent(code, c -> countries.size());
            }
        }
    }
}
