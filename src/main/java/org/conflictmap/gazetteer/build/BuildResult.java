package org.conflictmap.gazetteer.build;

import java.nio.file.Path;

/**
 * The outcome of a build.
 *
 * @param file   the gazetteer file written
 * @param bytes  its size
 * @param places number of places
 * @param keys   number of keys
 * @param report what was read and rejected
 */
public record BuildResult(Path file, long bytes, int places, int keys, BuildReport report) {
}
