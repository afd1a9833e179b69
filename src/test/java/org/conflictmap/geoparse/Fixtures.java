package org.conflictmap.geoparse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;

/** A tiny gazetteer for geoparser tests: an InMemoryGazetteer plus demonym keys. */
public final class Fixtures {

    public static final Place ARMENIA = country(174982, "Armenia", "AM", 40.25, 45.0, 2_968_000);
    public static final Place AZERBAIJAN = country(587116, "Azerbaijan", "AZ", 40.5, 47.5, 9_942_334);
    public static final Place RUSSIA = country(2017370, "Russia", "RU", 60.0, 100.0, 140_702_000);
    public static final Place USA = country(6252001, "United States", "US", 39.76, -98.5, 327_167_434);
    public static final Place FRANCE = country(3017382, "France", "FR", 46.0, 2.0, 66_987_244);
    public static final Place TURKEY = country(298795, "Turkey", "TR", 39.0, 35.0, 82_319_724);
    public static final Place GEORGIA = country(614540, "Georgia", "GE", 42.0, 43.5, 3_731_000);
    public static final Place COLOMBIA = country(3686110, "Colombia", "CO", 4.0, -73.25, 49_648_685);
    public static final Place MOSCOW = city(524901, "Moscow", "PPLC", "RU", "48", 55.75222, 37.61556, 10_381_222);
    public static final Place YEREVAN = city(616052, "Yerevan", "PPLC", "AM", "11", 40.18111, 44.51361, 1_093_485);
    public static final Place BAKU = city(587084, "Baku", "PPLC", "AZ", "09", 40.37767, 49.89201, 1_116_513);
    public static final Place STEPANAKERT = city(146970, "Xankandi", "PPLA", "AZ", "24", 39.8177, 46.7528, 55_200);
    public static final Place ANKARA = city(323786, "Ankara", "PPLC", "TR", "68", 39.91987, 32.85427, 3_517_182);
    public static final Place KARABAKH = new Place(-1001, "Nagorno-Karabakh", "L", "RGN", "AZ", "", 39.9, 46.7, 0, null);
    public static final Place PARIS = city(2988507, "Paris", "PPLC", "FR", "11", 48.85341, 2.3488, 2_138_551);
    public static final Place PARIS_TX = city(4717560, "Paris", "PPLA2", "US", "TX", 33.66094, -95.55551, 24_782);
    public static final Place TEXAS = admin1(4736286, "Texas", "US", "TX", 31.25044, -99.25061, 22_875_689);
    public static final Place MOSCOW_ID = city(5601538, "Moscow", "PPLA2", "US", "ID", 46.73239, -117.00017, 25_060);
    public static final Place IDAHO = admin1(5596512, "Idaho", "US", "ID", 44.50026, -114.25118, 1_654_930);
    public static final Place ARMENIA_CO = city(3689560, "Armenia", "PPLA", "CO", "29", 4.53389, -75.68111, 315_328);
    public static final Place QUINDIO = admin1(3671087, "Quindío", "CO", "29", 4.5, -75.66667, 539_904);
    public static final Place GEORGIA_US = admin1(4197000, "Georgia", "US", "GA", 32.75042, -83.50018, 9_919_945);
    public static final Place ICELAND = country(2629691, "Iceland", "IS", 65, -18, 353_574);
    public static final Place TBILISI = city(611717, "Tbilisi", "PPLC", "GE", "TB", 41.69411, 44.83368, 1_049_498);
    public static final Place TREMBLAY = city(2972328, "Tremblay-en-France", "PPL", "FR", "11", 48.94956, 2.56840, 35_296);
    public static final Place VLADIMIR = city(473247, "Vladimir", "PPLA", "RU", "83", 56.13655, 40.39658, 310_024);
    public static final Place THE_AIRPORT = new Place(9001, "Thenkurussi", "P", "PPL", "IN", "25", 10.0, 76.0, 5_000, null);
    public static final Place FRONT = city(3176510, "Front", "PPL", "IT", "12", 45.28, 7.66, 1_700);
    public static final Place MINSK = city(625144, "Minsk", "PPLC", "BY", "HM", 53.9, 27.56667, 1_742_124);
    public static final Place NEW_YORK = city(5128581, "New York City", "PPL", "US", "NY", 40.71427, -74.00597, 8_175_133);
    public static final Place SAINT_PETERSBURG = city(498817, "Saint Petersburg", "PPLA", "RU", "66", 59.93863, 30.31413,
            5_351_935);
    public static final Place BOSNIA = country(3277605, "Bosnia and Herzegovina", "BA", 44.0, 18.0, 3_323_929);
    public static final Place CAIRO = city(360630, "Cairo", "PPLC", "EG", "11", 30.06263, 31.24967, 7_734_614);
    public static final Place SELON = city(9002, "Selon", "PPL", "FR", "93", 43.7, 5.1, 300);
    public static final Place RED_CROSS = city(9003, "Red Cross", "PPL", "US", "NC", 35.27, -80.36, 700);

    private Fixtures() {
    }

    static Place country(long id, String name, String cc, double lat, double lon, long pop) {
        return new Place(id, name, "A", "PCLI", cc, "00", lat, lon, pop, null);
    }

    static Place city(long id, String name, String code, String cc, String a1, double lat, double lon, long pop) {
        return new Place(id, name, "P", code, cc, a1, lat, lon, pop, null);
    }

    static Place admin1(long id, String name, String cc, String a1, double lat, double lon, long pop) {
        return new Place(id, name, "A", "ADM1", cc, a1, lat, lon, pop, null);
    }

    /** The mentions {@code geo} resolves on the given surfaces as gold spans, each found after the previous one. */
    static List<Mention> resolveSpans(GazetteerGeoparser geo, String text, String... surfaces) {
        List<int[]> spans = new java.util.ArrayList<>();
        int from = 0;
        for (String s : surfaces) {
            int i = text.indexOf(s, from);
            spans.add(new int[] {i, i + s.length()});
            from = i + s.length();
        }
        return geo.resolveSpans(text, "en", spans).mentions();
    }

    /** The fixture gazetteer. */
    public static Gazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(ARMENIA, List.of("Arménie", "Армения", "أرمينيا"));
        names.put(AZERBAIJAN, List.of("Azerbaïdjan", "Азербайджан"));
        names.put(RUSSIA, List.of("Russie", "Россия", "Rusia", "Russland", "روسيا"));
        names.put(USA, List.of("États-Unis", "USA", "US", "U.S.", "United States of America", "США"));
        names.put(FRANCE, List.of("Frankreich", "Франция"));
        names.put(TURKEY, List.of("Turquie", "Türkei", "Турция"));
        names.put(GEORGIA, List.of("Géorgie", "Грузия"));
        names.put(COLOMBIA, List.of("Colombie"));
        names.put(MOSCOW, List.of("Moscou", "Москва", "Moskau", "Moscú", "موسكو"));
        names.put(YEREVAN, List.of("Erevan", "Ереван", "Eriwan"));
        names.put(BAKU, List.of("Bakou", "Баку"));
        names.put(STEPANAKERT, List.of("Stepanakert", "Степанакерт"));
        names.put(ANKARA, List.of("Анкара"));
        names.put(KARABAKH, List.of("Haut-Karabakh", "Karabakh", "Нагорный Карабах", "Карабах", "Bergkarabach"));
        names.put(PARIS, List.of("Париж"));
        names.put(PARIS_TX, List.of());
        names.put(TEXAS, List.of("Tex", "TX"));
        names.put(MOSCOW_ID, List.of());
        names.put(IDAHO, List.of());
        names.put(ARMENIA_CO, List.of());
        names.put(QUINDIO, List.of("Quindio"));
        names.put(GEORGIA_US, List.of("Ga"));
        names.put(TBILISI, List.of("Tbilissi", "Тбилиси"));
        names.put(ICELAND, List.of("Island", "Islande"));
        names.put(TREMBLAY, List.of("France"));
        names.put(VLADIMIR, List.of("Владимир"));
        names.put(THE_AIRPORT, List.of("THE", "the", "for", "was"));
        names.put(FRONT, List.of());
        names.put(MINSK, List.of("Минск"));
        names.put(NEW_YORK, List.of("New York", "NYC"));
        names.put(SAINT_PETERSBURG, List.of("Saint-Pétersbourg", "St. Petersburg", "Санкт-Петербург"));
        names.put(BOSNIA, List.of("Bosnie-Herzégovine"));
        names.put(CAIRO, List.of("القاهرة", "Le Caire"));
        names.put(SELON, List.of());
        names.put(RED_CROSS, List.of());
        Map<Place, List<String>> demonyms = new LinkedHashMap<>();
        demonyms.put(RUSSIA, List.of("russe", "russes", "Russian", "российский", "russisch", "الروسي"));
        demonyms.put(AZERBAIJAN, List.of("azerbaïdjanais", "azerbaïdjanaise", "Azerbaijani", "азербайджанский"));
        demonyms.put(ARMENIA, List.of("arménien", "Armenian", "armenia")); // es feminine "armenia" = the name
        demonyms.put(FRANCE, List.of("français", "French"));
        demonyms.put(TURKEY, List.of("turc", "Turkish"));
        return InMemoryGazetteer.of(names, demonyms);
    }


    /** The surfaces of the mentions {@code geo} reports in {@code text}, in order. */
    static java.util.List<String> surfaces(GazetteerGeoparser geo, String text, String lang) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Mention m : geo.parse(text, lang).mentions()) {
            out.add(m.surface());
        }
        return out;
    }
}
