package org.conflictmap.geoparse;

import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.Place;

/**
 * How strongly a document points away from one candidate of a name, towards a same-named rival: the largest
 * share of the document's other mentions that fall in the country of a rival candidate. A country or an
 * admin-1 unit the rest of the document ignores, while it dwells on the country of a rival, yields to that
 * rival (Georgia, the US state, in a US story; Manchester, England, not the Jamaican parish, in a British
 * story). A country yields only to a prominent rival ({@link Priors#isProminent}): "Mexico" in a US story
 * is still the country, not Mexico, Missouri.
 */
final class Rivals {

    private Rivals() {
    }

    /**
     * The largest share, among the document's other mentions, of the country of a rival of {@code cands.get(c)}
     * lying in another country.
     *
     * @param prominentOnly count only prominent rivals
     * @param weight        mention weight per country over the whole document
     * @param own           the group's current choice, whose own weight {@code ownW} is not evidence
     * @param others        total weight of the other mentions (positive)
     */
    static double share(List<Place> cands, int c, boolean prominentOnly, Map<String, Double> weight, Place own,
                        double ownW, double others) {
        String country = cands.get(c).country();
        double max = 0;
        for (int j = 0; j < cands.size(); j++) {
            Place q = cands.get(j);
            String qc = q.country();
            if (j == c || qc.isEmpty() || qc.equals(country) || Priors.isCountryLike(q)
                    || prominentOnly && !Priors.isProminent(q)) {
                continue;
            }
            Double w = weight.get(qc);
            if (w != null) {
                max = Math.max(max, (w - (own != null && qc.equals(own.country()) ? ownW : 0)) / others);
            }
        }
        return max;
    }
}
