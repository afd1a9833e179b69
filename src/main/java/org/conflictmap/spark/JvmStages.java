package org.conflictmap.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-JVM holder of the pipeline stages: the first task of an executor that needs them builds
 * them (loading the gazetteer once), every later task of that JVM reuses them. This is the one
 * deliberate piece of static state in the Spark job: a cache of immutable, thread-safe objects.
 */
public final class JvmStages {

    private static final Map<String, PipelineStages> STAGES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> BUILDS = new ConcurrentHashMap<>();

    private JvmStages() {
    }

    /** The stages for a recipe, built on first use in this JVM. */
    public static PipelineStages get(StagesRecipe recipe) {
        return STAGES.computeIfAbsent(recipe.cacheKey(), key -> {
            BUILDS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            try {
                return recipe.build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the pipeline on this executor: " + e.getMessage(), e);
            }
        });
    }

    /** How many times stages were built in this JVM for a key (1 after any use; for tests and logs). */
    public static int builds(String cacheKey) {
        AtomicInteger n = BUILDS.get(cacheKey);
        return n == null ? 0 : n.get();
    }
}
