package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * A river and a large town of the same name ("Dnipro", "Днепр", "Дніпро"): news that names it without a river
 * word means the town (strikes, sirens, mayors); with a river word just before ("на лівому березі Дніпра", "the
 * bank of the Dnipro", "am Ufer des Dnipro", "río", "نهر") the river. Stateless.
 */
final class RiversAndTowns {

    /** A town this large is what a bare shared name means. */
    static final long LARGE_TOWN = 500_000;
    /** How many words before a name a river word may stand ("the left bank of the"). */
    private static final int CUE_WINDOW = 4;
    /** Starts of the normalised words that say "river" or "bank" in the bundled languages. */
    private static final String[] RIVER_WORDS = {"river", "bank", "riverbank", "rive", "fleuve", "ufer", "fluss",
        "flusses", "rio", "orilla", "берег", "березі", "лівобереж", "правобереж", "левобереж", "річ", "рек", "реч", "نهر", "ضف", "شاطئ"};

    private RiversAndTowns() {
    }

    /** True when every candidate is a physical feature (a river, a mountain, a sea), so no town at all. */
    static boolean onlyFeatures(List<Place> cands) {
        for (Place p : cands) {
            if (!"H".equals(p.featureClass()) && !"T".equals(p.featureClass())) {
                return false;
            }
        }
        return !cands.isEmpty();
    }

    /**
     * {@code cands} without its streams when a town of at least {@link #LARGE_TOWN} people is among them and no
     * river word comes just before the span; {@code cands} itself otherwise.
     */
    static List<Place> townsOverRivers(Tokens t, Span s, List<Place> cands) {
        boolean stream = false;
        boolean town = false;
        for (Place p : cands) {
            stream |= "STM".equals(p.featureCode());
            town |= p.isPopulatedPlace() && p.population() >= LARGE_TOWN;
        }
        if (!stream || !town || riverWordBefore(t, s.firstToken())) {
            return cands;
        }
        List<Place> out = new ArrayList<>(cands.size());
        for (Place p : cands) {
            if (!"STM".equals(p.featureCode())) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean riverWordBefore(Tokens t, int first) {
        for (int k = first - 1; k >= 0 && k >= first - CUE_WINDOW && t.joinsNext(k); k--) {
            String key = MatchKeys.keyOf(t.chars(), t.start(k), t.end(k));
            for (String w : RIVER_WORDS) {
                if (key.startsWith(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
