package org.conflictmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EventsKmlTest {

    private static final String KML = "http://www.opengis.net/kml/2.2";

    @Test
    void wellFormedByteStableAndCarriesEveryColumn(@TempDir Path dir) throws Exception {
        String evidence = "Tirs <lourds> & \"massifs\" sur l'\u0531rtsakh \ud83d\udca5 \ud800 \u0001 fin.";
        List<Event> events = List.of(
                new Event("e1", LocalDate.of(2020, 10, 4), EventType.EXPLOSIONS_REMOTE_VIOLENCE, 146970, "Stepanakert",
                        "P.PPLA", Precision.PLACE, "AZ", "Azerbaijan", "Xank\u0259ndi", 39.8177, 46.7528, 2, 3,
                        List.of("a&1", "b2"), evidence),
                new Event("e2", LocalDate.of(2020, 10, 5), EventType.DIPLOMACY, 616052, "Erevan", "P.PPLC",
                        Precision.PLACE, "AM", "Armenia", "", 40.18111, 44.51361, 1, null, List.of("c3"), ""));
        Path a = dir.resolve("a.kml");
        Path b = dir.resolve("b.kml");
        EventsKml.write(a, events, "t <1>");
        EventsKml.write(b, events, "t <1>");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(a.toFile());
        NodeList pms = doc.getElementsByTagNameNS(KML, "Placemark");
        assertEquals(2, pms.getLength());
        Element first = (Element) pms.item(0);
        assertEquals("#explosions_remote_violence", text(first, "styleUrl"));
        assertEquals("46.75280,39.81770", text(first, "coordinates"));
        assertEquals("Explosions/Remote violence, 2020-10-04 (2 sources): "
                + "Tirs <lourds> & \"massifs\" sur l'\u0531rtsakh \ud83d\udca5   fin.", text(first, "description"));
        NodeList data = first.getElementsByTagNameNS(KML, "Data");
        assertEquals(EventsCsv.HEADER.size(), data.getLength());
        for (int i = 0; i < data.getLength(); i++) {
            assertEquals(EventsCsv.HEADER.get(i), ((Element) data.item(i)).getAttribute("name"));
        }
        assertEquals("a&1;b2", ((Element) data.item(14)).getTextContent());
        assertEquals("3", ((Element) data.item(13)).getTextContent());
        assertEquals("", ((Element) ((Element) pms.item(1)).getElementsByTagNameNS(KML, "Data").item(13))
                .getTextContent());
        assertEquals(EventType.values().length, doc.getElementsByTagNameNS(KML, "Style").getLength());
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagNameNS(KML, tag).item(0).getTextContent();
    }
}
