package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * What one round of re-estimation reads: the country votes of the groups' current choices, the points
 * they chose (areas apart) and the admin-1 units and towns they chose.
 */
final class ResolverRound {
    /** Vote weight per country number ({@link CandidateFacts#country}); voted: whether any vote came. */
    final double[] weight;
    final boolean[] voted;
    final int[] votedIds;
    int nVoted;
    double total;
    final double[] px;
    final double[] py;
    final double[] pc;
    int np;
    /** The admin-1 units and towns the groups chose (a place once per group that chose it). */
    final Place[] adminPicks;
    int na;
    /** The groups whose choice is an admin-1 unit. */
    final ResolverGroup[] admin1Groups;
    int nAdmin1;

    ResolverRound(List<ResolverGroup> gs) {
        int groups = gs.size();
        int countries = 0;
        for (ResolverGroup g : gs) {
            countries = Math.max(countries, g.f.countryEnd);
        }
        weight = new double[countries];
        voted = new boolean[countries];
        votedIds = new int[countries];
        px = new double[groups];
        py = new double[groups];
        pc = new double[groups];
        adminPicks = new Place[groups];
        admin1Groups = new ResolverGroup[groups];
    }

    void collect(List<ResolverGroup> gs, ResolverWeights w) {
        for (int k = 0; k < nVoted; k++) {
            weight[votedIds[k]] = 0;
            voted[votedIds[k]] = false;
        }
        nVoted = 0;
        total = 0;
        np = 0;
        na = 0;
        nAdmin1 = 0;
        for (ResolverGroup g : gs) {
            Place p = g.chosen();
            if (p == null) {
                continue;
            }
            CandidateFacts f = g.f;
            int k = g.pick;
            if (!f.area[k]) {
                px[np] = p.lat();
                py[np] = p.lon();
                pc[np] = f.cos[k];
                np++;
            }
            if (f.admin1[k]) {
                admin1Groups[nAdmin1++] = g;
            }
            if (f.admin1[k] || f.populated[k]) {
                adminPicks[na++] = p;
            }
            int c = f.country[k];
            if (c < 0) {
                continue;
            }
            double vote = f.countryLike[k] ? w.countryVote() : 1.0;
            if (voted[c]) {
                weight[c] += vote;
            } else {
                voted[c] = true;
                votedIds[nVoted++] = c;
                weight[c] = vote;
            }
            total += vote;
        }
    }
}
