package org.conflictmap.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.export.ErrorRow;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.ingest.SourceLocation;

/**
 * Writes one input's results in the {@link ResultCache} form. Not thread-safe: one writer per input, used by
 * the ordering thread.
 */
final class CacheWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private final Writer out;
    private final JsonGenerator g;
    private final Map<Long, Place> places = new HashMap<>();
    private String lastDoc;
    private String lastSentence;
    private String lastFile;

    CacheWriter(Writer out) throws IOException {
        this.out = out;
        this.g = JSON.createGenerator(out);
        g.setRootValueSeparator(null);
    }

    void mention(EventMention m) throws IOException {
        Place p = m.place();
        if (!p.equals(places.get(p.id()))) {
            places.put(p.id(), p);
            place(p);
        }
        g.writeStartObject();
        g.writeStringField("k", "m");
        if (!m.documentId().equals(lastDoc)) {
            g.writeStringField("d", m.documentId());
            lastDoc = m.documentId();
        }
        g.writeStringField("t", m.date().toString());
        g.writeStringField("y", m.type().key());
        g.writeNumberField("p", p.id());
        g.writeStringField("r", m.precision().key());
        g.writeNumberField("a", m.lat());
        g.writeNumberField("o", m.lon());
        String s = m.sentence() == null ? "" : m.sentence();
        if (!s.equals(lastSentence)) {
            g.writeStringField("s", s);
            lastSentence = s;
        }
        if (m.fatalities() != null) {
            g.writeNumberField("f", m.fatalities());
        }
        location(m.location());
        end();
    }

    private void location(SourceLocation loc) throws IOException {
        if (loc == null) {
            return;
        }
        if (!loc.file().equals(lastFile)) {
            g.writeStringField("lf", loc.file());
            lastFile = loc.file();
        }
        g.writeNumberField("ll", loc.line());
    }

    private void place(Place p) throws IOException {
        g.writeStartObject();
        g.writeStringField("k", "p");
        g.writeNumberField("id", p.id());
        g.writeStringField("n", p.name());
        g.writeStringField("c", p.featureClass());
        g.writeStringField("fc", p.featureCode());
        g.writeStringField("cc", p.country());
        g.writeStringField("a1", p.admin1());
        g.writeNumberField("la", p.lat());
        g.writeNumberField("lo", p.lon());
        g.writeNumberField("pop", p.population());
        if (p.bbox() != null) {
            BBox b = p.bbox();
            g.writeArrayFieldStart("bb");
            g.writeNumber(b.west());
            g.writeNumber(b.south());
            g.writeNumber(b.east());
            g.writeNumber(b.north());
            g.writeEndArray();
        }
        end();
    }

    void unresolved(UnresolvedName u) throws IOException {
        g.writeStartObject();
        g.writeStringField("k", "u");
        g.writeStringField("n", u.name());
        g.writeStringField("d", u.documentId());
        g.writeStringField("s", u.sentence() == null ? "" : u.sentence());
        end();
    }

    void error(ErrorRow e) throws IOException {
        g.writeStartObject();
        g.writeStringField("k", "e");
        g.writeStringField("v", e.severity().key());
        g.writeStringField("f", e.file());
        g.writeNumberField("l", e.line());
        g.writeStringField("r", e.reason());
        end();
    }

    void finish(InputCounts c) throws IOException {
        g.writeStartObject();
        g.writeStringField("k", "end");
        g.writeNumberField("read", c.read());
        g.writeNumberField("processed", c.processed());
        g.writeNumberField("skipped", c.skipped());
        g.writeNumberField("documents", c.documents());
        g.writeNumberField("rows", c.rows());
        g.writeNumberField("warnings", c.warnings());
        g.writeNumberField("mentions", c.mentions());
        end();
        g.flush();
        out.flush();
    }

    private void end() throws IOException {
        g.writeEndObject();
        g.writeRaw('\n');
    }
}
