package org.conflictmap.geoparse;

import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * A place mention found in a text and, when resolved, the place it refers to.
 *
 * @param start        offset of the first char (Java String index)
 * @param end          offset after the last char (exclusive)
 * @param surface      the text between start and end
 * @param kind         toponym or demonym
 * @param place        the resolved place, or null when unresolved
 * @param confidence   0..1 confidence of the resolution
 * @param alternatives other candidates, best first (may be empty)
 */
public record Mention(int start, int end, String surface, MentionKind kind, Place place,
                      double confidence, List<Place> alternatives) {

    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** True when a place was chosen. */
    public boolean isResolved() {
        return place != null;
    }
}
