package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;

/**
 * Initialisms of the places a document is about: "SA" in a story about South African provinces is South Africa,
 * in a Saudi story Saudi Arabia, in an Australian one South Australia. A mention written as two to four capital
 * letters (dots allowed: "S.A.") whose chosen place lies in no country the rest of the document names is moved
 * to the country or admin-1 unit of the document whose name has these initials ("South Africa": SA;
 * "Democratic Republic of the Congo": DRC), the most mentioned one when several do.
 */
final class Initialisms {

    /** Confidence of a mention moved to the place its initials spell. */
    static final double CONFIDENCE = 0.5;

    private Initialisms() {
    }

    /** The letters of an initialism ("SA", "S.A." → "SA"), or null when {@code surface} is none. */
    static String letters(String surface) {
        // counted first, copied only for an initialism: asked of every mention, most of them names
        int n = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                n++;
            } else if (c != '.' || i == 0) {
                return null;
            }
        }
        if (n < 2 || n > 4) {
            return null;
        }
        if (n == surface.length()) {
            return surface;
        }
        char[] b = new char[n];
        int j = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c != '.') {
                b[j++] = c;
            }
        }
        return new String(b);
    }

    /** The initials of the capitalised words of {@code name} ("Democratic Republic of the Congo" → "DRC"). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder(4);
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (start && Character.isUpperCase(c)) {
                b.append(c);
            }
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    /**
     * {@code mentions} with every initialism that the rest of the document does not support moved to the place
     * its letters spell, when the document names one (see the class comment).
     */
    static List<Mention> apply(List<Mention> mentions, Gazetteer gazetteer) {
        Map<Place, Integer> pool = null;
        List<String> supported = null;
        List<Mention> out = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String letters = m.kind() == MentionKind.TOPONYM ? letters(m.surface()) : null;
            if (letters == null) {
                continue;
            }
            if (pool == null) {
                Map<Place, Integer> counts = new LinkedHashMap<>();
                pool = counts;
                supported = new ArrayList<>();
                for (Mention o : mentions) {
                    if (o.isResolved() && letters(o.surface()) == null && !o.place().country().isEmpty()) {
                        supported.add(o.place().country());
                        gazetteer.country(o.place().country()).ifPresent(c -> counts.merge(c, 1, Integer::sum));
                        if (o.place().isAdmin1()) {
                            counts.merge(o.place(), 1, Integer::sum);
                        }
                    }
                }
            }
            if (m.isResolved() && supported.contains(m.place().country())) {
                continue;
            }
            Place best = null;
            int n = 0;
            for (Map.Entry<Place, Integer> e : pool.entrySet()) {
                if (e.getValue() > n && letters.equals(initials(e.getKey().name()))) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            if (best != null) {
                if (out == mentions) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, new Mention(m.start(), m.end(), m.surface(), m.kind(), best, CONFIDENCE, List.of()));
            }
        }
        return out == mentions ? mentions : List.copyOf(out);
    }
}
