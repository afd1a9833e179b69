package org.conflictmap.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.io.AtomicFiles;
import org.conflictmap.render.Palette;

/**
 * Writes events as KML 2.2 for Google Earth / QGIS: one shared style per event type (the colours of
 * {@link Palette}, as on the maps and charts), one Placemark per event with its date as a TimeStamp and
 * every events.csv column as ExtendedData. All text is XML-escaped; characters XML 1.0 forbids are dropped.
 */
public final class EventsKml {

    private EventsKml() {
    }

    /** The KML colour (aabbggrr) of a type. */
    static String kmlColor(EventType t) {
        java.awt.Color c = Palette.color(t);
        return String.format(java.util.Locale.ROOT, "ff%02x%02x%02x", c.getBlue(), c.getGreen(), c.getRed());
    }

    /** Writes the events atomically, in the given order. */
    public static void write(Path file, List<Event> events, String title) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n");
            w.write("<name>" + xml(title) + "</name>\n");
            for (EventType t : EventType.values()) {
                w.write("<Style id=\"" + t.key() + "\"><IconStyle><color>" + kmlColor(t)
                        + "</color><scale>1.1</scale></IconStyle><LabelStyle><scale>0.8</scale></LabelStyle></Style>\n");
            }
            StringBuilder b = new StringBuilder(4096);
            CoordText coords = new CoordText();
            for (Event e : events) {
                b.setLength(0);
                placemark(b, e, coords);
                w.append(b);
            }
            w.write("</Document>\n</kml>\n");
            w.flush();
        });
    }

    private static void placemark(StringBuilder b, Event e, CoordText coords) {
        String lat = coords.of(e.lat());
        String lon = coords.of(e.lon());
        b.append("<Placemark>\n<name>");
        xml(b, e.place());
        b.append("</name>\n<description>");
        xml(b, e.type().label());
        b.append(", ").append(e.date()).append(" (").append(e.sources())
                .append(e.sources() == 1 ? " source" : " sources").append("): ");
        xml(b, e.evidence());
        b.append("</description>\n");
        b.append("<TimeStamp><when>").append(e.date()).append("</when></TimeStamp>\n");
        b.append("<styleUrl>#").append(e.type().key()).append("</styleUrl>\n");
        b.append("<ExtendedData>\n");
        data(b, "event_id", e.id());
        data(b, "date", e.date().toString());
        data(b, "event_type", e.type().key());
        data(b, "place_id", Long.toString(e.placeId()));
        data(b, "place", e.place());
        data(b, "feature", e.feature());
        data(b, "precision", e.precision().key());
        data(b, "country", e.country());
        data(b, "country_name", e.countryName());
        data(b, "admin1", e.admin1());
        data(b, "lat", lat);
        data(b, "lon", lon);
        data(b, "sources", Integer.toString(e.sources()));
        data(b, "fatalities", e.fatalities() == null ? "" : e.fatalities().toString());
        b.append("<Data name=\"documents\"><value>");
        List<String> docs = e.documents();
        for (int i = 0; i < docs.size(); i++) {
            if (i > 0) {
                b.append(';');
            }
            xml(b, docs.get(i));
        }
        b.append("</value></Data>\n");
        data(b, "evidence", e.evidence());
        b.append("</ExtendedData>\n");
        b.append("<Point><coordinates>").append(lon).append(',').append(lat).append("</coordinates></Point>\n");
        b.append("</Placemark>\n");
    }

    private static void data(StringBuilder b, String name, String value) {
        b.append("<Data name=\"").append(name).append("\"><value>");
        xml(b, value);
        b.append("</value></Data>\n");
    }

    /** Escapes text for XML content and attributes; drops characters XML 1.0 cannot carry. */
    public static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        xml(b, s);
        return b.toString();
    }

    /** Appends {@code s} escaped as {@link #xml(String)} does; null appends nothing. */
    public static void xml(StringBuilder b, String s) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r'
                            || (c >= 0xD800 && c < 0xFFFE && !isLoneSurrogate(s, i))) {
                        b.append(c);
                    }
                }
            }
        }
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
