package org.conflictmap.geoparse;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;

/**
 * A gazetteer view that remembers the answers to the probes a geoparser repeats for every word of every
 * document (is this a key, a key prefix, a demonym; the candidates of frequent keys). Bounded: once a table
 * holds its maximum, new answers are computed but not stored. Thread-safe; one per geoparser.
 */
final class CachingGazetteer implements Gazetteer {

    private static final byte KEY = 1;
    private static final byte LONGER = 2;
    private static final byte DEMONYM = 4;
    private static final byte KNOWN = 8;

    private final Gazetteer base;
    private final ConcurrentHashMap<String, Byte> probes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<Place>> candidates = new ConcurrentHashMap<>();
    private final int maxProbes;
    private final int maxCandidateKeys;

    CachingGazetteer(Gazetteer base, int maxProbes, int maxCandidateKeys) {
        this.base = base;
        this.maxProbes = maxProbes;
        this.maxCandidateKeys = maxCandidateKeys;
    }

    private byte probe(String key) {
        Byte b = probes.get(key);
        if (b != null) {
            return b;
        }
        byte v = KNOWN;
        if (base.containsKey(key)) {
            v |= KEY;
            if (base.isDemonymKey(key)) {
                v |= DEMONYM;
            }
        }
        if (base.hasLongerKey(key)) {
            v |= LONGER;
        }
        if (probes.size() < maxProbes) {
            probes.put(key, v);
        }
        return v;
    }

    @Override
    public List<Place> candidates(String normalizedKey) {
        List<Place> c = candidates.get(normalizedKey);
        if (c != null) {
            return c;
        }
        c = base.candidates(normalizedKey);
        if (candidates.size() < maxCandidateKeys) {
            candidates.put(normalizedKey, c);
        }
        return c;
    }

    @Override
    public boolean containsKey(String normalizedKey) {
        return (probe(normalizedKey) & KEY) != 0;
    }

    @Override
    public boolean hasLongerKey(String normalizedKeyPrefix) {
        return (probe(normalizedKeyPrefix) & LONGER) != 0;
    }

    @Override
    public boolean isDemonymKey(String normalizedKey) {
        return (probe(normalizedKey) & DEMONYM) != 0;
    }

    @Override
    public boolean mayHaveKeyOrLonger(int keyHashCode) {
        return base.mayHaveKeyOrLonger(keyHashCode);
    }

    @Override
    public boolean mayHaveKey(int keyHashCode) {
        return base.mayHaveKey(keyHashCode);
    }

    @Override
    public boolean mayHaveLongerKey(int keyHashCode) {
        return base.mayHaveLongerKey(keyHashCode);
    }

    @Override
    public int mayHave(int keyHashCode) {
        return base.mayHave(keyHashCode);
    }

    @Override
    public int maxKeyTokens() {
        return base.maxKeyTokens();
    }

    @Override
    public Optional<Place> byId(long id) {
        return base.byId(id);
    }

    @Override
    public Optional<Place> country(String iso2) {
        return base.country(iso2);
    }

    @Override
    public Optional<Place> admin1(String iso2, String admin1Code) {
        return base.admin1(iso2, admin1Code);
    }

    @Override
    public Optional<Place> nearestPopulated(double lat, double lon, double maxKm) {
        return base.nearestPopulated(lat, lon, maxKm);
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public String description() {
        return base.description();
    }
}
