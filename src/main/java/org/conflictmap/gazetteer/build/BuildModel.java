package org.conflictmap.gazetteer.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.conflictmap.gazetteer.CompiledGazetteer;
import org.conflictmap.gazetteer.CompiledKey;
import org.conflictmap.gazetteer.CompiledPlace;
import org.conflictmap.gazetteer.CountryCodes;
import org.conflictmap.gazetteer.GazetteerFormat;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.PlacePrior;

/** The mutable gazetteer under construction: places by id, name keys and demonym keys, country codes. */
final class BuildModel {

    /** Ids for places without a GeoNames id: countries. */
    static final long COUNTRY_ID_BASE = -1_000_000L;
    /** Ids for Natural Earth admin-1 units. */
    static final long NE_ADMIN1_ID_BASE = -2_000_000L;
    /** Ids for US counties (minus the 5-digit FIPS code). */
    static final long COUNTY_ID_BASE = -3_000_000L;
    /** Ids for project data rows without a GeoNames id. */
    static final long PROJECT_ID_BASE = -1_000_000_000L;

    private final Map<Long, PlaceDraft> places = new HashMap<>();
    private final Map<String, IdList> names = new HashMap<>();
    private final Map<String, IdList> demonyms = new HashMap<>();
    private final Map<String, Long> countryIds = new HashMap<>();
    private final Map<String, String> iso3 = new HashMap<>();
    private final Map<String, List<String>> fips = new HashMap<>();

    PlaceDraft get(long id) {
        return places.get(id);
    }

    boolean contains(long id) {
        return places.containsKey(id);
    }

    /** Adds a place unless one with its id exists; returns the place now held. */
    PlaceDraft add(PlaceDraft p) {
        PlaceDraft old = places.putIfAbsent(p.id, p);
        PlaceDraft held = old == null ? p : old;
        if (held.isCountry() && held.country.length() == 2) {
            countryIds.putIfAbsent(held.country, held.id);
        }
        return held;
    }

    int placeCount() {
        return places.size();
    }

    Iterable<PlaceDraft> places() {
        return places.values();
    }

    /** Adds a name of a place; returns false when the name normalises to nothing usable. */
    boolean name(long id, String raw) {
        return addKey(names, id, raw);
    }

    /** Adds a demonym that refers to a place (a country). */
    boolean demonym(long id, String raw) {
        return addKey(demonyms, id, raw);
    }

    private static boolean addKey(Map<String, IdList> map, long id, String raw) {
        String key = NameNormalizer.normalize(raw);
        if (key.isEmpty() || key.codePointCount(0, key.length()) < 2 && !isIdeographic(key)) {
            return false;
        }
        map.computeIfAbsent(key, k -> new IdList()).add(id);
        return true;
    }

    private static boolean isIdeographic(String key) {
        return Character.isIdeographic(key.codePointAt(0));
    }

    /** The country place for an ISO2 code, created (synthetic id, no point yet) when missing. */
    PlaceDraft country(String iso2) {
        Long id = countryIds.get(iso2);
        if (id != null) {
            return places.get(id);
        }
        return add(new PlaceDraft(syntheticCountryId(iso2), iso2, "A", "PCLI", iso2));
    }

    /** The country place for an ISO2 code if one exists. */
    PlaceDraft existingCountry(String iso2) {
        Long id = countryIds.get(iso2);
        return id == null ? null : places.get(id);
    }

    /** Registers a known country id (GeoNames countryInfo) before the place exists. */
    void countryId(String iso2, long id) {
        countryIds.putIfAbsent(iso2, id);
    }

    static long syntheticCountryId(String iso2) {
        return COUNTRY_ID_BASE - ((iso2.charAt(0) - 'A') * 26L + (iso2.charAt(1) - 'A'));
    }

    void iso3(String iso2, String code) {
        if (code != null && !code.isBlank()) {
            iso3.putIfAbsent(iso2, code.trim());
        }
    }

    /** Adds a FIPS code: {@code override} (project data) adds to the list, otherwise only into an empty one. */
    void fips(String iso2, String code, boolean override) {
        if (code != null && code.trim().matches("[A-Z]{2}")) {
            List<String> list = fips.computeIfAbsent(iso2, k -> new ArrayList<>());
            if (override ? !list.contains(code.trim()) : list.isEmpty()) {
                list.add(code.trim());
            }
        }
    }

    Iterable<String> countryCodes() {
        return new TreeSet<>(countryIds.keySet());
    }

    /** A stable negative id for a project row, unique in this model. */
    long projectId(String stableText) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < stableText.length(); i++) {
            h ^= stableText.charAt(i);
            h *= 0x100000001b3L;
        }
        long id = PROJECT_ID_BASE - (h & 0x3FFFFFFFL);
        while (places.containsKey(id)) {
            id--;
        }
        return id;
    }

    /** Freezes the model; places without a point are dropped (and reported). */
    CompiledGazetteer compile(String meta, BuildReport report) {
        List<PlaceDraft> kept = new ArrayList<>();
        int dropped = 0;
        for (PlaceDraft p : places.values()) {
            if (p.hasPoint()) {
                kept.add(p);
            } else {
                dropped++;
                if (dropped <= 10) {
                    report.note("dropped place without coordinates: " + p.id + " " + p.name + " (" + p.country + ")");
                }
            }
        }
        if (dropped > 10) {
            report.note((dropped - 10) + " more places without coordinates dropped");
        }
        kept.sort((a, b) -> Long.compare(a.id, b.id));
        long[] ids = new long[kept.size()];
        List<CompiledPlace> compiled = new ArrayList<>(kept.size());
        for (int i = 0; i < ids.length; i++) {
            ids[i] = kept.get(i).id;
            compiled.add(kept.get(i).compile());
        }
        TreeMap<String, int[]> flagsAndKeys = new TreeMap<>();
        names.keySet().forEach(k -> flagsAndKeys.put(k, null));
        demonyms.keySet().forEach(k -> flagsAndKeys.put(k, null));
        List<CompiledKey> keys = new ArrayList<>(flagsAndKeys.size());
        java.util.Comparator<CompiledPlace> prior = PlacePrior.compiledComparator();
        for (String key : flagsAndKeys.keySet()) {
            IdList n = names.get(key);
            IdList d = demonyms.get(key);
            int flags = (n != null ? GazetteerFormat.KEY_NAME : 0) | (d != null ? GazetteerFormat.KEY_DEMONYM : 0);
            TreeSet<Integer> ords = new TreeSet<>();
            addOrdinals(n, ids, ords);
            addOrdinals(d, ids, ords);
            if (ords.isEmpty()) {
                continue;
            }
            Integer[] sorted = ords.toArray(new Integer[0]);
            Arrays.sort(sorted, (a, b) -> prior.compare(compiled.get(a), compiled.get(b)));
            List<Integer> order = new ArrayList<>(Arrays.asList(sorted));
            List<CompiledPlace> cands = new ArrayList<>(order.size());
            for (int o : order) {
                cands.add(compiled.get(o));
            }
            if (cands.size() > 1) {
                PlacePrior.promoteNamesakeTowns(cands);
            }
            int[] out = new int[cands.size()];
            Map<CompiledPlace, Integer> back = new java.util.IdentityHashMap<>();
            for (int o : order) {
                back.put(compiled.get(o), o);
            }
            for (int k = 0; k < out.length; k++) {
                out[k] = back.get(cands.get(k));
            }
            keys.add(new CompiledKey(key, flags, out));
        }
        List<CountryCodes> codes = new ArrayList<>();
        for (String iso2 : countryCodes()) {
            List<String> f = fips.getOrDefault(iso2, List.of(""));
            for (String code : f) {
                codes.add(new CountryCodes(iso2, iso3.get(iso2), code));
            }
        }
        return new CompiledGazetteer(compiled, keys, codes, meta);
    }

    private static void addOrdinals(IdList list, long[] sortedIds, TreeSet<Integer> out) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size; i++) {
            int ord = Arrays.binarySearch(sortedIds, list.ids[i]);
            if (ord >= 0) {
                out.add(ord);
            }
        }
    }

    /** A small growable list of ids (duplicates of the last id are skipped). */
    private static final class IdList {
        long[] ids = new long[1];
        int size;

        void add(long id) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    return;
                }
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }
}
