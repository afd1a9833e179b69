package org.conflictmap.geoparse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.conflictmap.gazetteer.Place;

/**
 * The geoparse output line: {@code {"id","lang","toponyms":[{"start","end","surface","kind","geonameid",
 * "name","country","admin1","feature","lat","lon","confidence","alternatives"}]}} or, for a record that
 * could not be read, {@code {"id","error"}}. Project-assigned (negative) ids are written as a null geonameid.
 * Deterministic: the same result always gives the same bytes.
 */
public final class GeoparseJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private GeoparseJson() {
    }

    /** One output line (without the line break) for a parsed document. */
    public static String line(String id, GeoparseResult result) {
        StringWriter w = new StringWriter(256 + result.mentions().size() * 256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("lang", result.lang());
            g.writeArrayFieldStart("toponyms");
            for (Mention m : result.mentions()) {
                g.writeStartObject();
                g.writeNumberField("start", m.start());
                g.writeNumberField("end", m.end());
                g.writeStringField("surface", m.surface());
                g.writeStringField("kind", m.kind().jsonName());
                writePlace(g, m.place());
                g.writeNumberField("confidence", Math.round(m.confidence() * 1000) / 1000.0);
                List<Place> alts = m.alternatives();
                if (!alts.isEmpty()) {
                    g.writeArrayFieldStart("alternatives");
                    for (Place p : alts) {
                        g.writeStartObject();
                        writePlace(g, p);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** One output line for a record that failed. */
    public static String errorLine(String id, String error) {
        StringWriter w = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            if (id == null) {
                g.writeNullField("id");
            } else {
                g.writeStringField("id", id);
            }
            g.writeStringField("error", error);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void writePlace(JsonGenerator g, Place p) throws IOException {
        if (p == null) {
            g.writeNullField("geonameid");
            g.writeNullField("name");
            g.writeNullField("country");
            g.writeNullField("admin1");
            g.writeNullField("feature");
            g.writeNullField("lat");
            g.writeNullField("lon");
            return;
        }
        if (p.id() > 0) {
            g.writeNumberField("geonameid", p.id());
        } else {
            g.writeNullField("geonameid");
        }
        g.writeStringField("name", p.name());
        g.writeStringField("country", p.country());
        g.writeStringField("admin1", p.admin1());
        g.writeStringField("feature", p.feature());
        g.writeNumberField("lat", Math.round(p.lat() * 1e5) / 1e5);
        g.writeNumberField("lon", Math.round(p.lon() * 1e5) / 1e5);
    }
}
