package org.conflictmap.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.io.AtomicFiles;

/**
 * Writes a map's event layer as RFC 7946 GeoJSON: one Point feature per (place, event type) with
 * the count. Coordinates have 5 decimals; output is byte-stable.
 */
public final class BubblesGeoJson {

    /** One feature. */
    public record Feature(String placeKey, String place, double lon, double lat, String eventType, int count) {
    }

    private BubblesGeoJson() {
    }

    /** Writes the features atomically. */
    public static void write(Path file, List<Feature> features) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                for (Feature f : features) {
                    g.writeStartObject();
                    g.writeStringField("type", "Feature");
                    g.writeObjectFieldStart("geometry");
                    g.writeStringField("type", "Point");
                    g.writeArrayFieldStart("coordinates");
                    g.writeNumber(round(f.lon()));
                    g.writeNumber(round(f.lat()));
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("place_key", f.placeKey());
                    g.writeStringField("place", f.place());
                    g.writeStringField("event_type", f.eventType());
                    g.writeNumberField("events", f.count());
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
