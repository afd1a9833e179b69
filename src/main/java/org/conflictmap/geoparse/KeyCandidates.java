package org.conflictmap.geoparse;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/**
 * The candidates of one key with what {@link GazetteerGeoparser#recognize} asks of them whatever the context,
 * found once per key instead of at every mention: whether they are only physical features
 * ({@link RiversAndTowns#onlyFeatures}), whether {@link RiversAndTowns#townsOverRivers} and
 * {@link RegionHeads#regionOverTowns} could set any aside or {@link RegionHeads#regionOfSeat} add one, and whether one is a country named by the key
 * itself. Immutable.
 */
final class KeyCandidates {

    final List<Place> places;
    final boolean onlyFeatures;
    /** A stream and a town of at least {@link RiversAndTowns#LARGE_TOWN} people are among the candidates. */
    final boolean streamAndLargeTown;
    /** An administrative unit (not a country) and a populated place are among the candidates. */
    final boolean unitAndTown;
    /** A country-like candidate's name normalises to the key ("China" for "china"). */
    final boolean namesCountry;
    /** A first-level seat (PPLA) is among the candidates but no administrative unit. */
    final boolean seatWithoutUnit;

    KeyCandidates(String key, List<Place> places) {
        this.places = places;
        this.onlyFeatures = RiversAndTowns.onlyFeatures(places);
        boolean stream = false;
        boolean largeTown = false;
        boolean unit = false;
        boolean town = false;
        boolean country = false;
        boolean seat = false;
        for (Place p : places) {
            seat |= "PPLA".equals(p.featureCode());
            stream |= "STM".equals(p.featureCode());
            largeTown |= p.isPopulatedPlace() && p.population() >= RiversAndTowns.LARGE_TOWN;
            unit |= "A".equals(p.featureClass()) && !p.isCountry();
            town |= p.isPopulatedPlace();
            country = country || Priors.isCountryLike(p) && NameNormalizer.normalize(p.name()).equals(key);
        }
        this.streamAndLargeTown = stream && largeTown;
        this.unitAndTown = unit && town;
        this.namesCountry = country;
        this.seatWithoutUnit = seat && !unit;
    }

    /**
     * The candidates of the keys that come back in document after document. Bounded: once it holds its
     * maximum, new keys are looked up but not kept. Thread-safe.
     */
    static final class Cache {
        private final Gazetteer gazetteer;
        private final int max;
        private final ConcurrentHashMap<String, KeyCandidates> keys = new ConcurrentHashMap<>();

        Cache(Gazetteer gazetteer, int max) {
            this.gazetteer = gazetteer;
            this.max = max;
        }

        KeyCandidates of(String key) {
            KeyCandidates c = keys.get(key);
            if (c == null) {
                c = new KeyCandidates(key, gazetteer.candidates(key));
                if (keys.size() < max) {
                    keys.put(key, c);
                }
            }
            return c;
        }
    }
}
