package org.conflictmap.export;

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
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n");
            w.write("<name>" + xml(title) + "</name>\n");
            for (EventType t : EventType.values()) {
                w.write("<Style id=\"" + t.key() + "\"><IconStyle><color>" + kmlColor(t)
                        + "</color><scale>1.1</scale></IconStyle><LabelStyle><scale>0.8</scale></LabelStyle></Style>\n");
            }
            for (Event e : events) {
                placemark(w, e);
            }
            w.write("</Document>\n</kml>\n");
            w.flush();
        });
    }

    private static void placemark(Writer w, Event e) throws IOException {
        w.write("<Placemark>\n");
        w.write("<name>" + xml(e.place()) + "</name>\n");
        w.write("<description>" + xml(e.type().label() + ", " + e.date() + " (" + e.sources()
                + (e.sources() == 1 ? " source" : " sources") + "): " + e.evidence()) + "</description>\n");
        w.write("<TimeStamp><when>" + e.date() + "</when></TimeStamp>\n");
        w.write("<styleUrl>#" + e.type().key() + "</styleUrl>\n");
        w.write("<ExtendedData>\n");
        data(w, "event_id", e.id());
        data(w, "date", e.date().toString());
        data(w, "event_type", e.type().key());
        data(w, "place_id", Long.toString(e.placeId()));
        data(w, "place", e.place());
        data(w, "feature", e.feature());
        data(w, "precision", e.precision().key());
        data(w, "country", e.country());
        data(w, "country_name", e.countryName());
        data(w, "admin1", e.admin1());
        data(w, "lat", EventsCsv.coord(e.lat()));
        data(w, "lon", EventsCsv.coord(e.lon()));
        data(w, "sources", Integer.toString(e.sources()));
        data(w, "fatalities", e.fatalities() == null ? "" : e.fatalities().toString());
        data(w, "documents", String.join(";", e.documents()));
        data(w, "evidence", e.evidence());
        w.write("</ExtendedData>\n");
        w.write("<Point><coordinates>" + EventsCsv.coord(e.lon()) + "," + EventsCsv.coord(e.lat())
                + "</coordinates></Point>\n");
        w.write("</Placemark>\n");
    }

    private static void data(Writer w, String name, String value) throws IOException {
        w.write("<Data name=\"" + name + "\"><value>" + xml(value) + "</value></Data>\n");
    }

    /** Escapes text for XML content and attributes; drops characters XML 1.0 cannot carry. */
    public static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE && !isLoneSurrogate(s, i))) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
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
