package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;

/**
 * Given spans (each known to name a place) whose only fitting reading is a far-away hamlet: a span whose chosen
 * place is a minor populated place (under {@value #MINOR_POPULATION} people, not a capital) that fits nothing
 * else the document names ({@link DocumentFocus#fits}: no mentioned point within reach, not in a mentioned
 * admin-1 unit) is most likely a place the gazetteer does not list (an airport, a suburb, a landmark: "Heathrow"
 * in a London story is not Heathrow, Florida) and is placed at the focus of the rest of the document, with
 * low confidence. So is a town of any size short of prominent that fits nothing else and is named by another
 * name, not a spelling of its own ("South Side", a nickname of Eltingville, New York, in a Chicago story). The
 * focus is taken without such stray places, so that they cannot pull it away.
 */
final class StrayPlaces {

    /** A populated place below this population is minor. */
    static final long MINOR_POPULATION = 10_000;

    private StrayPlaces() {
    }

    /**
     * The focus of the document without its stray places; each stray mention in {@code out} (indexed by span,
     * null where not resolved yet) is moved to that focus. {@code chosen} and {@code located} are the places of
     * the resolved mentions and of those among them that say where (not demonyms).
     */
    static DocumentFocus refocus(Mention[] out, List<Place> chosen, List<Place> located) {
        DocumentFocus focus = DocumentFocus.of(chosen, located);
        List<Place> stray = new ArrayList<>();
        for (Place p : located) {
            if (isMinor(p) && !focus.fits(p) && !stray.contains(p)) {
                stray.add(p);
            }
        }
        for (Mention m : out) { // "South Side", a nickname of Eltingville, New York, in a Chicago story
            if (m != null && m.isResolved() && m.kind() == MentionKind.TOPONYM && isByOtherName(m)
                    && !focus.fits(m.place()) && !stray.contains(m.place())) {
                stray.add(m.place());
            }
        }
        if (stray.isEmpty()) {
            return focus;
        }
        List<Place> keptChosen = new ArrayList<>(chosen);
        keptChosen.removeAll(stray);
        List<Place> keptLocated = new ArrayList<>(located);
        keptLocated.removeAll(stray);
        if (keptLocated.isEmpty()) {
            return focus;
        }
        DocumentFocus rest = DocumentFocus.of(keptChosen, keptLocated);
        Place home = rest.place();
        if (home == null) {
            return focus;
        }
        for (int i = 0; i < out.length; i++) {
            Mention m = out[i];
            if (m != null && m.isResolved() && m.kind() == MentionKind.TOPONYM && stray.contains(m.place())) {
                out[i] = new Mention(m.start(), m.end(), m.surface(), m.kind(), home,
                        FallbackResolver.FOCUS_CONFIDENCE, List.of());
            }
        }
        return rest;
    }

    /**
     * The mentions an end-to-end parse kept, a stray one (a hamlet far from everything else the story names, a
     * town named by a nickname) placed at the focus of the rest with low confidence ({@link #refocus}): "fled to Tawila" in a story
     * on Darfur is not the Yemeni hamlet, the only Tawila the gazetteer has.
     */
    static List<Mention> placedAtFocus(List<Mention> kept) {
        if (!anyStrayCandidate(kept)) {
            return kept; // most stories: no hamlet and no nickname, no focus to work out
        }
        List<Place> chosen = new ArrayList<>(kept.size());
        List<Place> located = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            if (m.isResolved()) {
                chosen.add(m.place());
                if (m.kind() != MentionKind.DEMONYM) {
                    located.add(m.place());
                }
            }
        }
        if (located.size() < 2) {
            return kept;
        }
        Mention[] out = kept.toArray(new Mention[0]);
        refocus(out, chosen, located);
        return java.util.Arrays.asList(out);
    }

    /** True when some resolved toponym is a hamlet or a town named by another name: one that may be moved. */
    private static boolean anyStrayCandidate(List<Mention> kept) {
        for (Mention m : kept) {
            if (m.isResolved() && m.kind() == MentionKind.TOPONYM
                    && (isMinor(m.place()) || isByOtherName(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A populated place, not prominent ({@link Priors#isProminent}), that the mention names by another name, not
     * a spelling of its own ({@link CandidatePriors#isUnrelatedName}: a nickname, a translation).
     */
    static boolean isByOtherName(Mention m) {
        Place p = m.place();
        return p.isPopulatedPlace() && !Priors.isProminent(p)
                && CandidatePriors.isUnrelatedName(NameNormalizer.normalize(m.surface()), p.name());
    }

    /** A populated place, not a capital, with fewer than {@value #MINOR_POPULATION} people. */
    static boolean isMinor(Place p) {
        return p.isPopulatedPlace() && !"PPLC".equals(p.featureCode()) && p.population() < MINOR_POPULATION;
    }
}
