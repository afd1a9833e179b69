package org.conflictmap.spark;

import org.conflictmap.events.EventMention;

/**
 * The shuffle key of event reports: place id, day, type. Only primitive components, so the hash
 * (and thus the partition) of a key is the same in every executor JVM (an enum's own hash is not).
 */
public record GroupKey(long placeId, long epochDay, int typeOrdinal) {

    /** The key of one event report. */
    public static GroupKey of(EventMention m) {
        return new GroupKey(m.place().id(), m.date().toEpochDay(), m.type().ordinal());
    }
}
