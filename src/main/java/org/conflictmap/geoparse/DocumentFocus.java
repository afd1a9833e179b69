package org.conflictmap.geoparse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.GeoMath;
import org.conflictmap.gazetteer.Place;

/**
 * Where a document is, as its resolved mentions show: the country most of them lie in, the place it is
 * about (its most mentioned city-level place in that country, else its most mentioned unit within the country, an
 * admin-1 unit or region, else the country: a province is a closer guess than the country's middle) and
 * whether another place fits in (lies near a mentioned town or in a mentioned admin-1 unit or country).
 */
final class DocumentFocus {

    /** A point within this distance of a mentioned point fits the document. */
    static final double NEAR_KM = 400;

    private final List<Place> places;
    private final Map<String, Integer> countries;
    private final Place focus;

    private DocumentFocus(List<Place> places, Map<String, Integer> countries, Place focus) {
        this.places = places;
        this.countries = countries;
        this.focus = focus;
    }

    /** The focus of a document whose resolved mentions, in text order, chose {@code resolved}. */
    static DocumentFocus of(List<Place> resolved) {
        return of(resolved, resolved);
    }

    /**
     * The focus of a document whose resolved mentions chose {@code resolved}, of which {@code located} are those
     * that say where things are (not demonyms: "Nigerian" in a story from Rome says who, not where); the focus
     * place is chosen among the latter when there are any.
     */
    static DocumentFocus of(List<Place> resolved, List<Place> located) {
        List<Place> places = List.copyOf(resolved);
        Map<String, Integer> countries = new HashMap<>();
        for (Place p : places) {
            if (!p.country().isEmpty()) {
                countries.merge(p.country(), 1, Integer::sum);
            }
        }
        List<Place> pool = located.isEmpty() ? places : located;
        Map<String, Integer> poolCountries = new HashMap<>();
        for (Place p : pool) {
            if (!p.country().isEmpty()) {
                poolCountries.merge(p.country(), 1, Integer::sum);
            }
        }
        String top = null;
        int best = 0;
        for (Place p : pool) { // first mentioned wins a tie
            int c = poolCountries.getOrDefault(p.country(), 0);
            if (c > best) {
                best = c;
                top = p.country();
            }
        }
        Place focus = mostMentioned(pool, top, true);
        if (focus == null) { // no town: the most mentioned unit within the country, else the country
            List<Place> units = new java.util.ArrayList<>();
            for (Place p : pool) {
                if (!Priors.isCountryLike(p)) {
                    units.add(p);
                }
            }
            focus = mostMentioned(units, top, false);
        }
        if (focus == null) {
            focus = mostMentioned(pool, top, false);
        }
        if (focus == null) {
            focus = mostMentioned(pool, null, false);
        }
        return new DocumentFocus(places, countries, focus);
    }

    private static Place mostMentioned(List<Place> places, String country, boolean pointsOnly) {
        Map<Place, Integer> count = new LinkedHashMap<>();
        for (Place p : places) {
            if ((country == null || country.equals(p.country())) && !(pointsOnly && Priors.isArea(p))) {
                count.merge(p, 1, Integer::sum);
            }
        }
        Place best = null;
        int n = 0;
        for (Map.Entry<Place, Integer> e : count.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** The place the document is about, or null when nothing was resolved. */
    Place place() {
        return focus;
    }

    /** Number of resolved mentions in {@code country}. */
    int mentionsIn(String country) {
        return countries.getOrDefault(country, 0);
    }

    /**
     * True when {@code p} fits the rest of the document (its own mentions aside): an area in a country other mentions lie in; a point within
     * {@value #NEAR_KM} km of a mentioned point, in a mentioned admin-1 unit, or in a mentioned country
     * where no town is mentioned. Places without a country (oceans) fit every document.
     */
    boolean fits(Place p) {
        if (p.country().isEmpty()) {
            return true;
        }
        if (Priors.isArea(p)) {
            return mentionsIn(p.country()) > 0;
        }
        boolean countryNamed = false;
        boolean townInCountry = false;
        for (Place q : places) {
            if (q.equals(p)) {
                continue;
            }
            if (Priors.isCountryLike(q)) {
                countryNamed |= q.country().equals(p.country());
            } else if (q.isAdmin1()) {
                if (q.country().equals(p.country()) && q.admin1().equals(p.admin1()) && !p.admin1().isEmpty()) {
                    return true;
                }
            } else if (!Priors.isArea(q)) {
                townInCountry |= q.country().equals(p.country());
                if (GeoMath.distanceKm(p.lat(), p.lon(), q.lat(), q.lon()) <= NEAR_KM) {
                    return true;
                }
            }
        }
        return countryNamed && !townInCountry;
    }

    /**
     * True when {@code p} lies in or at {@code c}: in the country or admin-1 unit {@code c}, or within
     * {@value #NEAR_KM} km of the point {@code c}.
     */
    static boolean within(Place p, Place c) {
        if (Priors.isCountryLike(c)) {
            return c.country().equals(p.country()) && !Priors.isCountryLike(p);
        }
        if (c.isAdmin1()) {
            return c.country().equals(p.country()) && c.admin1().equals(p.admin1()) && !c.admin1().isEmpty()
                    && !Priors.isArea(p);
        }
        return !Priors.isArea(c) && !Priors.isArea(p)
                && GeoMath.distanceKm(p.lat(), p.lon(), c.lat(), c.lon()) <= NEAR_KM;
    }
}
