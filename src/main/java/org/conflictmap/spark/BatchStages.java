package org.conflictmap.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.batch.InputFiles;
import org.conflictmap.batch.RunPipeline;
import org.conflictmap.batch.StandardPipeline;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.JsonlParts;
import org.conflictmap.ingest.RecordSink;

/**
 * The executor side of a run: the batch runner's own pipeline, called record by record in a task. The
 * file is read at its absolute path (or a task-local copy) and every location is renamed back to the
 * path the local run reports. With the standard reader, large JSONL files are read in parts
 * ({@link JsonlParts}, the reader's own line reader).
 */
final class BatchStages implements PipelineStages {

    private final RunPipeline pipeline;
    private final boolean standardReader;

    BatchStages(RunPipeline pipeline, boolean standardReader) {
        this.pipeline = pipeline;
        this.standardReader = standardReader;
    }

    private static InputFiles.InputFile file(InputUnit unit) {
        return ((BatchInput) unit.source()).file();
    }

    @Override
    public Path localPath(InputUnit unit) {
        return Path.of(((BatchInput) unit.source()).absolutePath());
    }

    @Override
    public String fileLabel(InputUnit unit) {
        InputFiles.InputFile f = file(unit);
        return f.path() == null ? f.name() : f.path().toString();
    }

    @Override
    public void read(InputUnit unit, Path file, RecordSink sink) throws IOException {
        InputFiles.InputFile f = file(unit);
        String local = fileLabel(unit);
        String here = file.toString();
        RecordSink out = here.equals(local) ? sink : new RelabelSink(here, local, sink);
        pipeline.read(new InputFiles.InputFile(file, f.name(), f.relative(), f.config()), out);
    }

    @Override
    public boolean splittable(InputUnit unit, byte[] head) {
        InputFiles.InputFile f = file(unit);
        return standardReader && JsonlParts.splittable(f.relative() != null ? f.relative() : f.name(), head);
    }

    @Override
    public List<String> readPart(InputUnit unit, InputStream in, boolean fileStart, long firstLine, RecordSink sink)
            throws IOException {
        return JsonlParts.read(in, fileStart, fileLabel(unit), firstLine, StandardPipeline.spec(file(unit).config()),
                sink);
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
