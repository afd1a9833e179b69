package org.conflictmap.geoparse;

import java.util.List;

/** The mentions found in one text, in text order, and the language the text was read as. */
public record GeoparseResult(String lang, List<Mention> mentions) {

    public GeoparseResult {
        mentions = List.copyOf(mentions);
    }
}
