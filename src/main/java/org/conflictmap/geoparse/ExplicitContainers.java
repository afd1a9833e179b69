package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * What the punctuation between two adjacent mentions says: "Paris, Texas" / "Moscow (Idaho)" name a place
 * and the area holding it; "Washington, New York and Boston" / "California or Washington" are items of a list.
 */
final class ExplicitContainers {

    private ExplicitContainers() {
    }

    /**
     * When a mention is followed by a comma or an opening bracket and a mention that can be a country or admin-1
     * area containing one of its candidates, that candidate gets {@code weight} and the container half of it,
     * unless a third mention follows as in a list ("Washington, New York and Boston").
     *
     * @param cands     the candidates of each item
     * @param container each item's container score per candidate, raised here
     */
    static void mark(String text, List<Resolver.Item> items, List<List<Place>> cands, List<double[]> container,
                     double weight) {
        for (int i = 0; i + 1 < items.size(); i++) {
            Resolver.Item a = items.get(i);
            Resolver.Item b = items.get(i + 1);
            if (!isContainerSeparator(text, a.end(), b.start())
                    || i + 2 < items.size() && isListGap(text, b.end(), items.get(i + 2).start())) {
                continue; // "Washington, New York and Boston" is a list, not Washington in New York
            }
            List<Place> ca = cands.get(i);
            List<Place> cb = cands.get(i + 1);
            for (int c = 0; c < ca.size(); c++) {
                Place p = ca.get(c);
                for (int d = 0; d < cb.size(); d++) {
                    Place q = cb.get(d);
                    if (p.equals(q) || p.country().isEmpty() || !p.country().equals(q.country())) {
                        continue;
                    }
                    boolean contains = Priors.isCountryLike(q)
                            || q.isAdmin1() && !q.admin1().isEmpty() && q.admin1().equals(p.admin1());
                    if (contains && !Priors.isCountryLike(p)) {
                        container.get(i)[c] = Math.max(container.get(i)[c], weight);
                        container.get(i + 1)[d] = Math.max(container.get(i + 1)[d], weight / 2);
                    }
                }
            }
        }
    }

    /**
     * True when items {@code i} and {@code i + 1} are items of a list: "California or Washington",
     * "Dover, Leeds and York"; a comma alone is a list only when the list goes on ("Paris, Texas" is not).
     */
    static boolean isListPair(String text, List<Resolver.Item> items, int i) {
        int from = items.get(i).end();
        int to = items.get(i + 1).start();
        if (!isListGap(text, from, to)) {
            return false;
        }
        return !isContainerSeparator(text, from, to)
                || i + 2 < items.size() && isListGap(text, items.get(i + 1).end(), items.get(i + 2).start());
    }

    /** ", " / " and " / ", and " / " or " between two mentions: they are items of a list. */
    static boolean isListGap(String text, int from, int to) {
        if (to <= from || to - from > 7) {
            return false;
        }
        String gap = text.substring(from, to).strip();
        return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("or") || gap.equals(", or")
                || gap.equals("&");
    }

    private static boolean isContainerSeparator(String text, int from, int to) {
        if (to - from > 3 || to <= from) {
            return false;
        }
        boolean mark = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == '(') {
                if (mark) {
                    return false;
                }
                mark = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return mark;
    }
}
