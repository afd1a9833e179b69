package org.conflictmap.spark;

import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;
import org.conflictmap.ingest.SourceLocation;

/**
 * Renames a file in every location, id and message a reader reports: a task reads a file under another
 * path than the local run names it (an absolute path, a task-local copy), and the outputs must not show it.
 */
final class RelabelSink implements RecordSink {

    private final String from;
    private final String to;
    private final RecordSink next;

    RelabelSink(String from, String to, RecordSink next) {
        this.from = from;
        this.to = to;
        this.next = next;
    }

    String fix(String s) {
        return s == null ? null : s.replace(from, to);
    }

    SourceLocation fix(SourceLocation loc) {
        return loc == null ? null : new SourceLocation(fix(loc.file()), loc.line());
    }

    RecordError fix(RecordError e) {
        return new RecordError(fix(e.location()), fix(e.reason()));
    }

    @Override
    public void document(Document d) {
        next.document(new Document(fix(d.id()), d.text(), d.lang(), d.date(), d.title(), d.source(), d.url(),
                fix(d.location())));
    }

    @Override
    public void eventRow(EventRow r) {
        next.eventRow(new EventRow(fix(r.location()), fix(r.id()), r.date(), r.eventType(), r.subEventType(),
                r.country(), r.admin1(), r.admin2(), r.place(), r.lat(), r.lon(), r.fatalities(), r.notes()));
    }

    @Override
    public void error(RecordError e) {
        next.error(fix(e));
    }

    @Override
    public void warning(RecordError w) {
        next.warning(fix(w));
    }
}
