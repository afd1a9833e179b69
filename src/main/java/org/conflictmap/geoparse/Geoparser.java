package org.conflictmap.geoparse;

/**
 * Text in, resolved place mentions out. Implementations are thread-safe: one instance serves
 * all threads (and, on Spark, all tasks of one executor JVM).
 */
public interface Geoparser {

    /**
     * Finds and resolves the place mentions of a text.
     *
     * @param text the document text
     * @param lang ISO 639-1 language code, or null to detect it
     */
    GeoparseResult parse(String text, String lang);
}
