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

/**
 * The executor side of a run: the batch runner's own pipeline, called record by record in a task. The
 * file is read at its absolute path (or a task-local copy) and every location is renamed back to the
 * path the local run reports.
 */
final class BatchStages implements PipelineStages {

    private final RunPipeline pipeline;

    BatchStages(RunPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Path localPath(InputUnit unit) {
        return Path.of(((BatchInput) unit.source()).absolutePath());
    }

    @Override
    public void read(InputUnit unit, Path file, RecordSink sink) throws IOException {
        InputFiles.InputFile f = ((BatchInput) unit.source()).file();
        String local = f.path().toString();
        String here = file.toString();
        RecordSink out = here.equals(local) ? sink : new RelabelSink(here, local, sink);
        pipeline.read(new InputFiles.InputFile(file, f.name(), f.relative(), f.config()), out);
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
