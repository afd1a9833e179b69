package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * A name next to a word for an administrative region ("la región de Donetsk", "in der Region Kursk", "the Idlib
 * province", "منطقة دونيتسك", "محافظة إدلب") names the region, not its same-named capital: when the candidates
 * hold an administrative unit, the towns among them are set aside. Stateless.
 */
final class RegionHeads {

    /** Words for a first-level or second-level region, normalised. */
    private static final WordSet HEADS = WordSet.of(List.of("region", "regions", "región", "région", "regione",
            "province", "provincia", "provinz", "oblast", "gebiet", "departamento", "département", "department",
            "governorate", "gouvernorat", "gobernación", "محافظة", "منطقة", "ولاية", "إقليم"));
    /** Links between a head and its name ("región de", "province of"). */
    private static final WordSet LINKS = WordSet.of(List.of("de", "del", "of", "d", "di"));

    private RegionHeads() {
    }

    /** {@code cands} without its towns when a region word stands next to the span and a unit is among them. */
    static List<Place> regionOverTowns(Tokens t, Span s, List<Place> cands) {
        boolean unit = false;
        boolean town = false;
        for (Place p : cands) {
            unit |= "A".equals(p.featureClass()) && !p.isCountry();
            town |= p.isPopulatedPlace();
        }
        if (!unit || !town || !headNextTo(t, s)) {
            return cands;
        }
        List<Place> out = new ArrayList<>(cands.size());
        for (Place p : cands) {
            if (!p.isPopulatedPlace()) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean headNextTo(Tokens t, Span s) {
        String text = t.text();
        int p = s.firstToken() - 1;
        if (p > 0 && t.joinsNext(p) && LINKS.contains(text, t.start(p), t.end(p))) {
            p--;
        }
        if (p >= 0 && t.joinsNext(p) && HEADS.contains(text, t.start(p), t.end(p))) {
            return true;
        }
        int n = s.lastToken() + 1;
        return n < t.size() && t.joinsNext(s.lastToken()) && HEADS.contains(text, t.start(n), t.end(n));
    }
}
