package org.conflictmap.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.export.ErrorRow;
import org.conflictmap.export.ReportCsv;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.SourceLocation;

/** The passes over the cached results of a run's inputs, in input order. */
final class CachedResults {

    private CachedResults() {
    }

    /** First pass over the cached results: errors.csv rows, unresolved names, counts. */
    static final class ErrorsPass {
        final List<InputFiles.InputFile> files;
        final List<String> keys;
        final Map<Integer, String> failures;
        final StateStore state;
        final Summaries.Unresolved unresolved = new Summaries.Unresolved();
        final List<InputCounts> perFile = new ArrayList<>();
        final Map<String, Long> reasons = new TreeMap<>();
        InputCounts total = InputCounts.ZERO;
        long mentions;

        final List<RecordError> listingErrors;

        ErrorsPass(List<InputFiles.InputFile> files, List<String> keys, Map<Integer, String> failures,
                   StateStore state, List<RecordError> listingErrors) {
            this.listingErrors = listingErrors;
            this.files = files;
            this.keys = keys;
            this.failures = failures;
            this.state = state;
        }

        void run(CSVPrinter printer) throws IOException {
            ResultCache.Interner interner = new ResultCache.Interner();
            for (RecordError e : listingErrors) {
                SourceLocation loc = e.location();
                ErrorRow row = new ErrorRow(loc == null ? "" : loc.file(), loc == null ? 0 : loc.line(),
                        ErrorRow.Severity.ERROR, e.reason());
                reasons.merge(RunCounts.reasonKey(e.reason()), 1L, Long::sum);
                total = total.plus(new InputCounts(1, 0, 1, 0, 0, 0, 0));
                if (printer != null) {
                    ReportCsv.printError(printer, row);
                }
            }
            for (int i = 0; i < files.size(); i++) {
                String failure = failures.get(i);
                if (failure != null) {
                    perFile.add(InputCounts.ZERO);
                    if (printer != null) {
                        ReportCsv.printError(printer, new ErrorRow(files.get(i).name(), 0, ErrorRow.Severity.ERROR,
                                failure));
                    }
                    continue;
                }
                InputCounts[] c = new InputCounts[1];
                ResultCache.read(state.cacheFile(keys.get(i)), new ResultCache.Visitor() {
                    @Override
                    public boolean wantsMentions() {
                        return false;
                    }

                    @Override
                    public void unresolved(UnresolvedName u) {
                        unresolved.add(u);
                    }

                    @Override
                    public void error(ErrorRow e) {
                        if (e.severity() == ErrorRow.Severity.ERROR) {
                            reasons.merge(RunCounts.reasonKey(e.reason()), 1L, Long::sum);
                        }
                        if (printer != null) {
                            try {
                                ReportCsv.printError(printer, e);
                            } catch (IOException ex) {
                                throw new UncheckedIOException(ex);
                            }
                        }
                    }

                    @Override
                    public void end(InputCounts counts) {
                        c[0] = counts;
                    }
                }, interner);
                perFile.add(c[0]);
                total = total.plus(c[0]);
            }
            mentions = total.mentions();
        }

        RunCounts counts(int inputs, long events, long places, long names) {
            return new RunCounts(inputs, total.read(), total.processed(), total.skipped(), reasons, total.documents(),
                    total.rows(), total.mentions(), events, places, names, unresolved.mentions(), total.warnings());
        }
    }

    /** The cached event reports of all inputs, in input order, streamed from disk on each iteration. */
    static final class CachedMentions extends AbstractCollection<EventMention> {
        private final List<Path> cacheFiles;
        private final long size;

        CachedMentions(List<Path> cacheFiles, long size) {
            this.cacheFiles = List.copyOf(cacheFiles);
            this.size = size;
        }

        @Override
        public int size() {
            return (int) Math.min(Integer.MAX_VALUE, size);
        }

        @Override
        public Iterator<EventMention> iterator() {
            return new PartitionedMerge.CursorIterator(cacheFiles);
        }
    }
}
