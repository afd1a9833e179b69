package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;

/**
 * A name next to a word for an administrative region ("la región de Donetsk", "in der Region Kursk", "the Idlib
 * province", "منطقة دونيتسك", "محافظة إدلب") names the region, not its same-named capital: when the candidates
 * hold an administrative unit, the towns among them are set aside; when they hold only the unit's seat, the
 * unit takes its place. Stateless.
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
        if (!headNextTo(t, s)) {
            return cands; // the usual case, told by the neighbouring words alone
        }
        boolean unit = false;
        boolean town = false;
        for (Place p : cands) {
            unit |= "A".equals(p.featureClass()) && !p.isCountry();
            town |= p.isPopulatedPlace();
        }
        if (!unit || !town) {
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

    /**
     * {@code cands} with the first-level unit that a seat among them governs put first, when a region word
     * stands next to the span and the gazetteer knows the unit by another name only ("région de Koursk":
     * the key names the town Kursk, the region is the Kursk oblast).
     */
    static List<Place> regionOfSeat(Tokens t, Span s, List<Place> cands, Gazetteer gazetteer) {
        if (!headNextTo(t, s)) {
            return cands;
        }
        for (Place p : cands) {
            if ("PPLA".equals(p.featureCode()) && !p.admin1().isEmpty()) {
                Place unit = gazetteer.admin1(p.country(), p.admin1()).orElse(null);
                if (unit == null) {
                    return cands;
                }
                List<Place> out = new ArrayList<>(cands.size());
                out.add(unit);
                for (Place q : cands) {
                    if (!q.isPopulatedPlace() && !q.equals(unit)) {
                        out.add(q);
                    }
                }
                return out;
            }
        }
        return cands;
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
