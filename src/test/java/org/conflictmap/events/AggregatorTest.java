package org.conflictmap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    private static Event e(int month, int day, EventType t, long placeId, String place, String cc, String admin1, int sources) {
        LocalDate d = LocalDate.of(2020, month, day);
        return new Event(EventMerger.id(d, t, placeId), d, t, placeId, place, "P.PPL", Precision.PLACE, cc,
                cc.isEmpty() ? "" : cc.equals("AZ") ? "Azerbaijan" : "Armenia", admin1, 0, 0, sources, null, List.of("d"), "");
    }

    private final List<Event> events = List.of(
            e(10, 4, EventType.EXPLOSIONS_REMOTE_VIOLENCE, 174875, "Stepanakert", "AZ", "Khojavend", 3),
            e(10, 4, EventType.BATTLES, 174875, "Stepanakert", "AZ", "Khojavend", 1),
            e(10, 5, EventType.EXPLOSIONS_REMOTE_VIOLENCE, 147271, "Shusha", "AZ", "Khojavend", 2),
            e(9, 27, EventType.BATTLES, 616052, "Yerevan", "AM", "", 1));

    private static AggregateRow find(List<AggregateRow> rows, String dim, String key, String type) {
        return rows.stream().filter(r -> r.dimension().equals(dim) && r.key().equals(key) && r.eventType().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError(dim + "/" + key + "/" + type));
    }

    @Test
    void countsEveryDimensionWithTypeAndAllRows() {
        List<AggregateRow> rows = Aggregator.aggregate(events);
        assertEquals(new AggregateRow("place", "174875", "Stepanakert", "all", 2, 4), find(rows, "place", "174875", "all"));
        assertEquals(1, find(rows, "place", "174875", "battles").events());
        assertEquals(3, find(rows, "country", "AZ", "all").events());
        assertEquals("Azerbaijan", find(rows, "country", "AZ", "all").label());
        assertEquals(3, find(rows, "admin1", "AZ/Khojavend", "all").events());
        assertTrue(rows.stream().noneMatch(r -> r.dimension().equals("admin1") && r.key().startsWith("AM")));
        assertEquals(2, find(rows, "day", "2020-10-04", "all").events());
        assertEquals(2, find(rows, "week", "2020-W40", "all").events());
        assertEquals(1, find(rows, "week", "2020-W41", "all").events());
        assertEquals(1, find(rows, "week", "2020-W39", "all").events());
        assertEquals(3, find(rows, "month", "2020-10", "all").events());
        assertEquals(2, find(rows, "type", "battles", "battles").events());
        assertEquals(new AggregateRow("type", "all", "All", "all", 4, 7), find(rows, "type", "all", "all"));
    }

    @Test
    void sortedDeterministically() {
        List<AggregateRow> rows = Aggregator.aggregate(events);
        List<Event> rev = new ArrayList<>(events);
        Collections.reverse(rev);
        assertEquals(rows, Aggregator.aggregate(rev));
        assertEquals("place", rows.get(0).dimension());
        assertEquals("616052", rows.stream().filter(r -> r.dimension().equals("place")).reduce((a, b) -> b).get().key());
        List<String> days = rows.stream().filter(r -> r.dimension().equals("day") && r.eventType().equals("all"))
                .map(AggregateRow::key).toList();
        assertEquals(List.of("2020-09-27", "2020-10-04", "2020-10-05"), days);
        AggregateRow lastOfDay = rows.stream().filter(r -> r.dimension().equals("day") && r.key().equals("2020-10-04"))
                .reduce((a, b) -> b).get();
        assertEquals("all", lastOfDay.eventType());
        assertEquals("2020-W53", Aggregator.week(LocalDate.of(2021, 1, 1)));
    }
}
