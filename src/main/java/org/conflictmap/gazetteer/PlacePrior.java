package org.conflictmap.gazetteer;

import java.util.Comparator;

/**
 * The prior that orders a key's candidates, best first, before any context is known:
 * <ol>
 * <li>tier 0: countries (feature codes PCL*) and continents (CONT);</li>
 * <li>tier 1: admin-1 units (ADM1) and curated entries from the project's data files (conflict and
 *     historical regions, physical features);</li>
 * <li>tier 2: everything else;</li>
 * </ol>
 * within a tier by weighted population, where a capital (PPLC) counts 4x and an admin-1 seat (PPLA) 2x;
 * ties by id (ascending) so the order is deterministic.
 */
public final class PlacePrior {

    private PlacePrior() {
    }

    /** The prior tier, 0 best. */
    public static int tier(Place p, boolean curated) {
        if (p.isCountry() || "CONT".equals(p.featureCode())) {
            return 0;
        }
        if (p.isAdmin1() || curated) {
            return 1;
        }
        return 2;
    }

    /** Population weighted by the capital boosts. */
    public static double weight(Place p) {
        double w = p.population();
        if ("PPLC".equals(p.featureCode())) {
            return w * 4;
        }
        if ("PPLA".equals(p.featureCode())) {
            return w * 2;
        }
        return w;
    }

    /** The comparator for places without curated flags (tier from the feature code only). */
    public static Comparator<Place> comparator() {
        return Comparator.<Place>comparingInt(p -> tier(p, false))
                .thenComparing(Comparator.comparingDouble(PlacePrior::weight).reversed())
                .thenComparingLong(Place::id);
    }

    /** The comparator for compiled places. */
    public static Comparator<CompiledPlace> compiledComparator() {
        return Comparator.<CompiledPlace>comparingInt(c -> tier(c.place(), c.curated()))
                .thenComparing(Comparator.<CompiledPlace>comparingDouble(c -> weight(c.place())).reversed())
                .thenComparingLong(c -> c.place().id());
    }
}
