package org.conflictmap.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordSink;

/**
 * The single-machine stages the Spark job runs inside its tasks: the same reader, the same
 * geoparser + event extractor and the same merger as {@code conflictmap run}, so both engines give
 * identical results. One instance per executor JVM (see {@link JvmStages}); implementations are
 * thread-safe and free of side effects.
 */
public interface PipelineStages {

    /** Where a local unit's file is on this machine (default: its name as a path). */
    default Path localPath(InputUnit unit) {
        return Path.of(unit.name());
    }

    /**
     * Reads one input file into the sink, in file order.
     *
     * @param unit the file
     * @param file where its bytes are on this machine (the file itself, or a task-local copy of a
     *             file on a Hadoop file system)
     */
    void read(InputUnit unit, Path file, RecordSink sink) throws IOException;

    /** Geoparses an article and extracts its event reports. */
    ExtractionResult extract(Document document);

    /** Resolves an event-table row into event reports. */
    ExtractionResult extract(EventRow row);

    /**
     * Merges the reports of ONE (place, day, type) group into its event(s), exactly as the
     * single-machine merger does for that group.
     */
    List<Event> merge(List<EventMention> group);
}
