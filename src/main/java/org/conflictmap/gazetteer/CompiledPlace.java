package org.conflictmap.gazetteer;

import java.util.Objects;

/**
 * A place as the writer stores it: the {@link Place} plus build-time flags.
 *
 * @param place   the place
 * @param curated true when it comes from the project's own data files (ranks with admin-1 in the prior)
 */
public record CompiledPlace(Place place, boolean curated) {

    public CompiledPlace {
        Objects.requireNonNull(place, "place");
    }
}
