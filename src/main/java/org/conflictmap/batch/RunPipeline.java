package org.conflictmap.batch;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordSink;

/**
 * The stage implementations one run uses, bound to its configuration and gazetteer. The batch runner
 * only orchestrates; {@link StandardPipeline} wires the real readers, geoparser and event builder.
 * {@link #geoparse} and both {@code extract} methods are called from several threads at once.
 */
public interface RunPipeline {

    /**
     * Streams the records of one input file into the sink (errors as {@link org.conflictmap.ingest.RecordError}s).
     * A file of a folder input is read as the reader reads it within its folder (ids relative to the folder).
     */
    void read(InputFiles.InputFile file, RecordSink sink) throws IOException;

    /** Finds and resolves the place mentions of a document. */
    GeoparseResult geoparse(Document document);

    /** Event reports, unresolved names and warnings of a geoparsed document. */
    ExtractionResult extract(Document document, GeoparseResult parsed);

    /** Event reports, unresolved names and warnings of an event-table row. */
    ExtractionResult extract(EventRow row);

    /**
     * Merges reports of the same place, day and type into events, sorted by day, type and place id. The
     * result must not depend on the order of the reports, and reports of different events must not affect
     * each other: large runs merge the reports in partitions (see PartitionedMerge). Iterate once.
     */
    List<Event> merge(Collection<EventMention> mentions);

    /**
     * An incremental form of {@link #merge}: reports are added as they are produced (in input order) and
     * the events are taken once at the end; the events must equal {@code merge} over the same reports.
     * Null (the default) makes the runner merge the cached reports with {@link #merge} after reading.
     */
    default Merging merging() {
        return null;
    }

    /** Counts by place, country, admin-1, day/week/month and type. */
    List<AggregateRow> aggregate(List<Event> events);

    /** Merges reports as they arrive (see {@link #merging()}). Used by one thread. */
    interface Merging {
        /** Adds one report. */
        void add(EventMention m);

        /** The events of all reports added, as {@link #merge} sorts them. */
        List<Event> events();
    }

    /** Builds the pipeline of a run. */
    @FunctionalInterface
    interface Factory {
        RunPipeline create(RunConfig config, LoadedGazetteer gazetteer) throws RunException;
    }
}
