package org.conflictmap.render.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;

/** Deterministic synthetic events for chart tests. */
final class ChartFixtures {

    private ChartFixtures() {
    }

    record P(long id, String name, String cc, String country, String admin1, double lat, double lon) {
    }

    static final List<P> PLACES = List.of(
            new P(174875, "Stepanakert", "AZ", "Azerbaijan", "Nagorno-Karabakh", 39.8153, 46.7519),
            new P(585170, "Shusha", "AZ", "Azerbaijan", "Shusha", 39.7583, 46.7487),
            new P(587084, "Ganja", "AZ", "Azerbaijan", "Ganja", 40.6828, 46.3606),
            new P(586523, "Barda", "AZ", "Azerbaijan", "Barda", 40.3744, 47.1266),
            new P(616052, "Yerevan", "AM", "Armenia", "Yerevan", 40.1811, 44.5136),
            new P(587084 + 1, "Hadrut", "AZ", "Azerbaijan", "Khojavend", 39.5200, 47.0300),
            new P(174979, "Martuni", "AZ", "Azerbaijan", "Khojavend", 39.7950, 47.1100),
            new P(828259, "Vardenis", "AM", "Armenia", "Gegharkunik", 40.1800, 45.7300),
            new P(147622, "Tartar", "AZ", "Azerbaijan", "Tartar", 40.3400, 46.9300),
            new P(145000, "Ստեփանակերտ", "AZ", "Azerbaijan", "Nagorno-Karabakh", 39.81, 46.75),
            new P(524901, "Москва", "RU", "Russia", "Moscow", 55.7522, 37.6156),
            new P(323786, "Ankara", "TR", "Turkey", "Ankara", 39.9199, 32.8543),
            new P(587081, "Fuzuli", "AZ", "Azerbaijan", "Fuzuli", 39.6000, 47.1400),
            new P(147425, "Agdam", "AZ", "Azerbaijan", "Agdam", 39.9900, 46.9300),
            new P(585103, "Lachin", "AZ", "Azerbaijan", "Lachin", 39.6400, 46.5500),
            new P(174726, "Goris", "AM", "Armenia", "Syunik", 39.5111, 46.3381),
            new P(587378, "Baku", "AZ", "Azerbaijan", "Baku", 40.3777, 49.8920));

    /** {@code n} events spread over {@code days} days from 2020-09-27, skewed to the first places. */
    static List<Event> events(int n, int days, long seed) {
        Random rnd = new Random(seed);
        List<Event> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 9, 27);
        EventType[] types = EventType.values();
        for (int i = 0; i < n; i++) {
            P p = PLACES.get(Math.min(PLACES.size() - 1, (int) Math.floor(Math.abs(rnd.nextGaussian()) * 5)));
            LocalDate d = start.plusDays((long) Math.floor(Math.pow(rnd.nextDouble(), 1.3) * days));
            EventType t = types[Math.min(types.length - 1, (int) Math.floor(Math.abs(rnd.nextGaussian()) * 2.2))];
            out.add(new Event("e" + i, d, t, p.id(), p.name(), "P.PPL", Precision.PLACE, p.cc(), p.country(),
                    p.admin1(), p.lat(), p.lon(), 1 + rnd.nextInt(3), null, List.of("doc" + rnd.nextInt(n / 2 + 1)),
                    "Evidence sentence " + i));
        }
        out.add(new Event("c1", start.plusDays(3), EventType.DIPLOMACY, 174982, "Armenia", "A.PCLI",
                Precision.COUNTRY, "AM", "Armenia", "", 40.0, 45.0, 2, null, List.of("docX"), "Armenia said."));
        return List.copyOf(out);
    }

    /** {@code places} distinct places with one to a few events each, over {@code days} days. */
    static List<Event> manyPlaces(int places, int days, long seed) {
        Random rnd = new Random(seed);
        List<Event> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2012, 1, 1);
        for (int p = 0; p < places; p++) {
            int k = 1 + (int) (rnd.nextDouble() * rnd.nextDouble() * 12);
            for (int j = 0; j < k; j++) {
                EventType t = EventType.values()[rnd.nextInt(EventType.values().length)];
                out.add(new Event("m" + p + "-" + j, start.plusDays(rnd.nextInt(days)), t, 1_000_000L + p,
                        "Place " + p, "P.PPL", Precision.PLACE, "C" + (char) ('A' + p % 20), "Country " + p % 20,
                        "Region " + p % 150, 0, 0, 1, null, List.of("d" + p), ""));
            }
        }
        return List.copyOf(out);
    }
}
