package org.conflictmap.spark;

import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.ingest.RecordError;

/**
 * What the Spark job brings back to the driver, in the single-machine run's order: the merged events,
 * the unresolved names, the reader errors and extraction warnings, and per-file statistics.
 */
public record CollectedRun(List<Event> events, List<UnresolvedName> unresolved, List<RecordError> errors,
                           List<RecordError> warnings, List<UnitStats> files) {

    public CollectedRun {
        events = List.copyOf(events);
        unresolved = List.copyOf(unresolved);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }

    /** Articles read. */
    public long documents() {
        return files.stream().mapToLong(UnitStats::documents).sum();
    }

    /** Event-table rows read. */
    public long rows() {
        return files.stream().mapToLong(UnitStats::rows).sum();
    }

    /** Records that could not be read. */
    public long badRecords() {
        return files.stream().mapToLong(UnitStats::errors).sum();
    }

    /** Event reports before merging. */
    public long mentions() {
        return files.stream().mapToLong(UnitStats::mentions).sum();
    }
}
