package org.conflictmap.batch;

import java.util.Objects;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;

/**
 * The {@code events:} section: how mentions become events.
 *
 * @param minConfidence    geoparser confidence below which a mention is reported as unresolved (0..1)
 * @param precision        coarsest precision kept: PLACE keeps only places, ADMIN1 adds admin-1 units,
 *                         COUNTRY keeps country-level events too
 * @param defaultType      type of an event whose sentence matches no lexicon entry; null drops such sentences
 * @param farPointKm       an event-table row whose coordinates lie farther than this from its named place is flagged
 */
public record EventsConfig(double minConfidence, Precision precision, EventType defaultType, double farPointKm) {

    /** The defaults. */
    public static final EventsConfig DEFAULTS = new EventsConfig(0.5, Precision.COUNTRY, EventType.OTHER, 50.0);

    public EventsConfig {
        Objects.requireNonNull(precision, "precision");
    }
}
