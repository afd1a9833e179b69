package org.conflictmap.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;

/** The plain sequential run the Spark job must reproduce: read everything in order, extract, merge once. */
final class SequentialReference {

    final List<EventMention> mentions = new ArrayList<>();
    final List<UnresolvedName> unresolved = new ArrayList<>();
    final List<RecordError> errors = new ArrayList<>();
    final List<RecordError> warnings = new ArrayList<>();
    long documents;
    List<Event> events;

    static SequentialReference run(FakeStages stages, List<Path> inputs) throws IOException {
        SequentialReference ref = new SequentialReference();
        RecordSink sink = new RecordSink() {
            @Override
            public void document(Document d) {
                ref.documents++;
                ref.add(stages.extract(d));
            }

            public void warning(RecordError w) {
                ref.warnings.add(w);
            }

            @Override
            public void eventRow(EventRow r) {
                ref.add(stages.extract(r));
            }

            @Override
            public void error(RecordError e) {
                ref.errors.add(e);
            }
        };
        for (Path input : inputs) {
            for (Path f : InputUnits.listLocal(input)) {
                stages.read(InputUnit.of(0, f.toString(), true), f, sink);
            }
        }
        ref.events = new ArrayList<>(stages.merge(ref.mentions));
        ref.events.sort(FakeStages.eventOrder());
        return ref;
    }

    private void add(ExtractionResult r) {
        mentions.addAll(r.mentions());
        unresolved.addAll(r.unresolved());
        warnings.addAll(r.warnings());
    }
}
