package org.conflictmap.gazetteer.build;

import java.util.HashMap;
import java.util.Map;

/**
 * Last build step: gives a representative point to countries and admin-1 units that no source placed
 * (bbox centre, else the population-weighted mean of their populated places), and a population to those
 * that have none (the sum of their towns' populations, see {@link TownPopulation}).
 */
final class Finisher {

    private Finisher() {
    }

    static void finish(BuildModel model, BuildReport report) {
        Map<String, double[]> byCountry = new HashMap<>();
        Map<String, double[]> byAdmin1 = new HashMap<>();
        Map<String, Long> popCountry = new HashMap<>();
        Map<String, Long> popAdmin1 = new HashMap<>();
        for (PlaceDraft p : model.places()) {
            if (TownPopulation.counts(p)) {
                popCountry.merge(p.country, p.population, Long::sum);
                if (!p.admin1.isEmpty()) {
                    popAdmin1.merge(p.country + "." + p.admin1, p.population, Long::sum);
                }
            }
            if (!"P".equals(p.featureClass) || !p.hasPoint()) {
                continue;
            }
            double w = Math.max(1, p.population);
            accumulate(byCountry.computeIfAbsent(p.country, k -> new double[3]), p, w);
            if (!p.admin1.isEmpty()) {
                accumulate(byAdmin1.computeIfAbsent(p.country + "." + p.admin1, k -> new double[3]), p, w);
            }
        }
        int fixed = 0;
        for (PlaceDraft p : model.places()) {
            if (p.population == 0 && p.isCountry()) {
                p.population = popCountry.getOrDefault(p.country, 0L);
            } else if (p.population == 0 && p.isAdmin1() && !p.admin1.isEmpty()) {
                p.population = popAdmin1.getOrDefault(p.country + "." + p.admin1, 0L);
            }
            if (p.hasPoint()) {
                continue;
            }
            if (p.bbox != null && !p.bbox.crossesAntimeridian()) {
                p.point((p.bbox.south() + p.bbox.north()) / 2, (p.bbox.west() + p.bbox.east()) / 2);
                fixed++;
                continue;
            }
            double[] acc = p.isCountry() ? byCountry.get(p.country)
                    : p.isAdmin1() ? byAdmin1.get(p.country + "." + p.admin1) : null;
            if (acc != null && acc[2] > 0) {
                p.point(round(acc[0] / acc[2]), round(acc[1] / acc[2]));
                fixed++;
            }
        }
        if (fixed > 0) {
            report.note(fixed + " countries/admin-1 units placed at their bbox centre or the weighted mean of their towns");
        }
    }

    private static void accumulate(double[] acc, PlaceDraft p, double w) {
        acc[0] += p.lat * w;
        acc[1] += p.lon * w;
        acc[2] += w;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
