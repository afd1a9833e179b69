package org.conflictmap.geoparse;

import java.util.List;
import java.util.Set;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/**
 * The priors of one name's candidates ({@link Priors#prior}, with the given {@link ResolverWeights}), corrected by what the other candidates of the
 * same name show:
 * <ul>
 *   <li>a small area (an admin-1 unit under {@value #SMALL_AREA_DEGREES}° across, or any county) that holds a
 *       populated place of the same name yields to that place: "Stepanakert" is the town, not the city
 *       district around it; an independent city is the city; so is a larger unit when the town holds a quarter of
 *       its people ("New York", "São Paulo"; not "Quebec");</li>
 *   <li>a country matched by a name that is not its own while its capital bears that name yields to the
 *       capital ("Tunis" is a name of Tunisia in some languages);</li>
 *   <li>a town of an English-speaking country matched by a variant name (a former or colloquial name from
 *       the place table: "Washington" for Watervliet, "Manchester" for Richmond) loses
 *       {@link ResolverWeights#variantPenalty} when another candidate bears the name as its own. Towns elsewhere
 *       keep their exonyms ("Geneva", "Florence") without penalty;</li>
 *   <li>a town anywhere matched by a Latin-script name that shares no letter pair with its own name is not
 *       matched by a spelling of its name but by another name (a former one, a translation, a nickname:
 *       "Salisbury" for Harare, "White House" for Casablanca); it loses the same penalty too when
 *       another candidate bears the name as its own. Exonyms are spellings of the local name and share letter
 *       pairs with it ("Moscou"/Moscow, "Florence"/Firenze, "Pékin"/Beijing).</li>
 *   <li>a metropolis matched by a name that is not its own while towns of other countries only (one of
 *       {@value #OWN_TOWN_POPULATION} people at least) bear it as their own loses its metropolis bonus: that
 *       bonus says that "New York" means the city, and "Bethlehem" is Belém only in translation.</li>
 * </ul>
 */
final class CandidatePriors {

    /** Largest extent, in degrees of latitude and longitude, of an admin-1 unit treated as a city district. */
    static final double SMALL_AREA_DEGREES = 1.0;
    /** A town holding at least 1/CITY_SHARE of its same-named admin-1 unit's people is what the name means. */
    static final int CITY_SHARE = 4;

    /** Countries whose towns carry English names, so that an English alternate name there is a variant. */
    private static final Set<String> ENGLISH_NAMED = Set.of("US", "GB", "CA", "AU", "NZ", "IE");

    private CandidatePriors() {
    }

    /** The corrected priors of {@code cands}, the candidates of {@code key} in gazetteer order. */
    static double[] of(String key, List<Place> cands, ResolverWeights w) {
        int n = cands.size();
        double[] prior = new double[n];
        for (int k = 0; k < n; k++) {
            prior[k] = Priors.prior(cands.get(k), k, w);
        }
        if (n < 2) {
            return prior;
        }
        boolean[] own = ownNames(key, cands);
        boolean owner = false;
        for (boolean b : own) {
            owner |= b;
        }
        double[] inherited = null;
        for (int k = 0; k < n; k++) {
            Place a = cands.get(k);
            if (isSmallArea(a) || a.isAdmin1() && !a.admin1().isEmpty()) {
                boolean small = isSmallArea(a);
                double unit = prior[k];
                for (int j = 0; j < n; j++) {
                    Place t = cands.get(j);
                    if (j != k && t.isPopulatedPlace() && t.country().equals(a.country())
                            && t.admin1().equals(a.admin1())
                            && (small ? a.bbox().contains(t.lat(), t.lon())
                                    : t.population() * CITY_SHARE >= a.population() && a.population() > 0)) {
                        prior[k] = Math.min(prior[k], prior[j] - w.yield());
                        if (a.isAdmin1()) {
                            if (inherited == null) {
                                inherited = new double[n];
                                java.util.Arrays.fill(inherited, Double.NEGATIVE_INFINITY);
                            }
                            inherited[j] = Math.max(inherited[j], unit - w.yield());
                        }
                    }
                }
            } else if (Priors.isCountryLike(a) && !own[k]) {
                for (int j = 0; j < n; j++) {
                    Place t = cands.get(j);
                    if (own[j] && "PPLC".equals(t.featureCode()) && t.country().equals(a.country())) {
                        prior[k] = Math.min(prior[k], prior[j] - w.yield());
                    }
                }
            } else if (owner && !own[k] && a.isPopulatedPlace()) {
                if (ENGLISH_NAMED.contains(a.country()) || isUnrelatedName(key, a.name())
                        || ownTownOfSimilarSize(cands, own, a)) {
                    prior[k] -= w.variantPenalty();
                }
                if (a.population() >= Priors.METROPOLIS && !ownerIn(cands, own, a.country())
                        && ownTownOf(cands, own, OWN_TOWN_POPULATION)) {
                    prior[k] -= w.metropolis(); // "Bethlehem" names Belém only in translation
                }
            }
        }
        if (inherited != null) {
            inherit(cands, prior, inherited);
        }
        return prior;
    }

    /**
     * Raises a town to the prior its yielding unit had (less the yield), when a candidate of another country
     * would otherwise beat it: the unit and its town are one reading of the name, which should not lose to a
     * foreign namesake because it was split in two. Within one country nothing changes ("Idlib" stays the
     * curated region).
     */
    private static void inherit(List<Place> cands, double[] prior, double[] inherited) {
        double[] before = prior.clone();
        for (int j = 0; j < prior.length; j++) {
            if (inherited[j] <= before[j]) {
                continue;
            }
            String country = cands.get(j).country();
            for (int m = 0; m < prior.length; m++) {
                if (before[m] > before[j] && !cands.get(m).country().equals(country)) {
                    prior[j] = inherited[j];
                    break;
                }
            }
        }
    }

    /**
     * True when a town whose own name is the key has at least a quarter of {@code a}'s people: then "Goris"
     * means Goris (Armenia, 20,000), not Gori (Georgia, 45,000), of which it is only an alternate name.
     */
    private static boolean ownTownOfSimilarSize(List<Place> cands, boolean[] own, Place a) {
        for (int j = 0; j < own.length; j++) {
            Place t = cands.get(j);
            if (own[j] && t.isPopulatedPlace() && t.population() * 4 >= a.population()) {
                return true;
            }
        }
        return false;
    }

    /** A town of this many people bearing a name as its own is what the name means, not a translation. */
    static final long OWN_TOWN_POPULATION = 20_000;

    /** True when a populated place of at least {@code population} people bears the name as its own. */
    private static boolean ownTownOf(List<Place> cands, boolean[] own, long population) {
        for (int j = 0; j < own.length; j++) {
            if (own[j] && cands.get(j).isPopulatedPlace() && cands.get(j).population() >= population) {
                return true;
            }
        }
        return false;
    }

    /** True when a candidate in {@code country} bears the name as its own ("Kiev", a unit of Kyiv, for Kyiv). */
    private static boolean ownerIn(List<Place> cands, boolean[] own, String country) {
        for (int j = 0; j < own.length; j++) {
            if (own[j] && cands.get(j).country().equals(country)) {
                return true;
            }
        }
        return false;
    }

    /** True for a candidate whose own (display) name normalises to {@code key} or to "{@code key} city". */
    private static boolean[] ownNames(String key, List<Place> cands) {
        boolean[] own = new boolean[cands.size()];
        for (int k = 0; k < own.length; k++) {
            String name = cands.get(k).name();
            // cheap pre-check: a normalised name is never much shorter than the raw one
            if (name.length() + 2 >= key.length()) {
                String n = NameNormalizer.normalize(name);
                own[k] = n.equals(key) || n.length() == key.length() + 5 && n.startsWith(key) && n.endsWith(" city");
            }
        }
        return own;
    }

    /**
     * True when {@code key}, a Latin-script name, shares no pair of adjacent letters with the normalised
     * {@code name}: it is not a spelling of that name.
     */
    static boolean isUnrelatedName(String key, String name) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        String n = NameNormalizer.normalize(name);
        for (int i = 0; i + 1 < key.length(); i++) {
            char a = key.charAt(i);
            char b = key.charAt(i + 1);
            if (Character.isLetter(a) && Character.isLetter(b) && n.contains(key.substring(i, i + 2))) {
                return false;
            }
        }
        return true;
    }

    /** A county, or an admin-1 unit small enough to be a city's district, with a known extent. */
    private static boolean isSmallArea(Place p) {
        if (p.bbox() == null || p.admin1().isEmpty() || p.bbox().crossesAntimeridian()) {
            return false;
        }
        if ("ADM2".equals(p.featureCode()) && "A".equals(p.featureClass())) {
            return true;
        }
        return p.isAdmin1() && p.bbox().north() - p.bbox().south() < SMALL_AREA_DEGREES
                && p.bbox().east() - p.bbox().west() < SMALL_AREA_DEGREES;
    }
}
