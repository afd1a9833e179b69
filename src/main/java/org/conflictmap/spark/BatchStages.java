package org.conflictmap.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.batch.InputFiles;
import org.conflictmap.batch.RunPipeline;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordSink;

/** The executor side of a run: the batch runner's own pipeline, called record by record in a task. */
final class BatchStages implements PipelineStages {

    private final RunPipeline pipeline;

    BatchStages(RunPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Path localPath(InputUnit unit) {
        return ((InputFiles.InputFile) unit.source()).path();
    }

    @Override
    public void read(InputUnit unit, Path file, RecordSink sink) throws IOException {
        InputFiles.InputFile f = (InputFiles.InputFile) unit.source();
        pipeline.read(new InputFiles.InputFile(file, f.name(), f.relative(), f.config()), sink);
    }

    @Override
    public ExtractionResult extract(Document document) {
        return pipeline.extract(document, pipeline.geoparse(document));
    }

    @Override
    public ExtractionResult extract(EventRow row) {
        return pipeline.extract(row);
    }

    @Override
    public List<Event> merge(List<EventMention> group) {
        return pipeline.merge(group);
    }
}
