package org.conflictmap.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.ingest.RecordError;

/**
 * A whole Spark run brought back to the driver, in the single-machine order: merged events,
 * unresolved names, reader errors (and extraction failures), warnings, and per-file facts.
 */
public record CollectedRun(List<Event> events, List<UnresolvedName> unresolved, List<RecordError> errors,
                           List<RecordError> warnings, List<Outcome.FileFacts> files, long documents, long rows,
                           long mentions) {

    public CollectedRun {
        events = List.copyOf(events);
        unresolved = List.copyOf(unresolved);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }

    /** Collects a run: outcomes streamed in input order, events merged on the executors. */
    public static CollectedRun of(SparkPipeline.Run run, Comparator<Event> eventOrder) {
        List<UnresolvedName> unresolved = new ArrayList<>();
        List<RecordError> errors = new ArrayList<>();
        List<RecordError> warnings = new ArrayList<>();
        List<Outcome.FileFacts> files = new ArrayList<>();
        long documents = 0;
        long rows = 0;
        long mentions = 0;
        for (Iterator<Outcome> it = run.outcomes(); it.hasNext(); ) {
            Outcome o = it.next();
            switch (o.kind()) {
                case DOCUMENT, ROW -> {
                    if (o.result() == null) {
                        errors.add(new RecordError(o.location(), "internal error while processing this record: "
                                + o.failure()));
                        continue;
                    }
                    if (o.kind() == Outcome.Kind.DOCUMENT) {
                        documents++;
                    } else {
                        rows++;
                    }
                    mentions += o.result().mentions().size();
                    unresolved.addAll(o.result().unresolved());
                    warnings.addAll(o.result().warnings());
                }
                case ERROR -> errors.add(o.error());
                case WARNING -> warnings.add(o.error());
                case UNREADABLE -> errors.add(new RecordError(null, "I/O error: " + o.failure()));
                case END -> files.add(o.file());
                default -> throw new IllegalStateException("unknown outcome " + o.kind());
            }
        }
        return new CollectedRun(run.events(eventOrder), unresolved, errors, warnings, files, documents, rows,
                mentions);
    }
}
