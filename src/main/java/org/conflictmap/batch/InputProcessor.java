package org.conflictmap.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.export.ErrorRow;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;
import org.conflictmap.ingest.SourceLocation;
import org.conflictmap.io.AtomicFiles;

/**
 * Reads one input file, geoparses its documents on the pool (bounded window, results kept in record
 * order) and writes every result to the file's cache (see {@link ResultCache}). A document whose
 * processing throws is listed as an error and the run goes on.
 */
final class InputProcessor {

    private static final int MAX_LOGGED_FAILURES = 5;

    private final RunPipeline pipeline;
    private final ExecutorService pool;
    private final int window;
    private final RunLog log;
    private final AtomicInteger failuresLogged = new AtomicInteger();

    InputProcessor(RunPipeline pipeline, ExecutorService pool, int window, RunLog log) {
        this.pipeline = pipeline;
        this.pool = pool;
        this.window = window;
        this.log = log;
    }

    /** What one record gave: a result, or the reason it was skipped; or a reader warning (no record). */
    private record Outcome(ExtractionResult result, RecordError failure, boolean document, boolean readerWarning) {
        Outcome(ExtractionResult result, RecordError failure, boolean document) {
            this(result, failure, document, false);
        }
    }

    /** Progress callback: records so far. */
    interface Progress {
        void records(long n);
    }

    /** Processes one file into its cache file; an I/O error reading the input leaves no cache file. */
    InputCounts process(InputFiles.InputFile in, Path cacheFile, Progress progress) throws IOException {
        return process(in, cacheFile, progress, null);
    }

    /**
     * Processes one file into its cache file, also handing every event report, in record order, to
     * {@code reports} (may be null) on the calling thread.
     */
    InputCounts process(InputFiles.InputFile in, Path cacheFile, Progress progress, Consumer<EventMention> reports)
            throws IOException {
        InputCounts[] result = new InputCounts[1];
        AtomicFiles.write(cacheFile, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CacheWriter cache = new CacheWriter(w);
            Counter c = new Counter(in.name(), cache, progress, reports);
            OrderedWork<Outcome> work = new OrderedWork<>(pool, window, c::accept);
            try {
                pipeline.read(in, new RecordSink() {
                    @Override
                    public void document(Document d) {
                        work.submit(() -> process(d));
                    }

                    @Override
                    public void eventRow(EventRow r) {
                        work.submit(() -> process(r));
                    }

                    @Override
                    public void error(RecordError e) {
                        work.submitDone(new Outcome(null, e, false));
                    }

                    @Override
                    public void warning(RecordError w) {
                        work.submitDone(new Outcome(null, w, false, true));
                    }
                });
                work.finish();
            } catch (UncheckedIOException e) {
                work.cancel();
                throw e.getCause();
            } catch (RuntimeException | Error e) {
                work.cancel();
                throw e;
            }
            result[0] = c.counts();
            cache.finish(result[0]);
        });
        return result[0];
    }

    private Outcome process(Document d) {
        try {
            GeoparseResult gp = pipeline.geoparse(d);
            return new Outcome(pipeline.extract(d, gp), null, true);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(d.location(), "document '" + d.id() + "'", e);
        }
    }

    private Outcome process(EventRow r) {
        try {
            return new Outcome(pipeline.extract(r), null, false);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(r.location(), "event row '" + r.id() + "'", e);
        }
    }

    private Outcome failed(SourceLocation loc, String what, Throwable e) {
        if (failuresLogged.getAndIncrement() < MAX_LOGGED_FAILURES) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            log.error("internal error while processing " + what + " at " + loc + ":\n" + sw);
        }
        return new Outcome(null, new RecordError(loc, "internal error while processing this record: " + e), false);
    }

    /** Consumes outcomes in order (on the reading thread), writes them to the cache and counts. */
    private static final class Counter {
        private final String file;
        private final CacheWriter cache;
        private final Progress progress;
        private final Consumer<EventMention> reports;
        private long read;
        private long processed;
        private long skipped;
        private long documents;
        private long rows;
        private long warnings;
        private long mentions;

        Counter(String file, CacheWriter cache, Progress progress, Consumer<EventMention> reports) {
            this.file = file;
            this.cache = cache;
            this.progress = progress;
            this.reports = reports;
        }

        void accept(Outcome o) {
            try {
                if (o.readerWarning()) {
                    warnings++;
                    cache.error(row(o.failure(), ErrorRow.Severity.WARNING));
                    return;
                }
                read++;
                if (o.failure() != null) {
                    skipped++;
                    cache.error(row(o.failure(), ErrorRow.Severity.ERROR));
                } else {
                    processed++;
                    if (o.document()) {
                        documents++;
                    } else {
                        rows++;
                    }
                    ExtractionResult r = o.result();
                    for (EventMention m : r.mentions()) {
                        cache.mention(m);
                        if (reports != null) {
                            reports.accept(m);
                        }
                    }
                    mentions += r.mentions().size();
                    for (UnresolvedName u : r.unresolved()) {
                        cache.unresolved(u);
                    }
                    for (RecordError w : r.warnings()) {
                        warnings++;
                        cache.error(row(w, ErrorRow.Severity.WARNING));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if ((read & 255) == 0) {
                progress.records(read);
            }
        }

        private ErrorRow row(RecordError e, ErrorRow.Severity sev) {
            SourceLocation loc = e.location();
            return new ErrorRow(loc == null || loc.file() == null ? file : loc.file(), loc == null ? 0 : loc.line(),
                    sev, e.reason() == null ? "" : e.reason());
        }

        InputCounts counts() {
            return new InputCounts(read, processed, skipped, documents, rows, warnings, mentions);
        }
    }
}
