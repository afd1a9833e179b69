package org.conflictmap.geoparse.eval;

import java.util.List;

/**
 * One gold-standard document.
 *
 * @param id       document id
 * @param lang     language, or null
 * @param text     the text
 * @param toponyms the annotated spans
 */
public record GoldDocument(String id, String lang, String text, List<GoldSpan> toponyms) {

    public GoldDocument {
        toponyms = List.copyOf(toponyms);
    }

    /**
     * One annotated span.
     *
     * @param start    first char
     * @param end      after the last char
     * @param surface  the annotated text
     * @param role     how the metrics treat it
     * @param lat      gold latitude, or NaN
     * @param lon      gold longitude, or NaN
     */
    public record GoldSpan(int start, int end, String surface, Role role, double lat, double lon) {

        /** True when the span has gold coordinates. */
        public boolean hasCoordinates() {
            return !Double.isNaN(lat) && !Double.isNaN(lon);
        }
    }

    /** What a gold span counts as. */
    public enum Role {
        /** A toponym that recognition is scored on. */
        COUNTED,
        /** A span a prediction may hit without penalty ("optional" in hand-made files). */
        OPTIONAL,
        /** Annotated but not scored (demonyms in hand-made files, GWN toponyms without a GeoNames id). */
        NOT_COUNTED
    }
}
