package org.conflictmap.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.io.AtomicFiles;

/**
 * Writes events as an RFC 7946 GeoJSON FeatureCollection of points (WGS 84 lon/lat, 5 decimals).
 * Feature properties are the events.csv columns with the same names; numbers stay numbers, an unknown
 * fatality count is null, documents are joined with ';'. One feature per line, so diffs stay readable.
 */
public final class EventsGeoJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private EventsGeoJson() {
    }

    /** Writes the events atomically, in the given order. */
    public static void write(Path file, List<Event> events) throws IOException {
        AtomicFiles.write(file, out -> {
            CoordText coords = new CoordText();
            try (JsonGenerator g = JSON.createGenerator(new BufferedOutputStream(out, 1 << 16), JsonEncoding.UTF8)) {
                g.writeRaw("{\"type\":\"FeatureCollection\",\"features\":[");
                boolean first = true;
                for (Event e : events) {
                    g.writeRaw(first ? "\n" : ",\n");
                    first = false;
                    feature(g, e, coords);
                }
                g.writeRaw("\n]}\n");
            }
        });
    }

    private static void feature(JsonGenerator g, Event e, CoordText coords) throws IOException {
        String lat = coords.of(e.lat());
        String lon = coords.of(e.lon());
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(lon);
        g.writeNumber(lat);
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("event_id", e.id());
        g.writeStringField("date", e.date().toString());
        g.writeStringField("event_type", e.type().key());
        g.writeNumberField("place_id", e.placeId());
        g.writeStringField("place", e.place());
        g.writeStringField("feature", e.feature());
        g.writeStringField("precision", e.precision().key());
        g.writeStringField("country", e.country());
        g.writeStringField("country_name", e.countryName());
        g.writeStringField("admin1", e.admin1());
        g.writeFieldName("lat");
        g.writeNumber(lat);
        g.writeFieldName("lon");
        g.writeNumber(lon);
        g.writeNumberField("sources", e.sources());
        if (e.fatalities() == null) {
            g.writeNullField("fatalities");
        } else {
            g.writeNumberField("fatalities", e.fatalities());
        }
        g.writeStringField("documents", String.join(";", e.documents()));
        g.writeStringField("evidence", e.evidence());
        g.writeEndObject();
        g.writeEndObject();
    }
}
