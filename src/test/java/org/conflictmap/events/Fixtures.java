package org.conflictmap.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;

/** A tiny South-Caucasus gazetteer for the event tests. */
final class Fixtures {

    static final Place ARMENIA = new Place(174982, "Armenia", "A", "PCLI", "AM", "00", 40.25, 45.0, 2968000,
            new BBox(43.45, 38.84, 46.63, 41.30));
    static final Place AZERBAIJAN = new Place(587116, "Azerbaijan", "A", "PCLI", "AZ", "00", 40.5, 47.5, 9942000,
            new BBox(44.76, 38.39, 50.37, 41.91));
    static final Place RUSSIA = new Place(2017370, "Russia", "A", "PCLF", "RU", "00", 60.0, 100.0, 144000000, null);
    static final Place SYUNIK = new Place(828262, "Syunik", "A", "ADM1", "AM", "08", 39.5, 46.0, 0,
            new BBox(45.9, 38.8, 46.6, 39.9));
    static final Place GEGHARKUNIK = new Place(828259, "Gegharkunik", "A", "ADM1", "AM", "04", 40.2, 45.3, 0, null);
    static final Place KHOJAVEND = new Place(147622, "Khojavend", "A", "ADM1", "AZ", "36", 39.8, 47.0, 0, null);
    static final Place STEPANAKERT = new Place(174875, "Stepanakert", "P", "PPLA", "AZ", "36", 39.8153, 46.7519,
            55200, null);
    static final Place SHUSHA = new Place(147271, "Shusha", "P", "PPLA2", "AZ", "36", 39.7583, 46.7484, 4000, null);
    static final Place GOROS = new Place(616599, "Goris", "P", "PPL", "AM", "08", 39.5111, 46.3386, 20000, null);
    static final Place YEREVAN = new Place(616052, "Yerevan", "P", "PPLC", "AM", "11", 40.1811, 44.5136, 1093000, null);
    static final Place MARTUNI_AM = new Place(616435, "Martuni", "P", "PPLA2", "AM", "04", 40.1389, 45.3064, 12000, null);
    static final Place MARTUNI_AZ = new Place(147425, "Martuni", "P", "PPL", "AZ", "36", 39.7915, 47.1150, 5000, null);
    static final Place EUROPE = new Place(6255148, "Europe", "L", "CONT", "", "", 48.7, 9.1, 0, null);

    static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> m = new LinkedHashMap<>();
        m.put(ARMENIA, List.of("Arménie", "Армения"));
        m.put(AZERBAIJAN, List.of("Azerbaïdjan", "Азербайджан"));
        m.put(RUSSIA, List.of("Russie", "Россия"));
        m.put(SYUNIK, List.of("Syunik Province", "Siounie"));
        m.put(GEGHARKUNIK, List.of());
        m.put(KHOJAVEND, List.of("Khojavend District"));
        m.put(STEPANAKERT, List.of("Khankendi", "Степанакерт"));
        m.put(SHUSHA, List.of("Chouchi", "Shushi", "Шуша"));
        m.put(GOROS, List.of());
        m.put(YEREVAN, List.of("Erevan", "Ереван"));
        m.put(MARTUNI_AM, List.of());
        m.put(MARTUNI_AZ, List.of());
        m.put(EUROPE, List.of("Europe"));
        return InMemoryGazetteer.of(m);
    }

    private Fixtures() {
    }
}
