package org.conflictmap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Mention;
import org.conflictmap.geoparse.MentionKind;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.InputReader;
import org.conflictmap.ingest.InputSpec;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;
import org.junit.jupiter.api.Test;

/** The bundled sample (sample/ in the repository) read and turned into events with a fake geoparser. */
class SampleEventsTest {

    /** Surface forms the fake geoparser looks for, with their places. */
    private static final Map<String, Place> NAMES = new LinkedHashMap<>();

    static {
        for (String s : List.of("Stepanakert", "Степанакерт")) {
            NAMES.put(s, Fixtures.STEPANAKERT);
        }
        for (String s : List.of("Chouchi", "Shusha", "Шуш")) {
            NAMES.put(s, Fixtures.SHUSHA);
        }
        for (String s : List.of("Erevan", "Yerevan", "Ереван")) {
            NAMES.put(s, Fixtures.YEREVAN);
        }
        NAMES.put("Goris", Fixtures.GOROS);
        NAMES.put("Горис", Fixtures.GOROS);
        NAMES.put("Arménie", Fixtures.ARMENIA);
        NAMES.put("Armenia", Fixtures.ARMENIA);
    }

    private static GeoparseResult fakeParse(String text, String lang) {
        List<Mention> ms = new ArrayList<>();
        for (Map.Entry<String, Place> e : NAMES.entrySet()) {
            for (int i = text.indexOf(e.getKey()); i >= 0; i = text.indexOf(e.getKey(), i + 1)) {
                ms.add(new Mention(i, i + e.getKey().length(), e.getKey(), MentionKind.TOPONYM, e.getValue(), 0.9, List.of()));
            }
        }
        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new GeoparseResult(lang, ms);
    }

    @Test
    void sampleIsCleanAndYieldsEventsOfManyFamilies() throws IOException {
        List<Document> docs = new ArrayList<>();
        List<EventRow> rows = new ArrayList<>();
        List<RecordError> errors = new ArrayList<>();
        List<RecordError> warnings = new ArrayList<>();
        InputReader.read(Path.of("sample"), InputSpec.defaults(), new RecordSink() {
            public void document(Document d) {
                docs.add(d);
            }

            public void eventRow(EventRow r) {
                rows.add(r);
            }

            public void error(RecordError e) {
                errors.add(e);
            }

            public void warning(RecordError w) {
                warnings.add(w);
            }
        });
        assertEquals(45, docs.size());
        assertEquals(21, rows.size());
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertTrue(docs.stream().allMatch(d -> d.date() != null));
        assertTrue(docs.stream().allMatch(d -> d.text().split("\\s+").length >= 80));

        EventExtractor ex = new EventExtractor(Fixtures.gazetteer(), EventOptions.defaults());
        List<EventMention> mentions = new ArrayList<>();
        for (Document d : docs) {
            mentions.addAll(ex.extract(d, fakeParse(d.text(), d.lang())).mentions());
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        mentions.forEach(m -> types.add(m.type()));
        assertTrue(types.containsAll(EnumSet.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.BATTLES,
                EventType.PROTESTS, EventType.STRATEGIC_DEVELOPMENTS, EventType.DIPLOMACY)), types.toString());
        assertTrue(mentions.stream().allMatch(m -> !m.date().isBefore(LocalDate.of(2020, 9, 1))
                && !m.date().isAfter(LocalDate.of(2020, 11, 11))));
        List<Event> events = EventMerger.merge(mentions);
        assertTrue(events.size() < mentions.size(), "reports of the same day, place and type merge");
        assertTrue(events.stream().anyMatch(e -> e.sources() > 1));

        List<RecordError> rowWarnings = new ArrayList<>();
        for (EventRow r : rows) {
            rowWarnings.addAll(ex.extract(r).warnings());
        }
        assertTrue(rowWarnings.stream().anyMatch(w -> w.reason().startsWith("row SMP0015: point ")
                && w.reason().endsWith("km from Stepanakert, AZ")), rowWarnings.toString());
    }
}
