package org.conflictmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    static Event ev(String id, String date, EventType t, long placeId, String place, String cc, String admin1,
                    Precision p) {
        return new Event(id, LocalDate.parse(date), t, placeId, place, "P.PPL", p, cc, cc.isEmpty() ? "" : "C-" + cc,
                admin1, 0, 0, 1, null, List.of("d-" + id), "");
    }

    @Test
    void autoBucketFollowsPeriodLength() {
        LocalDate a = LocalDate.of(2020, 1, 1);
        assertEquals(TimeBucket.DAY, TimeBucket.AUTO.resolve(a, a.plusDays(91)));
        assertEquals(TimeBucket.WEEK, TimeBucket.AUTO.resolve(a, a.plusDays(92)));
        assertEquals(TimeBucket.WEEK, TimeBucket.AUTO.resolve(a, a.plusDays(700)));
        assertEquals(TimeBucket.MONTH, TimeBucket.AUTO.resolve(a, a.plusYears(10)));
        assertEquals(TimeBucket.DAY, TimeBucket.DAY.resolve(a, a.plusYears(10)));
        assertEquals("2020-W53", TimeBucket.WEEK.key(TimeBucket.WEEK.start(LocalDate.of(2021, 1, 3))));
        assertEquals(LocalDate.of(2020, 12, 28), TimeBucket.WEEK.start(LocalDate.of(2021, 1, 3)));
        assertEquals("2020-10", TimeBucket.MONTH.key(LocalDate.of(2020, 10, 1)));
        assertThrows(IllegalArgumentException.class, () -> TimeBucket.parse("fortnight"));
    }

    @Test
    void timelineCountsEveryEventOnceAndKeepsEmptyBuckets() {
        List<Event> evs = List.of(
                ev("1", "2020-10-01", EventType.BATTLES, 1, "A", "AZ", "X", Precision.PLACE),
                ev("2", "2020-10-01", EventType.PROTESTS, 1, "A", "AZ", "X", Precision.PLACE),
                ev("3", "2020-10-04", EventType.BATTLES, 2, "B", "AM", "", Precision.PLACE));
        TimelineData d = TimelineData.of(evs, TimeBucket.AUTO);
        assertEquals(TimeBucket.DAY, d.bucket());
        assertEquals(4, d.starts().size(), "1..4 Oct including the empty days");
        assertEquals(List.of(2, 0, 0, 1), d.totals());
        assertEquals(List.of(1, 0, 0, 1), d.counts().get(EventType.BATTLES));
        assertEquals(List.of(EventType.BATTLES, EventType.PROTESTS), List.copyOf(d.counts().keySet()));
        assertEquals(0, d.peak());
        assertEquals(List.of(2.0, 1.0, 0.0, 1.0 / 2), d.movingAverage(2));
        TimelineData w = TimelineData.of(evs, TimeBucket.WEEK);
        assertEquals(List.of(LocalDate.of(2020, 9, 28)), w.starts());
        assertEquals(List.of(3), w.totals());
        assertTrue(TimelineData.of(List.of(), TimeBucket.AUTO).starts().isEmpty());
    }

    @Test
    void aRegionNamedLikeATownOfItsCountryIsCalledARegion() {
        Event city = ev("1", "2025-01-01", EventType.BATTLES, 1, "Belgorod", "RU", "Belgorod", Precision.PLACE);
        Event oblast = new Event("2", LocalDate.parse("2025-01-02"), EventType.BATTLES, -2, "Belgorod", "A.ADM1",
                Precision.ADMIN1, "RU", "C-RU", "Belgorod", 0, 0, 1, null, List.of("d-2"), "");
        Event twin = ev("3", "2025-01-03", EventType.BATTLES, 3, "Belgorod", "RU", "Other", Precision.PLACE);
        List<String> labels = RankingData.of(List.of(city, city, oblast, twin), Dimension.PLACE, 5).rows().stream()
                .map(RankingData.Row::label).toList();
        assertEquals(List.of("Belgorod (RU)", "Belgorod (RU, region)", "Belgorod (RU) #2"), labels,
                "two towns of one name and country keep a number");
    }

    @Test
    void rankingKeepsTopNCountsTheRestAndDisambiguates() {
        List<Event> evs = List.of(
                ev("1", "2020-10-01", EventType.BATTLES, 1, "Saint-Denis", "FR", "IDF", Precision.PLACE),
                ev("2", "2020-10-02", EventType.BATTLES, 1, "Saint-Denis", "FR", "IDF", Precision.PLACE),
                ev("3", "2020-10-02", EventType.RIOTS, 2, "Saint-Denis", "RE", "Réunion", Precision.PLACE),
                ev("4", "2020-10-03", EventType.RIOTS, 3, "Lyon", "FR", "ARA", Precision.PLACE),
                ev("5", "2020-10-03", EventType.DIPLOMACY, 4, "France", "FR", "", Precision.COUNTRY));
        RankingData r = RankingData.of(evs, Dimension.PLACE, 2);
        assertEquals(2, r.rows().size());
        assertEquals("Saint-Denis (FR)", r.rows().get(0).label());
        assertEquals(2, r.rows().get(0).total());
        assertEquals("Lyon", r.rows().get(1).label(), "ties broken by label then key");
        assertEquals("Saint-Denis (RE)", RankingData.of(evs, Dimension.PLACE, 3).rows().get(2).label());
        assertEquals(3, r.distinctKeys());
        assertEquals(1, r.otherEvents());
        assertEquals(1, r.leftOut(), "country-level report is not a place");
        RankingData c = RankingData.of(evs, Dimension.COUNTRY, 10);
        assertEquals("C-FR", c.rows().get(0).label());
        assertEquals(4, c.rows().get(0).total());
        RankingData t = RankingData.of(evs, Dimension.TYPE, 10);
        assertEquals(List.of("Battles", "Riots", "Diplomacy"), t.rows().stream().map(RankingData.Row::label).toList());
        RankingData a = RankingData.of(evs, Dimension.ADMIN1, 10);
        assertEquals(1, a.leftOut());
        assertEquals("IDF (FR)", a.rows().get(0).label());
    }

    @Test
    void heatMatrixRowsAreTopPlacesAndCellsSumUp() {
        List<Event> evs = ChartFixtures.events(300, 40, 3);
        HeatData h = HeatData.of(evs, 5, TimeBucket.AUTO);
        assertEquals(TimeBucket.WEEK, h.bucket());
        assertEquals(5, h.places().size());
        for (int r = 0; r < 5; r++) {
            int sum = h.counts().get(r).stream().mapToInt(Integer::intValue).sum();
            assertEquals(h.ranking().rows().get(r).total(), sum, h.places().get(r));
        }
        assertEquals(List.of(1, 2, 3, 5, 10, 20, 30), HeatMatrixChart.classBreaks(34));
        assertEquals(List.of(1, 2, 3), HeatMatrixChart.classBreaks(3));
        assertTrue(HeatMatrixChart.classBreaks(100_000).size() <= 7);
    }

    @Test
    void keyDatesParse() {
        KeyDate k = KeyDate.parse("2020-11-10=Ceasefire = signed");
        assertEquals(LocalDate.of(2020, 11, 10), k.date());
        assertEquals("Ceasefire = signed", k.label());
        assertThrows(IllegalArgumentException.class, () -> KeyDate.parse("10/11/2020=x"));
    }
}
