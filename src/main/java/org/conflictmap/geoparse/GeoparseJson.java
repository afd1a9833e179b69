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
                g.writeFieldName("confidence");
                g.writeNumber(fixed(m.confidence(), 3));
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

    /**
     * {@code v} rounded to {@code digits} decimals, as JSON number text without trailing zeros
     * ("55.75222", "0.5", "-98.5", "1"); faster than formatting a double.
     */
    static String fixed(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        long n = Math.round(Math.abs(v) * scale);
        if (n == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(16);
        if (v < 0) {
            b.append('-');
        }
        b.append(n / scale);
        long frac = n % scale;
        if (frac != 0) {
            String f = Long.toString(frac + scale).substring(1);
            int end = f.length();
            while (end > 0 && f.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(f, 0, end);
        }
        return b.toString();
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
        g.writeFieldName("lat");
        g.writeNumber(fixed(p.lat(), 5));
        g.writeFieldName("lon");
        g.writeNumber(fixed(p.lon(), 5));
    }
}
