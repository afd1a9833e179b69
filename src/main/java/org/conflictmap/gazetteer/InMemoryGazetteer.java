package org.conflictmap.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gazetteer held in plain maps: for tests and for small, user-supplied place lists.
 * Candidates are ordered by a simple prior (countries, then admin-1, then population).
 */
public final class InMemoryGazetteer implements Gazetteer {

    private final Map<Long, Place> byId = new LinkedHashMap<>();
    private final Map<String, List<Place>> byKey = new HashMap<>();
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    private final java.util.Set<String> demonymKeys = new java.util.HashSet<>();
    private final int maxKeyTokens;

    private InMemoryGazetteer(Map<Place, Collection<String>> namesByPlace,
                              Map<Place, ? extends Collection<String>> demonymsByPlace) {
        int maxTokens = 1;
        for (Map.Entry<Place, ? extends Collection<String>> e : demonymsByPlace.entrySet()) {
            for (String form : e.getValue()) {
                String key = NameNormalizer.normalize(form);
                if (!key.isEmpty()) {
                    byId.putIfAbsent(e.getKey().id(), e.getKey());
                    demonymKeys.add(key);
                    maxTokens = Math.max(maxTokens, key.split(" ").length);
                    for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                        prefixes.add(key.substring(0, sp));
                    }
                    List<Place> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(e.getKey())) {
                        list.add(e.getKey());
                    }
                }
            }
        }
        for (Map.Entry<Place, Collection<String>> e : namesByPlace.entrySet()) {
            Place p = e.getKey();
            byId.put(p.id(), p);
            List<String> names = new ArrayList<>(e.getValue());
            names.add(p.name());
            for (String name : names) {
                String key = NameNormalizer.normalize(name);
                if (key.isEmpty()) {
                    continue;
                }
                List<Place> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
                maxTokens = Math.max(maxTokens, key.split(" ").length);
                for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                    prefixes.add(key.substring(0, sp));
                }
            }
        }
        Comparator<Place> prior = Comparator.comparingInt(InMemoryGazetteer::rank)
                .thenComparing(Comparator.comparingLong(Place::population).reversed())
                .thenComparingLong(Place::id);
        byKey.replaceAll((k, v) -> v.stream().sorted(prior).toList());
        this.maxKeyTokens = maxTokens;
    }

    /** Builds a gazetteer from places and their alternate names (the preferred name is always a key). */
    public static InMemoryGazetteer of(Map<Place, ? extends Collection<String>> namesByPlace) {
        return new InMemoryGazetteer(new LinkedHashMap<>(namesByPlace), Map.of());
    }

    /**
     * Builds a gazetteer with names and demonyms ("Armenian", "russe" → the country place); demonym keys
     * answer {@link #isDemonymKey} and list their places among the candidates.
     */
    public static InMemoryGazetteer of(Map<Place, ? extends Collection<String>> namesByPlace,
                                       Map<Place, ? extends Collection<String>> demonymsByPlace) {
        return new InMemoryGazetteer(new LinkedHashMap<>(namesByPlace), new LinkedHashMap<>(demonymsByPlace));
    }

    @Override
    public boolean isDemonymKey(String normalizedKey) {
        return demonymKeys.contains(normalizedKey);
    }

    @Override
    public Optional<java.util.Set<String>> demonymKeys() {
        return Optional.of(java.util.Collections.unmodifiableSet(demonymKeys));
    }

    private static int rank(Place p) {
        if (p.isCountry()) {
            return 0;
        }
        if (p.isAdmin1()) {
            return 1;
        }
        return 2;
    }

    @Override
    public List<Place> candidates(String normalizedKey) {
        return byKey.getOrDefault(normalizedKey, List.of());
    }

    @Override
    public boolean containsKey(String normalizedKey) {
        return byKey.containsKey(normalizedKey);
    }

    @Override
    public boolean hasLongerKey(String normalizedKeyPrefix) {
        return prefixes.contains(normalizedKeyPrefix);
    }

    @Override
    public int maxKeyTokens() {
        return maxKeyTokens;
    }

    @Override
    public Optional<Place> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Place> country(String iso2) {
        return byId.values().stream().filter(p -> p.isCountry() && p.country().equalsIgnoreCase(iso2)).findFirst();
    }

    @Override
    public Optional<Place> admin1(String iso2, String admin1Code) {
        return byId.values().stream()
                .filter(p -> p.isAdmin1() && p.country().equalsIgnoreCase(iso2) && p.admin1().equals(admin1Code))
                .findFirst();
    }

    @Override
    public Optional<Place> nearestPopulated(double lat, double lon, double maxKm) {
        Place best = null;
        double bestKm = maxKm;
        for (Place p : byId.values()) {
            if (!p.isPopulatedPlace()) {
                continue;
            }
            double km = GeoMath.distanceKm(lat, lon, p.lat(), p.lon());
            if (km <= bestKm) {
                bestKm = km;
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public String description() {
        return "in-memory gazetteer, " + byId.size() + " places";
    }
}
