package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/**
 * Resolves given spans, each known to name a place (the "oracle spans" evaluation), including spans that are
 * no gazetteer name: buildings, districts, parks, institutions ("Holy Redeemer Church", "French Quarter",
 * "Glenrock Lagoon", "Guma LGA"). The spans that are gazetteer names are resolved together first; what they
 * choose gives the document's focus ({@link DocumentFocus}). A span that is no name then resolves to, in turn:
 * <ol>
 *   <li>the place right after it that contains it: "Cape Peron in Rockingham", "Convention Centre, Dublin"; in an
 *       admin-1 unit, the town in it the document names most ("CAMP MURRAY, Wash." in a Seattle story);</li>
 *   <li>the place its sub-name resolves to ("University of Alberta" → Alberta; of several sub-names, the
 *       longest that can name a place fitting the document), when that place fits the document
 *       ({@link DocumentFocus#fits}), else the best candidate of the sub-name that fits ("Windsor Castle" in a
 *       story about Slough is in Windsor, England, not Windsor, Ontario); a well-known place (a country, a
 *       capital, a metropolis: "Bank of Japan") is kept unless a namesake town fits ("Vienna/Fairfax Metro"
 *       in a Fairfax story is in Vienna, Virginia);</li>
 *   <li>else the town named next to it in the same sentence, when that town lies in the country of the
 *       document's focus ("held Fulham to a draw at Craven Cottage"), else the document's focus place: a street,
 *       church or lagoon no gazetteer knows most likely lies where the story is, not in the far-away namesake
 *       town of one of its words.</li>
 * </ol>
 * A far-away hamlet moved to the focus by {@link StrayPlaces} is placed in the place right after it that contains
 * it, as in 1 ("Rockingham, Northamptonshire"). Confidence of such fallbacks is low.
 */
final class FallbackResolver {

    /** Confidence of a span placed at the document's focus. */
    static final double FOCUS_CONFIDENCE = 0.05;
    /** Confidence of a span placed in the place named right after it. */
    static final double CONTAINER_CONFIDENCE = 0.4;
    private static final List<String> CONTAINER_GAPS = List.of(",", "in", ", in", "(", "at", "near", ", near");

    private final Gazetteer gazetteer;
    private final Tokenizer tokenizer;
    private final MentionFilter filter;
    private final Resolver resolver;

    FallbackResolver(Gazetteer gazetteer, Tokenizer tokenizer, MentionFilter filter, Resolver resolver) {
        this.gazetteer = gazetteer;
        this.tokenizer = tokenizer;
        this.filter = filter;
        this.resolver = resolver;
    }

    /**
     * Resolves {@code spans} ({start, end} pairs) of {@code text} in {@code lang}; one mention per span, in span
     * order.
     */
    List<Mention> resolve(String text, String lang, List<int[]> spans) {
        int n = spans.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> spans.get(i)[0]).thenComparingInt(i -> spans.get(i)[1]));
        List<Resolver.Item> named = new ArrayList<>();
        List<Integer> namedAt = new ArrayList<>();
        for (int i : order) {
            int[] se = spans.get(i);
            String key = NameNormalizer.normalize(text.substring(se[0], se[1]));
            List<Place> cands = gazetteer.candidates(key);
            if (cands.isEmpty()) { // "Киеве": a place name in an oblique case
                for (String nominative : CaseEndings.nominatives(key, lang)) {
                    cands = gazetteer.candidates(nominative);
                    if (!cands.isEmpty()) {
                        key = nominative;
                        break;
                    }
                }
            }
            if (cands.isEmpty()) { // "Saint Croix County" is listed as "St. Croix County", "Qamishli" as "Al Qamishli"
                for (String other : new String[] {NameVariants.abbreviation(key), NameVariants.article(key)}) {
                    if (other != null && cands.isEmpty()) {
                        cands = gazetteer.candidates(other);
                        key = cands.isEmpty() ? key : other;
                    }
                }
            }
            if (!cands.isEmpty()) {
                named.add(item(se, key, cands));
                namedAt.add(i);
            }
        }
        Mention[] out = new Mention[n];
        List<Mention> first = Initialisms.apply(resolver.resolve(text, named), gazetteer);
        List<Place> chosen = new ArrayList<>();
        List<Place> located = new ArrayList<>();
        for (int k = 0; k < first.size(); k++) {
            out[namedAt.get(k)] = first.get(k);
            if (first.get(k).isResolved()) {
                chosen.add(first.get(k).place());
                if (first.get(k).kind() != MentionKind.DEMONYM) {
                    located.add(first.get(k).place());
                }
            }
        }
        Mention[] before = out.clone();
        DocumentFocus focus = StrayPlaces.refocus(out, chosen, located);
        for (int o = n - 2; o >= 0; o--) { // a stray hamlet with a container: "Rockingham, Northamptonshire"
            int i = order[o];
            Mention next = out[order[o + 1]];
            if (out[i] != before[i] && next != null && next.isResolved()
                    && isContainer(text, spans.get(i)[1], next, o + 2 < n ? out[order[o + 2]] : null)) {
                out[i] = at(out[i], townIn(next.place(), out), CONTAINER_CONFIDENCE);
            }
        }
        // the other spans are looked up by a sub-name, chosen with the document's focus known
        List<Resolver.Item> all = new ArrayList<>(named);
        List<Integer> allAt = new ArrayList<>(namedAt);
        for (int i : order) {
            if (out[i] == null) {
                int[] se = spans.get(i);
                String key = subName(text.substring(se[0], se[1]), focus);
                if (key != null) {
                    all.add(item(se, key, gazetteer.candidates(key)));
                    allAt.add(i);
                }
            }
        }
        Mention[] sub = new Mention[n];
        List<List<Place>> subCands = new ArrayList<>(java.util.Collections.nCopies(n, List.<Place>of()));
        for (int k = named.size(); k < all.size(); k++) {
            subCands.set(allAt.get(k), all.get(k).candidates());
        }
        if (all.size() > named.size()) {
            List<Mention> second = resolver.resolve(text, all);
            List<Place> subChosen = new ArrayList<>();
            for (int k = named.size(); k < second.size(); k++) {
                sub[allAt.get(k)] = second.get(k);
                if (second.get(k).isResolved()) {
                    subChosen.add(second.get(k).place());
                }
            }
            if (focus.place() == null) { // nothing but sub-names: they are all the document says
                focus = DocumentFocus.of(subChosen);
            }
        }
        Place home = focus.place();
        for (int o = n - 1; o >= 0; o--) { // right to left: a container is placed before what it contains
            int i = order[o];
            if (out[i] != null) {
                continue;
            }
            int[] se = spans.get(i);
            Mention base = new Mention(se[0], se[1], text.substring(se[0], se[1]), MentionKind.TOPONYM, null, 0,
                    List.of());
            Mention next = o + 1 < n ? out[order[o + 1]] : null;
            Place p = sub[i] != null && sub[i].isResolved() ? sub[i].place() : null;
            if (next != null && next.isResolved() && isContainer(text, se[1], next, o + 2 < n ? out[order[o + 2]] : null)
                    && (p == null || !DocumentFocus.within(p, next.place()))) {
                out[i] = at(base, townIn(next.place(), out), CONTAINER_CONFIDENCE);
            } else if (p != null) {
                boolean known = !sub[i].kind().equals(MentionKind.DEMONYM) && isWellKnown(p);
                Place fit = focus.fits(p) || home == null ? p : firstFitting(subCands.get(i), focus);
                if (known && (fit == null || !fit.isPopulatedPlace())) {
                    fit = p;
                }
                out[i] = fit == null ? at(sub[i], local(text, se, out, home), FOCUS_CONFIDENCE)
                        : at(sub[i], fit, fit.equals(p) ? sub[i].confidence() / 2 : FOCUS_CONFIDENCE);
            } else {
                out[i] = home == null ? base : at(base, local(text, se, out, home), FOCUS_CONFIDENCE);
            }
        }
        return List.of(out);
    }

    /** Largest gap, in characters, between a span and the town named next to it in the same sentence. */
    static final int LOCAL_CHARS = 120;

    /**
     * Where a span no gazetteer name places lies: the town (a resolved point, not a fallback itself, not its
     * neighbour in a list) named closest to it within {@value #LOCAL_CHARS} characters in the same sentence, when
     * that town lies in the
     * country of the document's focus ("held Fulham to a draw at Craven Cottage"); else the focus {@code home}.
     */
    private static Place local(String text, int[] se, Mention[] out, Place home) {
        Place best = null;
        int bestD = Integer.MAX_VALUE;
        for (Mention m : out) {
            if (m == null || !m.isResolved() || m.kind() == MentionKind.DEMONYM || Priors.isArea(m.place())
                    || m.confidence() <= FOCUS_CONFIDENCE) {
                continue;
            }
            int d = m.end() <= se[0] ? se[0] - m.end() : m.start() >= se[1] ? m.start() - se[1] : Integer.MAX_VALUE;
            int from = Math.min(m.end(), se[1]);
            int to = Math.max(m.start(), se[0]);
            if (d <= LOCAL_CHARS && d < bestD && !crossesSentence(text, from, to)
                    && !ExplicitContainers.isListGap(text, from, to)) {
                best = m.place();
                bestD = d;
            }
        }
        return best != null && home != null && best.country().equals(home.country()) ? best : home;
    }

    /**
     * Where in the container {@code c} a span lies: for an admin-1 unit, the town in it that the document names
     * most ("CAMP MURRAY, Wash." in a story that names Seattle twice: near Seattle, not at the state's middle);
     * else {@code c} itself.
     */
    private static Place townIn(Place c, Mention[] out) {
        if (!c.isAdmin1() || c.admin1().isEmpty()) {
            return c;
        }
        java.util.Map<Place, Integer> count = new java.util.LinkedHashMap<>();
        for (Mention m : out) {
            if (m != null && m.isResolved() && m.kind() == MentionKind.TOPONYM && m.place().isPopulatedPlace()
                    && m.confidence() > FOCUS_CONFIDENCE && DocumentFocus.within(m.place(), c)) {
                count.merge(m.place(), 1, Integer::sum);
            }
        }
        Place best = c;
        int n = 0;
        for (java.util.Map.Entry<Place, Integer> e : count.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** True when a sentence ends between {@code from} and {@code to}: . ! ? or a line break, then a space. */
    private static boolean crossesSentence(String text, int from, int to) {
        for (int k = from; k < to && k < text.length(); k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?' || c == '\n')
                    && (k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The first (best prior) of {@code cands} that fits the document, or null. */
    private static Place firstFitting(List<Place> cands, DocumentFocus focus) {
        for (Place c : cands) {
            if (focus.fits(c)) {
                return c;
            }
        }
        return null;
    }

    private Resolver.Item item(int[] se, String key, List<Place> cands) {
        return new Resolver.Item(new Span(se[0], se[1], -1, -1, key, gazetteer.isDemonymKey(key)), se[1], cands);
    }

    /**
     * True when the mention {@code next} names the place that holds the span ending at {@code end}: "Cape
     * Peron in Rockingham", "Convention Centre, Dublin", but not "Rockingham, Dover and Leeds" (a list).
     */
    private static boolean isContainer(String text, int end, Mention next, Mention after) {
        if (next.start() <= end || next.start() - end > 8) {
            return false;
        }
        String gap = text.substring(end, next.start()).strip();
        if (!CONTAINER_GAPS.contains(gap)) {
            return false;
        }
        return !gap.equals(",") || after == null || !ExplicitContainers.isListGap(text, next.end(), after.start());
    }

    /** A country, continent, capital or metropolis: a sub-name naming one keeps it. */
    private static boolean isWellKnown(Place p) {
        return Priors.isVeryProminent(p);
    }

    private static Mention at(Mention m, Place p, double confidence) {
        return new Mention(m.start(), m.end(), m.surface(), m.kind(), p, confidence,
                p.equals(m.place()) ? m.alternatives() : List.of());
    }

    private static List<Mention> unresolvedRest(String text, List<int[]> spans, Mention[] out) {
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                int[] se = spans.get(i);
                out[i] = new Mention(se[0], se[1], text.substring(se[0], se[1]), MentionKind.TOPONYM, null, 0, List.of());
            }
        }
        return List.of(out);
    }

    /** ", " / " in " / " (" / " at " / " near " between a span and the place after it. */
    private static boolean isContainerGap(String text, int from, int to) {
        if (to <= from || to - from > 8) {
            return false;
        }
        return CONTAINER_GAPS.contains(text.substring(from, to).strip());
    }

    /**
     * The sub-name to look a span up by: of its capitalised sub-names ("University of California" → California,
     * "Orange County" → Orange), never a lone generic word ("University", "Bank", "Tower") unless it names a
     * prominent place by its own name, a demonym or an abbreviation ("Island", Iceland's name in Icelandic, is
     * not the country in "Fire Island"; "European", "US" are Europe and the United States), the longest one that can name a place fitting the document (see
     * {@link DocumentFocus#fits}), else the longest one that can name a place in a country the document
     * mentions, else the longest one; null when there is none.
     */
    private String subName(String surface, DocumentFocus focus) {
        Tokens t = tokenizer.tokenize(surface);
        String first = null;
        String inCountry = null;
        for (int len = t.size() - 1; len >= 1; len--) {
            for (int i = 0; i + len <= t.size(); i++) {
                if ((t.flags(i) & (Tokens.CAP | Tokens.UNCASED)) == 0) {
                    continue;
                }
                String k = NameNormalizer.normalize(surface.substring(t.start(i), t.end(i + len - 1)));
                if (k.isEmpty() || !gazetteer.containsKey(k)) {
                    continue;
                }
                List<Place> cands = gazetteer.candidates(k);
                if (len == 1 && filter.isGenericWord(surface, t.start(i), t.end(i)) && !(isProminent(cands)
                        && (gazetteer.isDemonymKey(k) || isUpperCase(surface, t.start(i), t.end(i))
                            || NameNormalizer.normalize(cands.get(0).name()).equals(k)))) {
                    continue;
                }
                for (Place c : cands) {
                    if (focus.fits(c)) {
                        return k;
                    }
                    if (inCountry == null && focus.mentionsIn(c.country()) > 0) {
                        inCountry = k;
                    }
                }
                if (first == null) {
                    first = k;
                }
            }
        }
        return inCountry != null ? inCountry : first;
    }

    private static boolean isProminent(List<Place> cands) {
        return !cands.isEmpty() && Priors.isProminent(cands.get(0));
    }

    private static boolean isUpperCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
