package org.conflictmap.batch;

import java.nio.file.Path;
import java.util.Objects;
import org.conflictmap.gazetteer.Gazetteer;

/**
 * The gazetteer of a run and where it came from.
 *
 * @param gazetteer the gazetteer
 * @param file      its file, or null for an in-memory gazetteer
 * @param sha256    SHA-256 of the file (or of the description for in-memory ones), hex
 */
public record LoadedGazetteer(Gazetteer gazetteer, Path file, String sha256) {

    public LoadedGazetteer {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Wraps an in-memory gazetteer (tests, user place lists). */
    public static LoadedGazetteer inMemory(Gazetteer g) {
        return new LoadedGazetteer(g, null, Hashing.sha256(g.description()));
    }

    /** Finds and opens the gazetteer of a run. */
    @FunctionalInterface
    public interface Provider {
        /**
         * @param configured the configured gazetteer file, or null for the default lookup
         */
        LoadedGazetteer load(Path configured) throws RunException;
    }
}
