package org.conflictmap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.ingest.SourceLocation;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static EventMention m(String doc, int day, EventType type, Place p, String sentence, Integer fat) {
        return new EventMention(doc, LocalDate.of(2020, 10, day), type, p, Precision.PLACE, p.lat(), p.lon(), sentence,
                fat, new SourceLocation("in.jsonl", doc.hashCode() & 0xff));
    }

    private static List<EventMention> sample() {
        return List.of(
                m("b", 4, EventType.EXPLOSIONS_REMOTE_VIOLENCE, Fixtures.STEPANAKERT, "B says shelling.", 5),
                m("a", 4, EventType.EXPLOSIONS_REMOTE_VIOLENCE, Fixtures.STEPANAKERT, "A says shelling.", null),
                m("a", 4, EventType.EXPLOSIONS_REMOTE_VIOLENCE, Fixtures.STEPANAKERT, "A again.", 7),
                m("c", 4, EventType.BATTLES, Fixtures.STEPANAKERT, "C says fighting.", null),
                m("c", 3, EventType.EXPLOSIONS_REMOTE_VIOLENCE, Fixtures.SHUSHA, "C on Shusha.", null),
                m("d", 4, EventType.EXPLOSIONS_REMOTE_VIOLENCE, Fixtures.SHUSHA, "D on Shusha.", null));
    }

    @Test
    void mergesSamePlaceDayTypeAcrossDocuments() {
        List<Event> events = EventMerger.merge(sample(), Fixtures.gazetteer());
        assertEquals(4, events.size());
        Event first = events.get(0);
        assertEquals(LocalDate.of(2020, 10, 3), first.date());
        Event step = events.get(3);
        assertEquals(Fixtures.STEPANAKERT.id(), step.placeId());
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, step.type());
        assertEquals(2, step.sources());
        assertEquals(List.of("a", "b"), step.documents());
        assertEquals(7, step.fatalities());
        assertEquals("A again.", step.evidence());
        assertEquals("Azerbaijan", step.countryName());
        assertEquals("Khojavend", step.admin1());
        assertEquals(EventMerger.id(step.date(), step.type(), step.placeId()), step.id());
        assertEquals(16, step.id().length());
        assertEquals(EventType.BATTLES, events.get(1).type(), "legend order: battles first");
        assertEquals(Fixtures.SHUSHA.id(), events.get(2).placeId(), "then place id");
        assertNotEquals(events.get(1).id(), events.get(3).id());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Event> expected = EventMerger.merge(sample());
        Random rnd = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<EventMention> shuffled = new ArrayList<>(sample());
            Collections.shuffle(shuffled, rnd);
            assertEquals(expected, EventMerger.merge(shuffled));
        }
    }

    @Test
    void withoutGazetteerOnlyCountryPlacesGetACountryName() {
        Event e = EventMerger.merge(List.of(new EventMention("x", LocalDate.of(2020, 10, 1), EventType.OTHER,
                Fixtures.ARMENIA, Precision.COUNTRY, 40.25, 45.0, "s", null, null))).get(0);
        assertEquals("Armenia", e.countryName());
        assertEquals(Precision.COUNTRY, e.precision());
        assertEquals("", EventMerger.merge(sample()).get(0).countryName());
    }
}
