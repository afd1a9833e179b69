package org.conflictmap.spark;

import java.io.IOException;
import java.io.InputStream;
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

    /** How the reader names a unit's file in locations and messages (default: its unit name). */
    default String fileLabel(InputUnit unit) {
        return unit.name();
    }

    /**
     * True when the file can be read in parts (line-aligned byte ranges) with {@link #readPart} and give
     * what {@link #read} gives (default: never).
     *
     * @param head the file's first {@link org.conflictmap.ingest.JsonlParts#HEAD_BYTES} bytes (or all of it)
     */
    default boolean splittable(InputUnit unit, byte[] head) {
        return false;
    }

    /**
     * Reads one part of a splittable file into the sink.
     *
     * @param in        the part's bytes, from a line start to a line start (or the end of the file)
     * @param fileStart true for the part that starts at the file's first byte
     * @param firstLine 1-based line number of the part's first line
     * @return the unknown JSON fields met (reported once per file after the last part)
     */
    default List<String> readPart(InputUnit unit, InputStream in, boolean fileStart, long firstLine,
                                  RecordSink sink) throws IOException {
        throw new UnsupportedOperationException("no part reader");
    }

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
