package org.conflictmap.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.ingest.JsonlParts;
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

    /**
     * Collects a run: outcomes streamed in input order, events merged on the executors. A file that could
     * not be read to its end contributes only its I/O error (as in a single-machine run), even when some of
     * its parts were read.
     */
    public static CollectedRun of(SparkPipeline.Run run, Comparator<Event> eventOrder) {
        Builder b = new Builder();
        List<Outcome> unit = new ArrayList<>();
        for (Iterator<Outcome> it = run.outcomes(); it.hasNext(); ) {
            Outcome o = it.next();
            if (!unit.isEmpty() && unit.get(0).unit() != o.unit()) {
                b.unit(unit);
                unit.clear();
            }
            unit.add(o);
        }
        b.unit(unit);
        return new CollectedRun(run.events(eventOrder), b.unresolved, b.errors, b.warnings, b.files, b.documents,
                b.rows, b.mentions);
    }

    private static final class Builder {
        final List<UnresolvedName> unresolved = new ArrayList<>();
        final List<RecordError> errors = new ArrayList<>();
        final List<RecordError> warnings = new ArrayList<>();
        final List<Outcome.FileFacts> files = new ArrayList<>();
        long documents;
        long rows;
        long mentions;

        void unit(List<Outcome> outcomes) {
            for (Outcome o : outcomes) {
                if (o.kind() == Outcome.Kind.UNREADABLE) {
                    errors.add(new RecordError(null, "I/O error: " + o.failure()));
                    return;
                }
            }
            List<List<String>> fields = new ArrayList<>();
            String label = null;
            for (Outcome o : outcomes) {
                switch (o.kind()) {
                    case DOCUMENT, ROW -> record(o);
                    case ERROR -> errors.add(o.error());
                    case WARNING -> warnings.add(o.error());
                    case FIELDS -> {
                        fields.add(o.fields());
                        label = o.id();
                    }
                    case END -> {
                        RecordError w = label == null ? null : JsonlParts.unknownFields(label, fields);
                        if (w != null) {
                            warnings.add(w);
                        }
                        files.add(o.file());
                    }
                    default -> throw new IllegalStateException("unexpected outcome " + o.kind());
                }
            }
        }

        private void record(Outcome o) {
            if (o.result() == null) {
                errors.add(new RecordError(o.location(), "internal error while processing this record: "
                        + o.failure()));
                return;
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
    }
}
