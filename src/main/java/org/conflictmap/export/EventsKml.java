package org.conflictmap.export;

import java.io.IOException;
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
            Utf8Out w = new Utf8Out(out, 1 << 16);
            w.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.text("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n");
            w.text("<name>").xml(title).text("</name>\n");
            for (EventType t : EventType.values()) {
                w.text("<Style id=\"" + t.key() + "\"><IconStyle><color>" + kmlColor(t)
                        + "</color><scale>1.1</scale></IconStyle><LabelStyle><scale>0.8</scale></LabelStyle></Style>\n");
            }
            CoordText coords = new CoordText();
            for (Event e : events) {
                placemark(w, e, coords);
            }
            w.text("</Document>\n</kml>\n");
            w.flush();
        });
    }

    private static void placemark(Utf8Out w, Event e, CoordText coords) throws IOException {
        String lat = coords.of(e.lat());
        String lon = coords.of(e.lon());
        String date = e.date().toString();
        w.text("<Placemark>\n<name>").xml(e.place()).text("</name>\n<description>").xml(e.type().label())
                .text(", ").text(date).text(" (").number(e.sources())
                .text(e.sources() == 1 ? " source" : " sources").text("): ").xml(e.evidence())
                .text("</description>\n");
        w.text("<TimeStamp><when>").text(date).text("</when></TimeStamp>\n");
        w.text("<styleUrl>#").text(e.type().key()).text("</styleUrl>\n");
        w.text("<ExtendedData>\n");
        data(w, "event_id", e.id());
        data(w, "date", date);
        data(w, "event_type", e.type().key());
        data(w, "place_id", Long.toString(e.placeId()));
        data(w, "place", e.place());
        data(w, "feature", e.feature());
        data(w, "precision", e.precision().key());
        data(w, "country", e.country());
        data(w, "country_name", e.countryName());
        data(w, "admin1", e.admin1());
        data(w, "lat", lat);
        data(w, "lon", lon);
        data(w, "sources", Integer.toString(e.sources()));
        data(w, "fatalities", e.fatalities() == null ? "" : e.fatalities().toString());
        w.text("<Data name=\"documents\"><value>");
        List<String> docs = e.documents();
        for (int i = 0; i < docs.size(); i++) {
            if (i > 0) {
                w.ascii(';');
            }
            w.xml(docs.get(i));
        }
        w.text("</value></Data>\n");
        data(w, "evidence", e.evidence());
        w.text("</ExtendedData>\n");
        w.text("<Point><coordinates>").text(lon).ascii(',').text(lat).text("</coordinates></Point>\n");
        w.text("</Placemark>\n");
    }

    private static void data(Utf8Out w, String name, String value) throws IOException {
        w.text("<Data name=\"").text(name).text("\"><value>").xml(value).text("</value></Data>\n");
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
