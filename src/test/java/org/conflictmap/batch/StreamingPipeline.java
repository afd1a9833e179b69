package org.conflictmap.batch;

import java.io.IOException;
import java.util.ArrayList;
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
 * A pipeline that also offers {@link RunPipeline#merging()}: it collects the reports it is handed and merges
 * them with the wrapped pipeline's {@code merge}, so the runner's streaming path (reports of parsed files
 * as they come, of reused files from their cache) can be compared with the merge of the cached reports.
 */
final class StreamingPipeline implements RunPipeline {

    private final RunPipeline inner;

    StreamingPipeline(RunPipeline inner) {
        this.inner = inner;
    }

    @Override
    public void read(InputFiles.InputFile file, RecordSink sink) throws IOException {
        inner.read(file, sink);
    }

    @Override
    public GeoparseResult geoparse(Document document) {
        return inner.geoparse(document);
    }

    @Override
    public ExtractionResult extract(Document document, GeoparseResult parsed) {
        return inner.extract(document, parsed);
    }

    @Override
    public ExtractionResult extract(EventRow row) {
        return inner.extract(row);
    }

    @Override
    public List<Event> merge(Collection<EventMention> mentions) {
        return inner.merge(mentions);
    }

    @Override
    public Merging merging() {
        List<EventMention> reports = new ArrayList<>();
        return new Merging() {
            @Override
            public void add(EventMention m) {
                reports.add(m);
            }

            @Override
            public List<Event> events() {
                return inner.merge(reports);
            }
        };
    }

    @Override
    public List<AggregateRow> aggregate(List<Event> events) {
        return inner.aggregate(events);
    }
}
