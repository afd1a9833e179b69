package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** Names whose candidates' facts the resolver keeps (about as many as the geoparser's candidate cache). */
    private static final int FACTS_CACHED = 20_000;

    private final ResolverWeights w;
    private final CandidateFacts.Cache facts;
    /** Each thread's working memory (per resolver, not static: its groups hold this resolver's facts). */
    private final ThreadLocal<ResolverScratch> scratch = ThreadLocal.withInitial(() -> new ResolverScratch(ALTERNATIVES));

    /** A resolver with the hand-set weights ({@link ResolverWeights#DEFAULTS}). */
    public Resolver() {
        this(ResolverWeights.DEFAULTS);
    }

    /** A resolver with the given weights. */
    public Resolver(ResolverWeights weights) {
        this.w = java.util.Objects.requireNonNull(weights, "weights");
        this.facts = new CandidateFacts.Cache(weights, FACTS_CACHED);
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
        ResolverScratch sc = scratch.get();
        if (sc.busy) {
            sc = new ResolverScratch(ALTERNATIVES);
        }
        sc.busy = true;
        try {
            return resolve(text, items, sc);
        } finally {
            sc.finish(n);
        }
    }

    private List<Mention> resolve(String text, List<Item> items, ResolverScratch sc) {
        int n = items.size();
        // one sense per discourse: group by key (demonyms apart)
        sc.start(n);
        List<ResolverGroup> gs = sc.groups;
        ResolverGroup[] groupOf = sc.groupOf;
        Map<String, List<Place>> named = longForms(items); // "Suffolk" and "Suffolk County": one sense
        for (int i = 0; i < n; i++) {
            groupOf[i] = group(items.get(i), sc, named);
        }
        for (ResolverGroup g : gs) {
            g.longGroup = g.longForm == null ? null : sc.get(g.longForm, false);
        }
        context(text, items, groupOf, sc);
        // the per-document steps are methods of their own, called per group or per round: each compiles
        // once, early, instead of as part of one large method compiled again for each of its loops
        ResolverRound r = sc.round;
        r.start(gs);
        // a round that changes no pick leaves the next one the same evidence: the scores are final. The loop
        // always ends by its count (a document that changes picks in every round is rare, and an exit the compiler
        // has never seen taken traps and recompiles this method)
        boolean changed = true;
        for (int round = 0; round < ROUNDS; round++) {
            if (changed) {
                changed = round(gs, r);
            }
        }
        return mentions(text, items, groupOf, sc);
    }

    /**
     * The candidates of the first item of each toponym key ({@link #candidatesOf}) when one of the keys is a long
     * form ({@link #isLongForm}), else null.
     */
    private static Map<String, List<Place>> longForms(List<Item> items) {
        boolean any = false;
        for (Item it : items) {
            if (!it.span().demonym() && isLongForm(it.span().key())) {
                any = true;
                break;
            }
        }
        if (!any) {
            return null;
        }
        Map<String, List<Place>> named = new HashMap<>();
        for (Item it : items) {
            if (!it.span().demonym() && !named.containsKey(it.span().key())) {
                named.put(it.span().key(), candidatesOf(it));
            }
        }
        return named;
    }

    /**
     * The group of an item's key, new (and added to {@code gs}) when the key was not seen before; with the
     * candidates of its long form too when {@code named} (the document's names, null when none is a long
     * form) holds one.
     */
    private ResolverGroup group(Item it, ResolverScratch sc, Map<String, List<Place>> named) {
        String key = it.span().key();
        boolean demonym = it.span().demonym();
        String longForm = demonym || named == null ? null : LongForms.of(key, named);
        ResolverGroup g = sc.get(key, demonym);
        if (g == null) {
            g = sc.add(key, demonym, longForm == null ? facts.of(it)
                    : facts.uncached(key, LongForms.merge(candidatesOf(it), named.get(longForm))));
        }
        g.longForm = longForm;
        return g;
    }

    /** True when {@code key} ends with an administrative head word ({@link LongForms#HEADS}): "suffolk county". */
    private static boolean isLongForm(String key) {
        for (String head : LongForms.HEADS) {
            if (key.length() > head.length() && key.endsWith(head)
                    && key.charAt(key.length() - head.length() - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** What the punctuation between mentions says (containers, list siblings); sets the first picks. */
    private void context(String text, List<Item> items, ResolverGroup[] groupOf, ResolverScratch sc) {
        int n = items.size();
        List<List<Place>> candsOf = sc.candsOf;
        List<double[]> containerOf = sc.containerOf;
        for (int i = 0; i < n; i++) {
            ResolverGroup g = groupOf[i];
            candsOf.add(g.cands);
            containerOf.add(g.container);
            g.pick = g.best(); // the scores are the priors still
        }
        ExplicitContainers.mark(text, items, candsOf, containerOf, w.container());
        for (int i = 0; i + 1 < n; i++) { // "California or Washington": items of a list share a type
            if (groupOf[i] != groupOf[i + 1] && ExplicitContainers.isListPair(text, items, i)) {
                groupOf[i].sibling(groupOf[i + 1]);
                groupOf[i + 1].sibling(groupOf[i]);
            }
        }
    }

    /**
     * One round of re-estimation: every group's candidates scored with the current picks, then new picks;
     * true when a pick changed.
     */
    private boolean round(List<ResolverGroup> gs, ResolverRound r) {
        r.collect(gs, w);
        for (ResolverGroup g : gs) {
            if (g.cands.size() > 1) {
                score(g, r);
            }
        }
        boolean changed = false;
        for (ResolverGroup g : gs) {
            int pick = g.best();
            changed |= pick != g.pick;
            g.pick = pick;
        }
        return changed;
    }

    /**
     * The part of a country's evidence ({@link ResolverWeights#country}) that a town in another country but
     * inside the first one's box ({@link Priors#usableBox}) gets, when no mention names its own country: Gaza
     * in a story on Israel is the Palestinian city, not the Mozambican province.
     */
    static final double NEIGHBOUR_SHARE = 0.5;

    /** Scores every candidate of {@code g} with the evidence of round {@code r}. */
    private void score(ResolverGroup g, ResolverRound r) {
        CandidateFacts f = g.f;
        Place own = g.chosen();
        int ownId = f.country[g.pick];
        double ownW = ownId < 0 ? 0 : (f.countryLike[g.pick] ? w.countryVote() : 1.0);
        boolean ownPoint = !f.area[g.pick];
        double others = r.total - ownW;
        double top = -1;
        int self = -2;
        int nc = f.places.length;
        r.prominentRivals.reset();
        r.rivals.reset();
        for (int c = 0; c < nc; c++) {
            Place p = f.places[c];
            double s = f.prior[c] + g.container[c];
            int pid = f.country[c];
            if (others > 0 && pid >= 0) {
                double cw = r.weight[pid] - (pid == ownId ? ownW : 0);
                double share = Math.max(0, cw) / others;
                if (f.countryLike[c]) {
                    // a country the rest of the document ignores, while it dwells on another one,
                    // yields to a same-named place there (Georgia, the US state, in a US story)
                    if (!r.prominentRivals.ready()) {
                        r.prominentRivals.find(f, true, r.weight, r.voted, ownId, ownW, others);
                    }
                    s += w.countrySelf() * share - w.foreignCountry() * r.prominentRivals.of(f, c);
                } else {
                    s += w.country() * share;
                    if (share == 0 && r.nBoxes > 0 && !f.area[c]) {
                        // Gaza in a story on Israel: a town in the box of a country the text names
                        s += w.country() * NEIGHBOUR_SHARE * r.boxShare(f.lat[c], f.lon[c], ownId, ownW, others);
                    }
                    if (f.admin1[c] && share == 0) {
                        if (!r.rivals.ready()) {
                            r.rivals.find(f, false, r.weight, r.voted, ownId, ownW, others);
                        }
                        s -= w.foreignCountry() * r.rivals.of(f, c);
                    }
                }
            } else if (others > 0 && f.area[c]) {
                // an ocean, a sea or a continent lies in no country and is foreign to no document
                if (top < 0) {
                    top = maxOtherShare(r, ownId, ownW, others);
                }
                s += w.country() * top;
            }
            if (!f.area[c] && !f.hasCountry) {
                if (self == -2) {
                    self = ownPoint ? r.firstAt[g.point] : -1;
                }
                s += coherence(g, c, r, self);
            }
            if ((f.admin1[c] || f.populated[c]) && !f.yielded[c]
                    && r.count(p) > (p.equals(own) ? 1 : 0)
                    || g.longGroup != null && p.equals(g.longGroup.chosen())) {
                s += w.samePlace(); // "Wash." chose the state: so does "Washington"
            }
            if (g.siblings != null && g.siblingOfType(f.type[c])) {
                s += w.sibling();
            }
            g.score[c] = s;
        }
    }

    private List<Mention> mentions(String text, List<Item> items, ResolverGroup[] groupOf, ResolverScratch sc) {
        int n = items.size();
        List<Mention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            ResolverGroup g = groupOf[i];
            Span sp = it.span();
            Place chosen = g.chosen();
            if (g.alternatives == null) {
                g.alternatives = alternatives(g, chosen != null, sc);
                g.conf = g.confidence(w.sharpness());
            }
            out.add(new Mention(it.start(), it.end(), text.substring(it.start(), it.end()),
                    sp.demonym() ? MentionKind.DEMONYM : MentionKind.TOPONYM, chosen, g.conf, g.alternatives));
        }
        return out;
    }

    /**
     * The best candidates after the pick, at most {@value #ALTERNATIVES}, as an immutable list (the classes
     * {@link List#copyOf} gives, without the copies).
     */
    private static List<Place> alternatives(ResolverGroup g, boolean resolved, ResolverScratch sc) {
        if (!resolved) {
            return List.of();
        }
        int[] order = sc.order;
        Place[] alts = sc.alternatives;
        int len = g.order(order, ALTERNATIVES + 1); // the pick and the alternatives after it
        int na = 0;
        for (int k = 0; k < len && na < ALTERNATIVES; k++) {
            if (order[k] != g.pick) {
                alts[na++] = g.cands.get(order[k]);
            }
        }
        return switch (na) {
            case 0 -> List.of();
            case 1 -> List.of(alts[0]);
            case 2 -> List.of(alts[0], alts[1]);
            case 3 -> List.of(alts[0], alts[1], alts[2]);
            case 4 -> List.of(alts[0], alts[1], alts[2], alts[3]);
            default -> List.of(java.util.Arrays.copyOf(alts, na));
        };
    }

    /** The candidates the resolver considers for an item: a demonym's areas, at most {@value #MAX_CANDIDATES}. */
    static List<Place> candidatesOf(Item it) {
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

    /** The largest share of the other mentions' weight that one country has. */
    private static double maxOtherShare(ResolverRound r, int ownId, double ownW, double others) {
        double max = 0;
        for (int k = 0; k < r.nVoted; k++) {
            int id = r.votedIds[k];
            double cw = r.weight[id] - (id == ownId ? ownW : 0);
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
    private double coherence(ResolverGroup g, int c, ResolverRound r, int self) {
        CandidateFacts f = g.f;
        double lat = f.lat[c];
        double lon = f.lon[c];
        double cos = f.cos[c];
        double[] px = r.px;
        double[] py = r.py;
        double[] pc = r.pc;
        double best = Double.MAX_VALUE;
        for (int k = 0; k < r.np; k++) {
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
            dx *= (cos + pc[k]) * 0.5;
            best = Math.min(best, dx * dx + dy * dy);
        }
        double near = best == Double.MAX_VALUE ? 0 : w.near() * Math.exp(-Math.sqrt(best) * KM_PER_DEGREE / w.nearKm());
        double admin = 0;
        Place p = f.places[c];
        if (!p.admin1().isEmpty()) {
            int pid = f.country[c];
            for (int k = 0; k < r.nAdmin1; k++) {
                ResolverGroup o = r.admin1Groups[k];
                if (o != g && o.f.country[o.pick] == pid && o.f.places[o.pick].admin1().equals(p.admin1())) {
                    admin = w.admin();
                    break;
                }
            }
        }
        if (f.countyBox[c]) { // holds Red Oak, Iowa
            for (int k = 0; k < r.np; k++) {
                if (k != self && p.bbox().contains(px[k], py[k])) {
                    admin += w.admin();
                    break;
                }
            }
        }
        return near + admin;
    }

}
