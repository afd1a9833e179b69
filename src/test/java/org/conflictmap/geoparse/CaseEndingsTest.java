package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class CaseEndingsTest {

    private static final Place KYIV = Fixtures.city(703448, "Kyiv", "PPLC", "UA", "12", 50.45, 30.52, 2_797_553);
    private static final Place KHARKIV = Fixtures.city(706483, "Kharkiv", "PPLA", "UA", "07", 49.98, 36.25, 1_430_885);
    private static final Place ROSTOV = Fixtures.city(501175, "Rostov-na-Donu", "PPLA", "RU", "61", 47.23, 39.72,
            1_074_482);
    private static final Place ROME = Fixtures.city(3169070, "Rome", "PPLC", "IT", "07", 41.89, 12.51, 2_318_895);
    private static final Place BELL = Fixtures.city(9101, "Bell", "PPL", "US", "MD", 39.0, -76.9, 800);
    private static final Place UKRAINE = Fixtures.country(690791, "Ukraine", "UA", 49.0, 32.0, 41_000_000);

    private static GazetteerGeoparser geoparser() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(KYIV, List.of("Kyiv", "Киев", "Київ", "Kiew"));
        names.put(KHARKIV, List.of("Kharkiv", "Харьков", "Харків"));
        names.put(ROSTOV, List.of("Ростов-на-Дону"));
        names.put(ROME, List.of("Rome", "Рим"));
        names.put(BELL, List.of("Bell", "Бел"));
        names.put(UKRAINE, List.of("Ukraine", "Украина", "Україна"));
        names.put(Fixtures.RUSSIA, List.of("Russia", "Россия", "Russland"));
        names.put(Fixtures.MOSCOW, List.of("Moscow", "Москва", "Moskau"));
        names.put(Fixtures.NEW_YORK, List.of("New York", "Нью-Йорк"));
        return GazetteerGeoparser.create(InMemoryGazetteer.of(names));
    }

    @Test
    void caseEndingsLeadBackToTheNominative() {
        assertEquals("москва", CaseEndings.nominatives("москвы").get(0));
        assertTrue(CaseEndings.nominatives("киеве").contains("киев"));
        assertTrue(CaseEndings.nominatives("россии").contains("россия"));
        assertTrue(CaseEndings.nominatives("україни").contains("україна"));
        assertTrue(CaseEndings.nominatives("запорожья").contains("запорожье"));
        assertTrue(CaseEndings.nominatives("черкасах").contains("черкассы") || CaseEndings.nominatives("черкассах")
                .contains("черкассы"));
        // Ukrainian: the closed syllable of the nominative has і / ї
        assertTrue(CaseEndings.nominatives("харкова").contains("харків"));
        assertTrue(CaseEndings.nominatives("києві").contains("київ"));
        assertTrue(CaseEndings.nominatives("львові").contains("львів"));
        assertFalse(CaseEndings.nominatives("москвы").contains("москвы"), "never the word itself");
        assertEquals(List.of(), CaseEndings.nominatives("paris", "ru"), "Cyrillic words only in Russian");
        assertEquals(List.of(), CaseEndings.nominatives("рим"), "too short to carry an ending");
        assertTrue(CaseEndings.declines("RU") && CaseEndings.declines("uk") && !CaseEndings.declines("bg"));
    }

    /** declines answers as the root-locale lower case of the code would, for any char at either place of a code. */
    @Test
    void declinesIgnoresCaseLikeToLowerCase() {
        for (String code : CaseEndings.LANGUAGES) {
            for (int at = 0; at < code.length(); at++) {
                for (int c = 0; c <= 0xFFFF; c++) {
                    String lang = code.substring(0, at) + (char) c + code.substring(at + 1);
                    boolean expected = CaseEndings.LANGUAGES.contains(lang.toLowerCase(java.util.Locale.ROOT));
                    if (CaseEndings.declines(lang) != expected) {
                        assertEquals(expected, CaseEndings.declines(lang), "U+" + Integer.toHexString(c) + " in " + code);
                    }
                }
            }
        }
        assertTrue(CaseEndings.declines("U\u212A") && CaseEndings.declines("De") && !CaseEndings.declines("deu"));
        assertFalse(CaseEndings.declines(null) || CaseEndings.declines("") || CaseEndings.declines("en"));
    }

    @Test
    void inflectedNamesAreFoundInRussianAndUkrainian() {
        GazetteerGeoparser geo = geoparser();
        String ru = "Президент России прилетел из Москвы в Киев, затем в Нью-Йорке, Ростове-на-Дону и в Риме. "
                + "Встреча прошла в Белом доме.";
        GeoparseResult r = geo.parse(ru, "ru");
        assertEquals(List.of("России", "Москвы", "Киев", "Нью-Йорке", "Ростове-на-Дону", "Риме"), surfaces(r));
        assertEquals(List.of(Fixtures.RUSSIA, Fixtures.MOSCOW, KYIV, Fixtures.NEW_YORK, ROSTOV, ROME),
                r.mentions().stream().map(Mention::place).toList());
        GeoparseResult uk = geo.parse("Вибухи пролунали у Харкові та Києві, повідомляє уряд України.", "uk");
        assertEquals(List.of(KHARKIV, KYIV, UKRAINE), uk.mentions().stream().map(Mention::place).toList());
    }

    @Test
    void germanGenitivesAreFound() {
        assertEquals(List.of("kiew"), CaseEndings.nominatives("kiews", "de"));
        assertEquals(List.of(), CaseEndings.nominatives("kiews", "ru"), "a Latin word in a Russian text");
        assertEquals(List.of(), CaseEndings.nominatives("киеве", "de"), "a Cyrillic word in a German text");
        assertEquals(List.of(), CaseEndings.nominatives("kiews", "en"));
        GeoparseResult r = geoparser().parse("Die Truppen Russlands stehen vor Kiews Toren, hieß es in Moskaus "
                + "Regierung.", "de");
        assertEquals(List.of("Russlands", "Kiews", "Moskaus"), surfaces(r));
        assertEquals(List.of(Fixtures.RUSSIA, KYIV, Fixtures.MOSCOW), r.mentions().stream().map(Mention::place).toList());
    }

    @Test
    void aCapitalisedGermanDemonymInsideASentenceIsPartOfAName() {
        Place germany = Fixtures.country(2921044, "Germany", "DE", 51.5, 10.5, 82_927_922);
        Place lithuania = Fixtures.country(597427, "Lithuania", "LT", 56.0, 24.0, 2_789_533);
        Place welle = Fixtures.city(9102, "Welle", "PPL", "DE", "06", 53.5, 9.6, 1_200);
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(germany, List.of("Germany", "Deutschland"));
        names.put(lithuania, List.of("Litauen"));
        names.put(welle, List.of("Welle"));
        Map<Place, List<String>> demonyms = Map.of(germany, List.of("Deutsche", "deutsche"));
        GazetteerGeoparser geo = GazetteerGeoparser.create(InMemoryGazetteer.of(names, demonyms));
        String text = "Das meldet die Deutsche Welle. Deutsche Soldaten sind in Litauen.";
        GeoparseResult r = geo.parse(text, "de");
        assertEquals(List.of("Deutsche", "Litauen"), surfaces(r));
        assertEquals(text.indexOf("Deutsche Soldaten"), r.mentions().get(0).start());
    }

    @Test
    void languagesWithoutCasesAreNotInflected() {
        GeoparseResult r = geoparser().parse("La palabra Москвы está aquí, y Києві y Kiews también.", "es");
        assertEquals(List.of(), surfaces(r));
    }

    @Test
    void oracleSpansInAnObliqueCaseResolve() {
        String text = "Удары по Харькову и Киеве.";
        int k = text.indexOf("Харькову");
        int v = text.indexOf("Киеве");
        GeoparseResult r = geoparser().resolveSpans(text, "ru",
                List.of(new int[] {k, k + "Харькову".length()}, new int[] {v, v + "Киеве".length()}));
        assertEquals(List.of(KHARKIV, KYIV), r.mentions().stream().map(Mention::place).toList());
    }

    private static List<String> surfaces(GeoparseResult r) {
        return r.mentions().stream().map(Mention::surface).toList();
    }
}
