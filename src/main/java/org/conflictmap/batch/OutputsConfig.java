package org.conflictmap.batch;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code outputs:} section: which data files to write. {@code events.csv} and {@code manifest.json}
 * are always written (the figure stages and nightly jobs rely on them).
 *
 * @param files the optional files to write, from {@link #OPTIONAL}
 */
public record OutputsConfig(Set<String> files) {

    /** Files that can be switched off. */
    public static final List<String> OPTIONAL = List.of("places.csv", "unresolved.csv", "errors.csv",
            "aggregates.csv", "events.geojson", "events.kml", "events.gpkg");

    /** All files on. */
    public static final OutputsConfig ALL = new OutputsConfig(Set.copyOf(OPTIONAL));

    public OutputsConfig {
        files = java.util.Collections.unmodifiableSet(new TreeSet<>(files));
    }

    /** True when the named file is to be written. */
    public boolean enabled(String file) {
        return "events.csv".equals(file) || files.contains(file);
    }
}
