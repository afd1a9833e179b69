package org.conflictmap.gazetteer.build;

import java.nio.file.Path;

/**
 * What to build from and where to.
 *
 * @param from           folder searched recursively for source files
 * @param dataDir        folder with the project's data TSVs (regions.tsv, ...), or null for none
 * @param out            output folder (gazetteer.bin and SOURCES.md are written there)
 * @param featureClasses GeoNames feature classes to keep from the place table ("PA"), or null for all
 */
public record BuildOptions(Path from, Path dataDir, Path out, String featureClasses) {
}
