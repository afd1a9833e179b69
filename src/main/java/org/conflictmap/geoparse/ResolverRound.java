package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.Place;

/**
 * What one round of re-estimation reads: the country votes of the groups' current choices, the points
 * they chose (areas apart) and the admin-1 units and towns they chose.
 */
final class ResolverRound {
    /**
     * The groups (and country numbers) the arrays hold from the start: nearly every document fits, so that
     * growing them is rare, not a branch the compiler first meets in the middle of a long run (a trap there
     * recompiles the whole resolver).
     */
    static final int ROOM = 256;
    /** Vote weight per country number ({@link CandidateFacts#country}); voted: whether any vote came. */
    double[] weight = new double[ROOM];
    boolean[] voted = new boolean[ROOM];
    int[] votedIds = new int[ROOM];
    int nVoted;
    double total;
    double[] px = new double[ROOM];
    double[] py = new double[ROOM];
    double[] pc = new double[ROOM];
    int np;
    /** Per point: the first point at the same coordinates (itself, unless an earlier group chose the same spot). */
    int[] firstAt = new int[ROOM];
    /** Open-addressing table of point indexes by coordinates, -1 for empty; {@link #spotMask} its size - 1. */
    private int[] spots = new int[2 * ROOM];
    private int spotMask;
    /** The admin-1 units and towns the groups chose (a place once per group that chose it). */
    Place[] adminPicks = new Place[ROOM];
    /** Their ids, so that counting a place's picks compares numbers first. */
    long[] adminIds = new long[ROOM];
    int na;
    /**
     * A 256-bit filter of {@link #adminIds} ({@link #idBit}): a place whose bit is clear is none of the picks,
     * so that most candidates are not compared with every pick.
     */
    private final long[] idMask = new long[4];
    /** The groups whose choice is an admin-1 unit. */
    ResolverGroup[] admin1Groups = new ResolverGroup[ROOM];
    int nAdmin1;
    /** The boxes of the countries the groups chose that {@link Priors#usableBox} takes; their country numbers. */
    BBox[] boxes = new BBox[ROOM];
    int[] boxCountry = new int[ROOM];
    int nBoxes;
    /** The rivals of the candidates of the group being scored: prominent ones, and all. */
    final Rivals.Top prominentRivals = new Rivals.Top();
    final Rivals.Top rivals = new Rivals.Top();

    /**
     * Makes room for the groups of a new document (one thread reuses a round from document to document: the
     * arrays only grow). {@link #collect} then fills it.
     */
    void start(List<ResolverGroup> gs) {
        int groups = gs.size();
        int countries = 0;
        for (ResolverGroup g : gs) {
            countries = Math.max(countries, g.f.countryEnd);
        }
        if (weight.length < countries) {
            int cap = Math.max(countries, weight.length * 2);
            weight = new double[cap];
            voted = new boolean[cap];
            votedIds = new int[cap];
            nVoted = 0; // the new arrays are clean
        }
        if (px.length < groups) {
            int cap = Math.max(groups, px.length * 2);
            px = new double[cap];
            py = new double[cap];
            pc = new double[cap];
            firstAt = new int[cap];
            adminPicks = new Place[cap];
            adminIds = new long[cap];
            admin1Groups = new ResolverGroup[cap];
            boxes = new BBox[cap];
            boxCountry = new int[cap];
        }
        int size = 16;
        while (size < groups * 2) {
            size <<= 1;
        }
        if (spots.length < size) {
            spots = new int[size];
        }
        spotMask = size - 1;
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
        nBoxes = 0;
        java.util.Arrays.fill(spots, 0, spotMask + 1, -1);
        java.util.Arrays.fill(idMask, 0);
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
                firstAt[np] = first(np);
                g.point = np;
                np++;
            } else {
                g.point = -1;
            }
            if (f.admin1[k]) {
                admin1Groups[nAdmin1++] = g;
            }
            if (f.admin1[k] || f.populated[k]) {
                adminIds[na] = p.id();
                int bit = idBit(p.id());
                idMask[bit >>> 6] |= 1L << bit;
                adminPicks[na++] = p;
            }
            int c = f.country[k];
            if (c < 0) {
                continue;
            }
            if (f.countryLike[k]) {
                addBox(p.bbox(), c);
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

    private void addBox(BBox b, int country) {
        if (Priors.usableBox(b)) {
            boxes[nBoxes] = b;
            boxCountry[nBoxes++] = country;
        }
    }

    /**
     * The largest share of the other mentions ({@code others} in all, the group's own choice of country
     * {@code own}, weight {@code ownW}, not counted) that falls in a chosen country whose box holds the point
     * ({@code lat}, {@code lon}); 0 when none does.
     */
    double boxShare(double lat, double lon, int own, double ownW, double others) {
        double max = 0;
        for (int k = 0; k < nBoxes; k++) {
            if (Priors.nearBox(boxes[k], lat, lon)) {
                int c = boxCountry[k];
                max = Math.max(max, (weight[c] - (c == own ? ownW : 0)) / others);
            }
        }
        return max;
    }

    /** How many of the admin-1 and town picks equal {@code p}. */
    int count(Place p) {
        long id = p.id();
        int bit = idBit(id);
        if ((idMask[bit >>> 6] & 1L << bit) == 0) {
            return 0;
        }
        int c = 0;
        for (int k = 0; k < na; k++) {
            if (adminIds[k] == id && adminPicks[k].equals(p)) {
                c++;
            }
        }
        return c;
    }

    /** The bit of {@code id} in {@link #idMask}, 0 to 255 (a multiplicative hash). */
    private static int idBit(long id) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> 56);
    }

    /**
     * The first of points [0, i] at the coordinates of point {@code i} (as {@code ==} compares them: -0.0 is
     * 0.0, and NaN is at no point, not even its own: -1), by a hash of the coordinates.
     */
    private int first(int i) {
        double lat = px[i] + 0.0;
        double lon = py[i] + 0.0;
        if (Double.isNaN(lat) || Double.isNaN(lon)) {
            return -1;
        }
        long bits = Double.doubleToLongBits(lat) * 31 + Double.doubleToLongBits(lon);
        int h = (int) (bits ^ bits >>> 32);
        for (int s = (h ^ h >>> 16) & spotMask; ; s = (s + 1) & spotMask) {
            int k = spots[s];
            if (k < 0) {
                spots[s] = i;
                return i;
            }
            if (px[k] == px[i] && py[k] == py[i]) {
                return k;
            }
        }
    }
}
