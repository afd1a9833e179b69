package org.conflictmap.gazetteer;

import java.util.Comparator;

/**
 * The prior that orders a key's candidates, best first, before any context is known:
 * <ol>
 * <li>tier 0: countries (feature codes PCL*) and continents (CONT);</li>
 * <li>tier 1: admin-1 units (ADM1) and curated areas from the project's data files (feature class A or L:
 *     conflict, historical and macro regions);</li>
 * <li>tier 2: everything else (towns, counties, curated physical features);</li>
 * </ol>
 * within a tier by weighted population, where a capital (PPLC) counts 4x and an admin-1 seat (PPLA) 2x,
 * and a curated physical feature without population (river, sea, range) counts as
 * {@value #CURATED_FEATURE_WEIGHT} people, so "Dnipro" the city (1 M) ranks above the river, and the
 * river above villages; ties by id (ascending) so the order is deterministic.
 *
 * <p>One exception ({@link #promoteNamesakeTowns}): when an admin-1 unit shares its name with a major
 * town inside it (a capital, an admin seat, or 50,000+ people: Moscow, New York, Xankandi/Stepanakert),
 * the town ranks just before the unit, as news almost always means the town.
 */
public final class PlacePrior {

    /** Weight of a curated physical feature that has no population. */
    public static final long CURATED_FEATURE_WEIGHT = 100_000;

    private PlacePrior() {
    }

    /** The prior tier, 0 best. */
    public static int tier(Place p, boolean curated) {
        if (p.isCountry() || "CONT".equals(p.featureCode())) {
            return 0;
        }
        if (p.isAdmin1() || curated && ("A".equals(p.featureClass()) || "L".equals(p.featureClass()))) {
            return 1;
        }
        return 2;
    }

    /** Population weighted by the capital boosts. */
    public static double weight(Place p) {
        return weight(p, false);
    }

    /** Population weighted by the capital boosts and the curated-feature weight. */
    public static double weight(Place p, boolean curated) {
        double w = p.population();
        if (curated && w == 0 && tier(p, true) == 2) {
            return CURATED_FEATURE_WEIGHT;
        }
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
                .thenComparing(Comparator.comparingDouble((Place p) -> weight(p, false)).reversed())
                .thenComparingLong(Place::id);
    }

    /** The comparator for compiled places. */
    public static Comparator<CompiledPlace> compiledComparator() {
        return Comparator.<CompiledPlace>comparingInt(c -> tier(c.place(), c.curated()))
                .thenComparing(Comparator.<CompiledPlace>comparingDouble(c -> weight(c.place(), c.curated())).reversed())
                .thenComparingLong(c -> c.place().id());
    }

    /** Population from which a town inside a same-named admin-1 unit outranks the unit. */
    public static final long NAMESAKE_TOWN_POPULATION = 50_000;

    /**
     * Reorders a prior-sorted candidate list in place so a major town comes right before the admin-1
     * unit of the same name that contains it (same country and admin-1 code).
     */
    public static void promoteNamesakeTowns(java.util.List<CompiledPlace> sorted) {
        for (int i = 0; i < sorted.size(); i++) {
            Place unit = sorted.get(i).place();
            if (!unit.isAdmin1() || unit.admin1().isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < sorted.size(); j++) {
                Place t = sorted.get(j).place();
                if (t.isPopulatedPlace() && t.country().equals(unit.country()) && t.admin1().equals(unit.admin1())
                        && (t.population() >= NAMESAKE_TOWN_POPULATION || "PPLC".equals(t.featureCode())
                        || "PPLA".equals(t.featureCode()) || "PPLA2".equals(t.featureCode()))) {
                    sorted.add(i, sorted.remove(j));
                    i++;
                    break;
                }
            }
        }
    }
}
