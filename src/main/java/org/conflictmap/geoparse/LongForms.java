package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.gazetteer.Place;

/**
 * One sense per discourse across a bare name and its long form with an administrative head word: a story that
 * names "Suffolk County" means that county by a later "Suffolk" too, even when the bare name's own candidates
 * (Suffolk, Virginia; Suffolk, England) do not hold it. The long form's candidates join the bare name's, and the
 * place the long form chose counts as another name of the document choosing it.
 */
final class LongForms {

    /** English head words of administrative units that follow the name ("Suffolk County", "Orleans Parish"). */
    static final List<String> HEADS = List.of("county", "parish", "borough", "province", "district", "region");

    private LongForms() {
    }

    /** The key of the long form of {@code key} among {@code keys}, or null when the document names none. */
    static String of(String key, Map<String, ?> keys) {
        for (String head : HEADS) {
            String k = key + " " + head;
            if (keys.containsKey(k)) {
                return k;
            }
        }
        return null;
    }

    /** {@code cands} followed by those of {@code longForm} not among them. */
    static List<Place> merge(List<Place> cands, List<Place> longForm) {
        Set<Place> seen = new HashSet<>(cands);
        List<Place> out = new ArrayList<>(cands);
        for (Place p : longForm) {
            if (seen.add(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
