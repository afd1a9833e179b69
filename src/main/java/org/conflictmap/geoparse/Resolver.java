package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.Place;

/**
 * Chooses a place for every mention of one document. Each candidate gets a prior (feature class and
 * population: a country beats a town of the same name, a capital beats a village) plus document
 * evidence, re-estimated a few times: the countries the other mentions point to (country focus), how
 * close the candidate lies to the other mentions' current choices (spatial coherence), an explicit
 * container right after the name ("Paris, Texas", "Armenia, Quindío"), one sense per discourse (all
 * mentions with the same key share one choice; an admin-1 unit or a town another name chose is what this name
 * means too: "Wash." chose the state, so does "Washington"; "Middlestown" chose the village, so does a later
 * "Middletown"; a bare name means the county its long form chose: "Suffolk" after "Suffolk County",
 * {@link LongForms}), items of a list sharing a type ("California or Washington": the state) and
 * {@link Rivals}. Confidence is the softmax share of the chosen candidate.
 * Thread-safe.
 */
public final class Resolver {

    /** A mention to resolve: its span, the reported offsets and its candidates, best prior first. */
    public record Item(Span span, int start, int end, List<Place> candidates) {

        /** An item reported at the span's own start. */
        public Item(Span span, int end, List<Place> candidates) {
            this(span, span.start(), end, candidates);
        }
    }

    private static final int MAX_CANDIDATES = 30;
    private static final int ROUNDS = 3;
    private static final int ALTERNATIVES = 4;
    private static final double KM_PER_DEGREE = 111.195;

    private final ResolverWeights w;

    /** A resolver with the hand-set weights ({@link ResolverWeights#DEFAULTS}). */
    public Resolver() {
        this(ResolverWeights.DEFAULTS);
    }

    /** A resolver with the given weights. */
    public Resolver(ResolverWeights weights) {
        this.w = java.util.Objects.requireNonNull(weights, "weights");
    }

    /** The weights of this resolver. */
    public ResolverWeights weights() {
        return w;
    }

    /** Resolves the items of one document (in text order) into mentions. */
    public List<Mention> resolve(String text, List<Item> items) {
        int n = items.size();
        if (n == 0) {
            return List.of();
        }
        // one sense per discourse: group by key (demonyms apart)
        Map<String, Group> groups = new LinkedHashMap<>();
        Group[] groupOf = new Group[n];
        Map<String, List<Place>> named = new HashMap<>(); // "Suffolk" and "Suffolk County": one sense
        for (Item it : items) {
            if (!it.span().demonym()) {
                named.putIfAbsent(it.span().key(), candidatesOf(it));
            }
        }
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            String gk = (it.span().demonym() ? "d:" : "t:") + it.span().key();
            String longForm = it.span().demonym() ? null : LongForms.of(it.span().key(), named);
            Group g = groups.computeIfAbsent(gk, k -> new Group(it.span().key(), longForm == null ? candidatesOf(it)
                    : LongForms.merge(candidatesOf(it), named.get(longForm)), w));
            g.longForm = longForm;
            g.count++;
            groupOf[i] = g;
        }
        for (Group g : groups.values()) {
            g.longGroup = g.longForm == null ? null : groups.get("t:" + g.longForm);
        }
        List<List<Place>> candsOf = new ArrayList<>(n);
        List<double[]> containerOf = new ArrayList<>(n);
        for (Group g : groupOf) {
            candsOf.add(g.cands);
            containerOf.add(g.container);
        }
        ExplicitContainers.mark(text, items, candsOf, containerOf, w.container());
        for (int i = 0; i + 1 < n; i++) { // "California or Washington": items of a list share a type
            if (groupOf[i] != groupOf[i + 1] && ExplicitContainers.isListPair(text, items, i)) {
                groupOf[i].sibling(groupOf[i + 1]);
                groupOf[i + 1].sibling(groupOf[i]);
            }
        }
        List<Group> gs = new ArrayList<>(groups.values());
        for (Group g : gs) {
            g.pick = argmax(g.prior);
        }
        int ng = gs.size();
        double[] px = new double[ng];
        double[] py = new double[ng];
        double[] pc = new double[ng];
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Double> countryWeight = new HashMap<>();
            // the admin-1 units and towns the groups chose (a place once per group that chose it)
            Place[] adminPicks = new Place[ng];
            int na = 0;
            double total = 0;
            int np = 0;
            for (Group g : gs) {
                Place p = g.chosen();
                if (p == null) {
                    continue;
                }
                if (!g.area[g.pick]) {
                    px[np] = p.lat();
                    py[np] = p.lon();
                    pc[np] = g.cos[g.pick];
                    np++;
                }
                if (g.admin1[g.pick] || p.isPopulatedPlace()) {
                    adminPicks[na++] = p;
                }
                if (p.country().isEmpty()) {
                    continue;
                }
                double vote = g.countryLike[g.pick] ? w.countryVote() : 1.0;
                countryWeight.merge(p.country(), vote, Double::sum);
                total += vote;
            }
            for (Group g : gs) {
                if (g.cands.size() <= 1) {
                    continue;
                }
                Place own = g.chosen();
                double ownW = own.country().isEmpty() ? 0 : (g.countryLike[g.pick] ? w.countryVote() : 1.0);
                boolean ownPoint = !g.area[g.pick];
                double others = total - ownW;
                double top = -1;
                int self = -2;
                for (int c = 0; c < g.cands.size(); c++) {
                    Place p = g.cands.get(c);
                    double s = g.prior[c] + g.container[c];
                    if (others > 0 && !p.country().isEmpty()) {
                        double cw = countryWeight.getOrDefault(p.country(), 0.0)
                                - (p.country().equals(own.country()) ? ownW : 0);
                        double share = Math.max(0, cw) / others;
                        if (g.countryLike[c]) {
                            // a country the rest of the document ignores, while it dwells on another one,
                            // yields to a same-named place there (Georgia, the US state, in a US story)
                            s += w.countrySelf() * share - w.foreignCountry()
                                    * Rivals.share(g.cands, c, true, countryWeight, own, ownW, others);
                        } else {
                            s += w.country() * share;
                            if (g.admin1[c] && share == 0) {
                                s -= w.foreignCountry() * Rivals.share(g.cands, c, false, countryWeight, own, ownW, others);
                            }
                        }
                    } else if (others > 0 && g.area[c]) {
                        // an ocean, a sea or a continent lies in no country and is foreign to no document
                        if (top < 0) {
                            top = maxOtherShare(countryWeight, own, ownW, others, "");
                        }
                        s += w.country() * top;
                    }
                    if (!g.area[c] && !g.hasCountry) {
                        if (self == -2) {
                            self = ownPoint ? g.pointIndex(px, py, np) : -1;
                        }
                        s += coherence(g, c, gs, px, py, pc, np, self);
                    }
                    if ((g.admin1[c] || p.isPopulatedPlace()) && !g.yielded[c]
                            && count(adminPicks, na, p) > (p.equals(own) ? 1 : 0)
                            || g.longGroup != null && p.equals(g.longGroup.chosen())) {
                        s += w.samePlace(); // "Wash." chose the state: so does "Washington"
                    }
                    if (g.siblings != null && g.siblingOfType(Priors.typeOf(p))) {
                        s += w.sibling();
                    }
                    g.score[c] = s;
                }
            }
            for (Group g : gs) {
                g.pick = argmax(g.score);
            }
        }
        List<Mention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            Group g = groupOf[i];
            Span sp = it.span();
            Place chosen = g.chosen();
            if (g.alternatives == null) {
                List<Place> alts = new ArrayList<>();
                if (chosen != null) {
                    int[] order = g.order();
                    for (int k = 0; k < order.length && alts.size() < ALTERNATIVES; k++) {
                        if (order[k] != g.pick) {
                            alts.add(g.cands.get(order[k]));
                        }
                    }
                }
                g.alternatives = List.copyOf(alts);
                g.conf = g.confidence(w.sharpness());
            }
            out.add(new Mention(it.start(), it.end(), text.substring(it.start(), it.end()),
                    sp.demonym() ? MentionKind.DEMONYM : MentionKind.TOPONYM, chosen, g.conf, g.alternatives));
        }
        return out;
    }

    /** How many of {@code places[0, n)} equal {@code p}. */
    private static int count(Place[] places, int n, Place p) {
        int c = 0;
        for (int k = 0; k < n; k++) {
            if (places[k].equals(p)) {
                c++;
            }
        }
        return c;
    }

    private static List<Place> candidatesOf(Item it) {
        List<Place> cands = it.candidates();
        if (it.span().demonym()) {
            List<Place> countries = new ArrayList<>();
            for (Place p : cands) {
                if (Priors.isCountryLike(p) || Priors.isContinent(p) || p.isAdmin1() || "RGN".equals(p.featureCode())) {
                    countries.add(p);
                }
            }
            if (!countries.isEmpty()) {
                cands = countries;
            }
        }
        return cands.size() > MAX_CANDIDATES ? cands.subList(0, MAX_CANDIDATES) : cands;
    }

    private static double maxOtherShare(Map<String, Double> countryWeight, Place own, double ownW, double others,
                                        String country) {
        double max = 0;
        for (Map.Entry<String, Double> e : countryWeight.entrySet()) {
            if (e.getKey().equals(country)) {
                continue;
            }
            double cw = e.getValue() - (own != null && e.getKey().equals(own.country()) ? ownW : 0);
            max = Math.max(max, cw / others);
        }
        return max;
    }

    /**
     * Spatial coherence: closeness to the other groups' current non-area choices (an equirectangular
     * distance, exact enough at the few hundred km that matter), lying in an admin-1 area another
     * mention names and, for a county, holding a point another mention chose (unless it is the area around a
     * same-named town).
     */
    private double coherence(Group g, int c, List<Group> gs, double[] px, double[] py, double[] pc, int np,
                                    int self) {
        Place p = g.cands.get(c);
        double lat = p.lat();
        double lon = p.lon();
        double best = Double.MAX_VALUE;
        for (int k = 0; k < np; k++) {
            if (k == self) {
                continue;
            }
            double dy = lat - px[k];
            double dx = lon - py[k];
            if (dx > 180) {
                dx -= 360;
            } else if (dx < -180) {
                dx += 360;
            }
            dx *= (g.cos[c] + pc[k]) * 0.5;
            best = Math.min(best, dx * dx + dy * dy);
        }
        double near = best == Double.MAX_VALUE ? 0 : w.near() * Math.exp(-Math.sqrt(best) * KM_PER_DEGREE / w.nearKm());
        double admin = 0;
        if (!p.admin1().isEmpty()) {
            for (Group o : gs) {
                if (o.pick < o.admin1.length && o.admin1[o.pick] && o != g) {
                    Place q = o.cands.get(o.pick);
                    if (q.country().equals(p.country()) && q.admin1().equals(p.admin1())) {
                        admin = w.admin();
                        break;
                    }
                }
            }
        }
        if (p.bbox() != null && "ADM2".equals(p.featureCode()) && !holdsNamesake(g, p)) { // holds Red Oak, Iowa
            for (int k = 0; k < np; k++) {
                if (k != self && p.bbox().contains(px[k], py[k])) {
                    admin += w.admin();
                    break;
                }
            }
        }
        return near + admin;
    }

    /** True when the county {@code county} holds a populated candidate of its own name (St. Louis, the city). */
    private static boolean holdsNamesake(Group g, Place county) {
        for (Place q : g.cands) {
            if (q.isPopulatedPlace() && county.bbox().contains(q.lat(), q.lon())) {
                return true;
            }
        }
        return false;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The mentions sharing one key and their candidate scores. */
    private static final class Group {
        final List<Place> cands;
        final double[] prior;
        final double[] container;
        final double[] score;
        int pick;
        int count;
        final boolean hasCountry;
        List<Place> alternatives;
        double conf;
        final boolean[] area;
        final boolean[] countryLike;
        final boolean[] admin1;
        final double[] cos;
        final boolean[] yielded;
        List<Group> siblings;
        String longForm;
        Group longGroup;

        Group(String key, List<Place> candidates, ResolverWeights w) {
            // one list class for every group: the resolver's loops over candidates then compile to one
            // kind of call (the gazetteer, its cache and the demonym filter hand out several)
            this.cands = new ArrayList<>(candidates);
            int n = cands.size();
            prior = new double[n];
            container = new double[n];
            score = new double[n];
            boolean country = false;
            area = new boolean[n];
            countryLike = new boolean[n];
            admin1 = new boolean[n];
            cos = new double[n];
            for (int k = 0; k < n; k++) {
                Place p = cands.get(k);
                countryLike[k] = Priors.isCountryLike(p);
                area[k] = Priors.isArea(p);
                admin1[k] = p.isAdmin1() && !p.admin1().isEmpty();
                cos[k] = Math.cos(Math.toRadians(p.lat()));
                country |= countryLike[k];
            }
            hasCountry = country;
            double[] p = CandidatePriors.of(key, cands, w);
            System.arraycopy(p, 0, prior, 0, n);
            System.arraycopy(p, 0, score, 0, n);
            yielded = new boolean[n];
            for (int k = 0; k < n; k++) {
                yielded[k] = admin1[k] && p[k] < Priors.prior(cands.get(k), k, w) - 1e-9;
            }
        }

        void sibling(Group o) {
            if (siblings == null) {
                siblings = new ArrayList<>(2);
            }
            if (!siblings.contains(o)) {
                siblings.add(o);
            }
        }

        /** True when a list sibling currently chose a place of this type ({@link Priors#typeOf}). */
        boolean siblingOfType(int type) {
            for (Group o : siblings) {
                Place q = o.chosen();
                if (q != null && Priors.typeOf(q) == type) {
                    return true;
                }
            }
            return false;
        }

        /** Index of this group's own current point among the chosen points (they are filled in group order). */
        int pointIndex(double[] px, double[] py, int np) {
            Place p = cands.get(pick);
            for (int k = 0; k < np; k++) {
                if (px[k] == p.lat() && py[k] == p.lon()) {
                    return k;
                }
            }
            return -1;
        }

        Place chosen() {
            return cands.isEmpty() ? null : cands.get(pick);
        }

        /** Candidate indexes by descending score, ties in candidate order (a stable insertion sort). */
        int[] order() {
            int[] idx = new int[cands.size()];
            for (int k = 0; k < idx.length; k++) {
                int j = k;
                while (j > 0 && Double.compare(score[k], score[idx[j - 1]]) > 0) {
                    idx[j] = idx[j - 1];
                    j--;
                }
                idx[j] = k;
            }
            return idx;
        }

        /** The pick's share of the softmax of the scores times {@code sharpness}. */
        double confidence(double sharpness) {
            if (cands.isEmpty()) {
                return 0;
            }
            double max = score[pick];
            double sum = 0;
            for (double s : score) {
                sum += Math.exp(sharpness * (s - max));
            }
            return 1.0 / sum;
        }
    }
}
