package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Place;

/** Context-free facts about candidate places that the filters and the resolver share. */
final class Priors {

    /** Gazetteer ranks beyond this one cost no more prior. */
    static final int RANK_CAP = 10;

    private Priors() {
    }

    /** Countries, dependent territories and similar polities. */
    static boolean isCountryLike(Place p) {
        return p.isCountryLike();
    }

    /** A coarse type for list agreement: 0 country, 1 admin-1 unit, 2 populated place, 3 anything else. */
    static int typeOf(Place p) {
        return isCountryLike(p) ? 0 : p.isAdmin1() ? 1 : p.isPopulatedPlace() ? 2 : 3;
    }

    /** Continents. */
    static boolean isContinent(Place p) {
        return p.isContinent();
    }

    /** Large areas whose centre says little about where things happen (countries, continents, regions). */
    static boolean isArea(Place p) {
        return p.isCountryLike() || p.isContinent() || p.isAdmin1() || p.isRegionOrWater();
    }

    /** A place a reader is expected to know: country, continent, admin-1, capital or a large city. */
    static boolean isProminent(Place p) {
        return p.isCountryLike() || p.isContinent() || p.isAdmin1() || p.isCapital()
                || p.isPopulatedPlace() && p.population() >= 200_000;
    }

    /** Very well known: enough to read a capitalised common word at a sentence start as a place. */
    static boolean isVeryProminent(Place p) {
        return p.isCountryLike() || p.isContinent() || p.isCapital()
                || p.isPopulatedPlace() && p.population() >= 1_000_000;
    }

    /**
     * Feature and population prior, larger is more likely; {@code rank} is the gazetteer's own order. The
     * population of an area (admin-1 unit, county, dependent territory) is that of the towns in it. The
     * gazetteer's order mostly repeats population, so its penalty stops at {@value #RANK_CAP} places: the
     * 25th Newport of a list is not less likely than the 10th once its population is counted, and a small
     * place the document supports can still win.
     */
    static double prior(Place p, int rank, ResolverWeights w) {
        double pop = Math.log10(1 + Math.max(0, p.population()));
        String code = p.featureCode();
        double s;
        if (isCountryLike(p)) {
            s = "PCLI".equals(code) ? w.sovereign() : Math.min(w.dependencyCap(), w.dependency() + w.pop() * pop);
        } else if (isContinent(p)) {
            s = w.continent();
        } else if (p.isAdmin1()) {
            // a gazetteer without area populations says 0: read that as unknown, not as empty
            s = w.admin1() + w.pop() * (p.population() > 0 ? pop : w.unknownAdmin1LogPop());
        } else {
            if ("PPLC".equals(code)) {
                s = w.capital();
            } else if ("PPLA".equals(code)) {
                s = w.pplA();
            } else if ("PPLA2".equals(code)) {
                s = w.pplA2();
            } else if (p.isPopulatedPlace()) {
                s = w.ppl();
            } else if ("ADM2".equals(code) || "ADMD".equals(code)) {
                s = w.adm2();
            } else if ("H".equals(p.featureClass()) || "T".equals(p.featureClass()) || "L".equals(p.featureClass())) {
                // seas, rivers, ranges, regions: only the project's curated list has them, and it lists
                // the well-known ones ("the Atlantic" is the ocean, not Atlantic, Iowa)
                s = w.curatedFeature();
            } else {
                s = 0.0;
            }
            s += w.pop() * pop;
            if (p.isPopulatedPlace() && p.population() >= METROPOLIS) {
                s += w.metropolis(); // a metropolis is what news means by "New York", not the state
            }
        }
        s -= w.rankPenalty() * Math.min(rank, RANK_CAP);
        return s;
    }

    /** The population from which a populated place is a metropolis ({@link ResolverWeights#metropolis}). */
    static final long METROPOLIS = 1_000_000;

    /**
     * The widest country box that says where a country's neighbourhood is, in degrees of longitude or
     * latitude: a large country's box (Russia, Canada, the United States across the antimeridian) holds whole
     * other countries.
     */
    static final double BOX_DEGREES = 25;

    /** True when {@code b}, a country's box, is at most {@link #BOX_DEGREES} across and not across the antimeridian. */
    static boolean usableBox(org.conflictmap.gazetteer.BBox b) {
        return b != null && !b.crossesAntimeridian() && b.east() - b.west() <= BOX_DEGREES
                && b.north() - b.south() <= BOX_DEGREES;
    }

    /**
     * True when {@code p} lies in the box of {@code country} ({@link #usableBox}): in the country or next to it
     * (Gaza and the West Bank in Israel's box, Afrin in Turkey's).
     */
    static boolean inBox(Place country, Place p) {
        org.conflictmap.gazetteer.BBox b = country.bbox();
        return usableBox(b) && nearBox(b, p.lat(), p.lon());
    }

    /**
     * How far, in degrees, a town's point may lie outside a country's box and still count as in it: the box
     * is that of a simplified outline, and a border town's point can fall just outside (Rafah, 0.006° west of
     * Israel's box).
     */
    static final double BOX_MARGIN = 0.1;

    /** True when the point lies in {@code b} widened by {@link #BOX_MARGIN} on every side (no antimeridian). */
    static boolean nearBox(org.conflictmap.gazetteer.BBox b, double lat, double lon) {
        return lat >= b.south() - BOX_MARGIN && lat <= b.north() + BOX_MARGIN && lon >= b.west() - BOX_MARGIN
                && lon <= b.east() + BOX_MARGIN;
    }

    /** True when one of the first five candidates is prominent (very prominent when {@code very}). */
    static boolean anyProminent(List<Place> candidates, boolean very) {
        int n = Math.min(candidates.size(), 5);
        for (int k = 0; k < n; k++) {
            Place p = candidates.get(k);
            if (very ? isVeryProminent(p) : isProminent(p)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the first five candidates is an area, a capital or a city of a million people. */
    static boolean anyArea(List<Place> candidates) {
        int n = Math.min(candidates.size(), 5);
        for (int k = 0; k < n; k++) {
            Place p = candidates.get(k);
            if (isArea(p) || "PPLC".equals(p.featureCode()) || p.population() >= 1_000_000) {
                return true;
            }
        }
        return false;
    }
}
