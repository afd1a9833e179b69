package org.conflictmap.geoparse;

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
     * The largest share, among the document's other mentions, of the country of a rival of candidate {@code c}
     * lying in another country.
     *
     * @param prominentOnly count only prominent rivals
     * @param weight        mention weight per country number ({@link CandidateFacts#country}) over the whole
     *                      document; {@code voted} says which countries have any
     * @param own           the country number of the group's current choice, whose own weight {@code ownW} is
     *                      not evidence
     * @param others        total weight of the other mentions (positive)
     */
    static double share(CandidateFacts f, int c, boolean prominentOnly, double[] weight, boolean[] voted, int own,
                        double ownW, double others) {
        int country = f.country[c];
        double max = 0;
        for (int j = 0; j < f.country.length; j++) {
            int qc = f.country[j];
            if (j == c || qc < 0 || qc == country || f.countryLike[j] || prominentOnly && !f.prominent[j]) {
                continue;
            }
            if (voted[qc]) {
                max = Math.max(max, (weight[qc] - (qc == own ? ownW : 0)) / others);
            }
        }
        return max;
    }

    /**
     * {@link #share} for every candidate of one name at once: the two largest shares of distinct rival
     * countries, found in one pass over the candidates; {@link #of} then answers in constant time, with exactly
     * the value {@link #share} computes. Reused from group to group ({@link #reset}).
     */
    static final class Top {
        private int country1 = -1;
        private double best;
        private double second;
        private boolean ready;

        /** Forgets the last group's values. */
        void reset() {
            ready = false;
        }

        /** True when the values of the current group are known. */
        boolean ready() {
            return ready;
        }

        /** Finds the two best rival countries among the candidates of {@code f}; arguments as {@link #share}. */
        void find(CandidateFacts f, boolean prominentOnly, double[] weight, boolean[] voted, int own, double ownW,
                  double others) {
            int c1 = -1;
            double v1 = 0;
            double v2 = 0;
            for (int j = 0; j < f.country.length; j++) {
                int qc = f.country[j];
                if (qc < 0 || f.countryLike[j] || prominentOnly && !f.prominent[j] || !voted[qc]) {
                    continue;
                }
                double v = (weight[qc] - (qc == own ? ownW : 0)) / others;
                if (qc == c1) {
                    v1 = Math.max(v1, v);
                } else if (v > v1) {
                    v2 = v1;
                    v1 = v;
                    c1 = qc;
                } else {
                    v2 = Math.max(v2, v);
                }
            }
            country1 = c1;
            best = v1;
            second = v2;
            ready = true;
        }

        /** {@link #share} of candidate {@code c} of the group {@link #find} looked at. */
        double of(CandidateFacts f, int c) {
            return f.country[c] == country1 ? second : best;
        }
    }
}