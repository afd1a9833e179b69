package org.conflictmap.gazetteer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only place lookups. Thread-safe; one instance is shared by all threads of a run.
 * Keys are always produced by {@link NameNormalizer#normalize(String)}.
 */
public interface Gazetteer {

    /** Places with a name whose normalised form equals {@code normalizedKey}, best prior first. */
    List<Place> candidates(String normalizedKey);

    /** True when some name's normalised form equals {@code normalizedKey} (cheap; no Place objects). */
    boolean containsKey(String normalizedKey);

    /**
     * True when some key is longer than {@code normalizedKeyPrefix} and starts with it followed by a space
     * ("new" → true because of "new york"). Lets a matcher stop extending a token window early.
     */
    boolean hasLongerKey(String normalizedKeyPrefix);

    /**
     * False when no key is {@code normalizedKey} and none starts with it and a space, for a key whose
     * {@link String#hashCode} is {@code keyHashCode}: lets a caller that knows a key's hash skip building
     * the key. True may be wrong (then ask with the key). Default: always true.
     */
    default boolean mayHaveKeyOrLonger(int keyHashCode) {
        return true;
    }

    /**
     * False when no key is {@code normalizedKey}, for a key whose {@link String#hashCode} is
     * {@code keyHashCode}. True may be wrong (then ask {@link #containsKey}). Default: always true.
     */
    default boolean mayHaveKey(int keyHashCode) {
        return true;
    }

    /**
     * False when no key starts with {@code normalizedKeyPrefix} and a space, for a prefix whose
     * {@link String#hashCode} is {@code keyHashCode}. True may be wrong (then ask {@link #hasLongerKey}).
     * Default: always true.
     */
    default boolean mayHaveLongerKey(int keyHashCode) {
        return true;
    }

    /** Bit of {@link #mayHave}: {@link #mayHaveKey}. */
    int MAY_BE_KEY = 1;
    /** Bit of {@link #mayHave}: {@link #mayHaveLongerKey}. */
    int MAY_HAVE_LONGER = 2;

    /**
     * {@link #mayHaveKey} and {@link #mayHaveLongerKey} at once, as the bits {@link #MAY_BE_KEY} and
     * {@link #MAY_HAVE_LONGER}: an implementation may answer both with one read.
     */
    default int mayHave(int keyHashCode) {
        return (mayHaveKey(keyHashCode) ? MAY_BE_KEY : 0) | (mayHaveLongerKey(keyHashCode) ? MAY_HAVE_LONGER : 0);
    }

    /** The longest name, in tokens (space-separated words of the normalised key). */
    int maxKeyTokens();

    /** A place by its id. */
    Optional<Place> byId(long id);

    /** The country entry for an ISO 3166-1 alpha-2 code. */
    Optional<Place> country(String iso2);

    /** The admin-1 entry for a country and its GeoNames admin-1 code. */
    Optional<Place> admin1(String iso2, String admin1Code);

    /** The populated place nearest to a point, if any lies within {@code maxKm}. */
    Optional<Place> nearestPopulated(double lat, double lon, double maxKm);

    /** Number of places. */
    int size();

    /** A short description of where this gazetteer came from (file name, version, checksum). */
    String description();

    /**
     * True when {@code normalizedKey} is a demonym or country adjective ("russe", "armenian", "российский"):
     * its candidates are the country (or countries) it refers to. A key may be both a demonym and a place
     * name; candidates then hold both, in prior order. A demonym key is always a key ({@link #containsKey}),
     * so callers may skip this test for a word that is none. Default: no demonyms.
     */
    default boolean isDemonymKey(String normalizedKey) {
        return false;
    }

    /** The country entry for an ISO 3166-1 alpha-3 code ("ARM"). Default: none. */
    default Optional<Place> countryByIso3(String iso3) {
        return Optional.empty();
    }

    /** The country entry for a FIPS 10-4 country code, as GDELT uses ("AJ" = Azerbaijan). Default: none. */
    default Optional<Place> countryByFips(String fips) {
        return Optional.empty();
    }

    /**
     * Every demonym key, for callers that test many words and would rather hold the (small) set in memory
     * than probe the gazetteer for each; empty when the gazetteer does not list them (callers then ask
     * {@link #isDemonymKey}). When present, {@code isDemonymKey(k) == demonymKeys().get().contains(k)}.
     */
    default Optional<Set<String>> demonymKeys() {
        return Optional.empty();
    }
}
