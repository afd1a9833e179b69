package org.conflictmap.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.EventType;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.events.Precision;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.SourceLocation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Records, immutable collections and dates survive Kryo exactly. */
@Tag("spark")
class RecordKryoTest {

    private static Object roundTrip(Object o) {
        Kryo k = new Kryo();
        RecordKryo.configure(k);
        Output out = new Output(64, -1);
        k.writeClassAndObject(out, o);
        return k.readClassAndObject(new Input(out.toBytes()));
    }

    @Test
    void projectRecordsRoundTrip() {
        Place country = new Place(174982, "Arménie", "A", "PCLI", "AM", "00", 40.25, 45.0, 3_000_000,
                new BBox(43.44, 38.84, 46.63, 41.3));
        Place town = new Place(-7, "=Stepanakert", "P", "PPLA", "AZ", "", 39.8153, 46.7519, 0, null);
        EventMention m = new EventMention("d1", LocalDate.of(2020, 10, 4), EventType.BATTLES, town, Precision.PLACE,
                39.8, 46.7, "Combats.", null, new SourceLocation("a.jsonl", 3));
        ExtractionResult r = new ExtractionResult(List.of(m, m), List.of(new UnresolvedName("Hadrout", "d1", null)),
                List.of(new RecordError(null, "far point")));
        assertEquals(r, roundTrip(r));
        Event e = new Event("ab", LocalDate.of(2020, 10, 4), EventType.DIPLOMACY, country.id(), country.name(),
                country.feature(), Precision.COUNTRY, "AM", "Arménie", "", 40.25, 45.0, 2, 7, List.of("a", "b"), "x");
        assertEquals(e, roundTrip(e));
        Outcome o = new Outcome(3, 1, 9, Outcome.Kind.DOCUMENT, "d1", null, r, null, null, null, null);
        assertEquals(o, roundTrip(o));
        o = new Outcome(3, 2, 0, Outcome.Kind.FIELDS, "a.jsonl", null, null, null, null, null, List.of("x", "y"));
        assertEquals(o, roundTrip(o));
    }

    @Test
    void registeredClassesAreWrittenAsNumbersNotNames() {
        Kryo k = new Kryo();
        RecordKryo.configure(k);
        Output out = new Output(64, -1);
        k.writeClassAndObject(out, new EventMention("d1", LocalDate.of(2020, 10, 4), EventType.BATTLES,
                new Place(1, "Bakou", "P", "PPLC", "AZ", "09", 40.4, 49.9, 2_000_000, null), Precision.PLACE,
                40.4, 49.9, "Combats.", 3, new SourceLocation("a.jsonl", 3)));
        String bytes = new String(out.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(-1, bytes.indexOf("org.conflictmap"), bytes);
        assertEquals(-1, bytes.indexOf("java."), bytes);
    }

    @Test
    void mapsKeepTheirOrderAndPathsTheirText() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", Path.of("in", "a b.txt"));
        m.put("a", List.of(1, 2));
        m.put("n", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) roundTrip(m);
        assertEquals(List.of("z", "a", "n"), List.copyOf(back.keySet()));
        assertEquals(m, back);
        assertNull(roundTrip(null));
    }

    @Test
    void kryoBoxCarriesARecordThroughJavaSerialization() throws IOException, ClassNotFoundException {
        Place p = new Place(1, "Bakou", "P", "PPLC", "AZ", "09", 40.4, 49.9, 2_000_000, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(KryoBox.of(p));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(p, ((KryoBox<?>) in.readObject()).get());
        }
    }
}
