package org.conflictmap.ingest;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests. */
final class CollectingSink implements RecordSink {
    final List<Document> documents = new ArrayList<>();
    final List<EventRow> rows = new ArrayList<>();
    final List<RecordError> errors = new ArrayList<>();
    final List<RecordError> warnings = new ArrayList<>();

    @Override
    public void document(Document document) {
        documents.add(document);
    }

    @Override
    public void eventRow(EventRow row) {
        rows.add(row);
    }

    @Override
    public void error(RecordError error) {
        errors.add(error);
    }

    @Override
    public void warning(RecordError warning) {
        warnings.add(warning);
    }

    int delivered() {
        return documents.size() + rows.size();
    }

    String errorsAt(String fileSuffix) {
        StringBuilder b = new StringBuilder();
        for (RecordError e : errors) {
            if (e.location().file().endsWith(fileSuffix)) {
                b.append(e.location().line()).append(' ');
            }
        }
        return b.toString().trim();
    }
}
