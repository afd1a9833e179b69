package org.conflictmap.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.conflictmap.batch.InputFiles;
import org.conflictmap.batch.LoadedGazetteer;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunPipeline;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;

/**
 * The components pipeline, except that on the first attempt of every Spark task the reader dies after
 * the task has delivered 10 records (a lost executor, a flaky disk): the retry must not duplicate anything.
 */
final class FailingSource implements PipelineSource {
    private static final long serialVersionUID = 1L;

    static final AtomicInteger FAILURES = new AtomicInteger();
    private static final Map<Long, AtomicInteger> RECORDS = new ConcurrentHashMap<>();

    @Override
    public LoadedGazetteer gazetteer(Path file) {
        return new ComponentsPipeline.Source().gazetteer(file);
    }

    @Override
    public RunPipeline pipeline(RunConfig config, LoadedGazetteer gazetteer) {
        RunPipeline p = new ComponentsPipeline(gazetteer.gazetteer());
        return new RunPipeline() {
            @Override
            public void read(InputFiles.InputFile file, RecordSink sink) throws IOException {
                TaskContext tc = TaskContext.get();
                if (tc == null || tc.attemptNumber() > 0) {
                    p.read(file, sink);
                    return;
                }
                AtomicInteger n = RECORDS.computeIfAbsent(tc.taskAttemptId(), k -> new AtomicInteger());
                p.read(file, new RecordSink() {
                    private void tick() {
                        if (n.incrementAndGet() == 10) {
                            FAILURES.incrementAndGet();
                            throw new IllegalStateException("executor lost (injected)");
                        }
                    }

                    @Override
                    public void document(Document d) {
                        sink.document(d);
                        tick();
                    }

                    @Override
                    public void eventRow(EventRow r) {
                        sink.eventRow(r);
                        tick();
                    }

                    @Override
                    public void error(RecordError e) {
                        sink.error(e);
                        tick();
                    }

                    @Override
                    public void warning(RecordError w) {
                        sink.warning(w);
                    }
                });
            }

            @Override
            public GeoparseResult geoparse(Document d) {
                return p.geoparse(d);
            }

            @Override
            public ExtractionResult extract(Document d, GeoparseResult g) {
                return p.extract(d, g);
            }

            @Override
            public ExtractionResult extract(EventRow r) {
                return p.extract(r);
            }

            @Override
            public List<Event> merge(Collection<EventMention> m) {
                return p.merge(m);
            }

            @Override
            public List<AggregateRow> aggregate(List<Event> e) {
                return p.aggregate(e);
            }
        };
    }
}
