package org.conflictmap.spark;

import java.io.IOException;
import java.io.Serializable;

/**
 * How to build the {@link PipelineStages} on an executor: shipped inside Spark closures, built at
 * most once per JVM and key. Building must be deterministic (same recipe, same stages).
 */
public interface StagesRecipe extends Serializable {

    /** Identifies the stages this recipe builds (e.g. gazetteer file and options); the per-JVM cache key. */
    String cacheKey();

    /** Builds the stages (loads the gazetteer, ...). Called once per JVM and key. */
    PipelineStages build() throws IOException;
}
