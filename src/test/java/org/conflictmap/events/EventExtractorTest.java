package org.conflictmap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Mention;
import org.conflictmap.geoparse.MentionKind;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.SourceLocation;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private final EventExtractor extractor = new EventExtractor(Fixtures.gazetteer(), EventOptions.defaults());

    /** A fake geoparser: finds the given surface strings in the text and assigns the given places. */
    private static GeoparseResult parse(String text, String lang, Object... surfaceAndPlace) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < surfaceAndPlace.length; i += 3) {
            String surface = (String) surfaceAndPlace[i];
            Place place = (Place) surfaceAndPlace[i + 1];
            double conf = (Double) surfaceAndPlace[i + 2];
            int at = text.indexOf(surface);
            MentionKind kind = Character.isLowerCase(surface.charAt(0)) ? MentionKind.DEMONYM : MentionKind.TOPONYM;
            ms.add(new Mention(at, at + surface.length(), surface, kind, place, conf, List.of()));
        }
        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new GeoparseResult(lang, ms);
    }

    private static Document doc(String id, String text, String lang, LocalDate date) {
        return new Document(id, text, lang, date, null, null, null, new SourceLocation("a.jsonl", 3));
    }

    @Test
    void frenchArticleGivesTypedDatedEventsWithCountryPrecision() {
        String text = "Le 27 septembre, des bombardements ont frappé Stepanakert. "
                + "M. Aliyev a rencontré le ministre russe à Moscou hier. "
                + "L'Arménie a décrété la loi martiale.";
        Document d = doc("fr-1", text, "fr", LocalDate.of(2020, 10, 5));
        GeoparseResult r = parse(text, "fr", "Stepanakert", Fixtures.STEPANAKERT, 0.9, "russe", Fixtures.RUSSIA, 0.8,
                "Moscou", null, 0.0, "Arménie", Fixtures.ARMENIA, 0.95);
        ExtractionResult res = extractor.extract(d, r);
        assertEquals(3, res.mentions().size(), res.toString());
        EventMention step = res.mentions().get(0);
        assertEquals(Fixtures.STEPANAKERT, step.place());
        assertEquals(LocalDate.of(2020, 9, 27), step.date());
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, step.type());
        assertEquals(Precision.PLACE, step.precision());
        assertEquals("Le 27 septembre, des bombardements ont frappé Stepanakert.", step.sentence());
        EventMention russia = res.mentions().get(1);
        assertEquals(Fixtures.RUSSIA, russia.place());
        assertEquals(Precision.COUNTRY, russia.precision());
        assertEquals(EventType.DIPLOMACY, russia.type());
        assertEquals(LocalDate.of(2020, 10, 4), russia.date(), "hier = document date - 1");
        EventMention armenia = res.mentions().get(2);
        assertEquals(Precision.COUNTRY, armenia.precision());
        assertEquals(EventType.STRATEGIC_DEVELOPMENTS, armenia.type());
        assertEquals(LocalDate.of(2020, 10, 5), armenia.date());
        assertEquals(List.of(new UnresolvedName("Moscou", "fr-1",
                "M. Aliyev a rencontré le ministre russe à Moscou hier.")), res.unresolved());
        assertTrue(res.warnings().isEmpty());
    }

    @Test
    void lowConfidenceIsUnresolvedAndAdmin1IsArea() {
        String text = "Shelling hit Syunik on 9 October. Fighting near Martuni.";
        GeoparseResult r = parse(text, "en", "Syunik", Fixtures.SYUNIK, 0.9, "Martuni", Fixtures.MARTUNI_AZ, 0.3);
        ExtractionResult res = extractor.extract(doc("en-1", text, "en", LocalDate.of(2020, 10, 12)), r);
        assertEquals(1, res.mentions().size());
        assertEquals(Precision.ADMIN1, res.mentions().get(0).precision());
        assertEquals(LocalDate.of(2020, 10, 9), res.mentions().get(0).date());
        assertEquals("Martuni", res.unresolved().get(0).name());
        ExtractionResult strict = new EventExtractor(Fixtures.gazetteer(),
                EventOptions.defaults().withMinConfidence(0.2).withMinPrecision(Precision.PLACE))
                .extract(doc("en-1", text, "en", LocalDate.of(2020, 10, 12)), r);
        assertEquals(1, strict.mentions().size());
        assertEquals(Fixtures.MARTUNI_AZ, strict.mentions().get(0).place());
        assertEquals(EventType.BATTLES, strict.mentions().get(0).type());
    }

    @Test
    void demonymOfCityResolvesToCountryAndContinentIsDropped() {
        String text = "Azerbaijani drones struck targets, Europe said.";
        GeoparseResult r = new GeoparseResult("en", List.of(
                new Mention(0, 11, "Azerbaijani", MentionKind.DEMONYM, Fixtures.STEPANAKERT, 0.9, List.of()),
                new Mention(35, 41, "Europe", MentionKind.TOPONYM, Fixtures.EUROPE, 0.9, List.of())));
        ExtractionResult res = extractor.extract(doc("en-2", text, "en", LocalDate.of(2020, 10, 12)), r);
        assertEquals(1, res.mentions().size());
        assertEquals(Fixtures.AZERBAIJAN, res.mentions().get(0).place());
        String text2 = "Azerbaijani drones struck Stepanakert.";
        GeoparseResult r2 = new GeoparseResult("en", List.of(
                new Mention(0, 11, "Azerbaijani", MentionKind.DEMONYM, Fixtures.AZERBAIJAN, 0.9, List.of()),
                new Mention(26, 37, "Stepanakert", MentionKind.TOPONYM, Fixtures.STEPANAKERT, 0.9, List.of())));
        List<EventMention> two = extractor.extract(doc("en-2", text2, "en", LocalDate.of(2020, 10, 12)), r2).mentions();
        assertEquals(1, two.size(), "the country is an actor when a finer place is named");
        assertEquals(Fixtures.STEPANAKERT, two.get(0).place());
        assertEquals(Precision.COUNTRY, res.mentions().get(0).precision());
    }

    @Test
    void undatedDocumentKeepsOnlyExplicitlyDatedSentencesAndWarns() {
        String text = "Обстрел Степанакерта 2020-10-04. Бои у Шуши продолжались.";
        GeoparseResult r = parse(text, "ru", "Степанакерта", Fixtures.STEPANAKERT, 0.9, "Шуши", Fixtures.SHUSHA, 0.9);
        ExtractionResult res = extractor.extract(doc("ru-1", text, "ru", null), r);
        assertEquals(1, res.mentions().size());
        assertEquals(LocalDate.of(2020, 10, 4), res.mentions().get(0).date());
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, res.mentions().get(0).type());
        assertEquals(1, res.warnings().size());
        assertTrue(res.warnings().get(0).reason().contains("no date"));
    }

    @Test
    void capitalFollowedByAReportingVerbIsItsCountry() {
        String text = "Erevan a aussitôt démenti toute frappe sur Stepanakert. Erevan salue l'accord. "
                + "À Erevan, des manifestants se sont rassemblés. Yerevan, the capital, was calm.";
        List<Mention> ms = new ArrayList<>();
        for (int i = text.indexOf("Erevan"); i >= 0; i = text.indexOf("Erevan", i + 1)) {
            ms.add(new Mention(i, i + 6, "Erevan", MentionKind.TOPONYM, Fixtures.YEREVAN, 0.9, List.of()));
        }
        int st = text.indexOf("Stepanakert");
        ms.add(new Mention(st, st + 11, "Stepanakert", MentionKind.TOPONYM, Fixtures.STEPANAKERT, 0.9, List.of()));
        int y = text.indexOf("Yerevan");
        ms.add(new Mention(y, y + 7, "Yerevan", MentionKind.TOPONYM, Fixtures.YEREVAN, 0.9, List.of()));
        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<EventMention> res = extractor.extract(doc("fr-9", text, "fr", LocalDate.of(2020, 10, 12)),
                new GeoparseResult("fr", ms)).mentions();
        assertEquals(List.of(Fixtures.STEPANAKERT, Fixtures.ARMENIA, Fixtures.YEREVAN, Fixtures.YEREVAN),
                res.stream().map(EventMention::place).toList(), res.toString());
        assertEquals(EventType.PROTESTS, res.get(2).type());
        assertTrue(Metonymy.actorVerbFollows("Baku said on Monday", 4));
        assertTrue(Metonymy.actorVerbFollows("Анкара заявила", 6));
        assertTrue(!Metonymy.actorVerbFollows("Baku, said the minister", 4), "another clause");
    }

    @Test
    void riversAreAreasAndSharedFeaturesAreDropped() {
        Place lake = new Place(1, "Sevan", "H", "LK", "AM", "04", 40.4, 45.3, 0, null);
        Place aras = new Place(2, "Aras", "H", "STM", "AZ,AM,IR,TR", "", 39.5, 46.0, 0, null);
        String text = "Fighting near Sevan and along the Aras.";
        GeoparseResult r = parse(text, "en", "Sevan", lake, 0.9, "Aras", aras, 0.9);
        ExtractionResult res = extractor.extract(doc("en-4", text, "en", LocalDate.of(2020, 10, 1)), r);
        assertEquals(1, res.mentions().size());
        assertEquals(Precision.ADMIN1, res.mentions().get(0).precision());
        assertTrue(res.unresolved().isEmpty());
    }

    @Test
    void untypedSentencesAreOtherOrDropped() {
        String text = "Yerevan is the capital.";
        GeoparseResult r = parse(text, "en", "Yerevan", Fixtures.YEREVAN, 0.9);
        Document d = doc("en-3", text, "en", LocalDate.of(2020, 10, 1));
        assertEquals(EventType.OTHER, extractor.extract(d, r).mentions().get(0).type());
        EventExtractor skip = new EventExtractor(Fixtures.gazetteer(), EventOptions.defaults().withDefaultType(null));
        assertTrue(skip.extract(d, r).mentions().isEmpty());
    }

    private static EventRow row(String id, String type, String country, String admin1, String place, Double lat,
                                Double lon, Integer fat) {
        return new EventRow(new SourceLocation("acled.csv", 7), id, LocalDate.of(2020, 10, 4), type, null, country,
                admin1, null, place, lat, lon, fat, "notes " + id);
    }

    @Test
    void rowWithNearPointKeepsItsCoordinatesAndGazetteerPlace() {
        ExtractionResult res = extractor.extract(row("r1", "Explosions/Remote violence", "Azerbaijan", null,
                "Stepanakert", 39.82, 46.76, 3));
        EventMention m = res.mentions().get(0);
        assertEquals(Fixtures.STEPANAKERT.id(), m.place().id());
        assertEquals(39.82, m.lat());
        assertEquals(46.76, m.lon());
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, m.type());
        assertEquals(3, m.fatalities());
        assertTrue(res.warnings().isEmpty());
    }

    @Test
    void rowWithPointPrefersTheCityOverANearbyAreaOfTheSameName() {
        Place area = new Place(-5, "Stepanakert", "A", "ADM1", "AZ", "61", 39.834, 46.771, 0,
                new org.conflictmap.gazetteer.BBox(46.74, 39.80, 46.81, 39.87));
        EventExtractor ex = new EventExtractor(org.conflictmap.gazetteer.InMemoryGazetteer.of(
                java.util.Map.of(area, List.of(), Fixtures.STEPANAKERT, List.of(), Fixtures.AZERBAIJAN, List.of())),
                EventOptions.defaults());
        EventMention m = ex.extract(row("r9", "Battles", "AZ", null, "Stepanakert", 39.82, 46.76, null)).mentions().get(0);
        assertEquals(Fixtures.STEPANAKERT, m.place());
        assertEquals(Precision.PLACE, m.precision());
    }

    @Test
    void rowWithFarPointIsFlaggedButKept() {
        ExtractionResult res = extractor.extract(row("r2", "Battles", "AZ", null, "Stepanakert", 40.41, 49.87, null));
        assertEquals(1, res.mentions().size());
        EventMention m = res.mentions().get(0);
        assertTrue(m.place().id() < 0, "project place");
        assertEquals(40.41, m.lat());
        assertEquals(1, res.warnings().size());
        String w = res.warnings().get(0).reason();
        assertTrue(w.matches("row r2: point \\d+ km from Stepanakert, AZ"), w);
        java.util.regex.Matcher km = java.util.regex.Pattern.compile("point (\\d+) km").matcher(w);
        assertTrue(km.find());
        long kmv = Long.parseLong(km.group(1));
        assertTrue(kmv > 250 && kmv < 300, w);
        assertEquals(m.place().id(), extractor.extract(row("r2", "Battles", "AZ", null, "Stepanakert", 40.41, 49.87,
                null)).mentions().get(0).place().id(), "stable project id");
    }

    @Test
    void rowWithoutPointUsesCountryAndAdmin1Hints() {
        ExtractionResult am = extractor.extract(row("r3", "Battles", "Armenia", null, "Martuni", null, null, null));
        assertEquals(Fixtures.MARTUNI_AM, am.mentions().get(0).place());
        ExtractionResult az = extractor.extract(row("r4", "Battles", "Azerbaijan", null, "Martuni", null, null, null));
        assertEquals(Fixtures.MARTUNI_AZ, az.mentions().get(0).place());
        ExtractionResult byAdmin = extractor.extract(row("r5", "Battles", null, "Khojavend", "Martuni", null, null, null));
        assertEquals(Fixtures.MARTUNI_AZ, byAdmin.mentions().get(0).place());
        assertEquals(Precision.PLACE, byAdmin.mentions().get(0).precision());
    }

    @Test
    void unknownPlaceFallsBackToAdmin1OrIsUnresolved() {
        ExtractionResult res = extractor.extract(row("r6", "Protests", "AM", "Syunik", "Nowhereville", null, null, null));
        assertEquals(Fixtures.SYUNIK, res.mentions().get(0).place());
        assertEquals(Precision.ADMIN1, res.mentions().get(0).precision());
        assertEquals(EventType.PROTESTS, res.mentions().get(0).type());
        assertEquals("Nowhereville", res.unresolved().get(0).name());
        assertTrue(res.warnings().get(0).reason().contains("placed at admin-1 Syunik"));

        ExtractionResult none = extractor.extract(row("r7", "Riots", "Atlantis", null, "Nowhereville", null, null, null));
        assertTrue(none.mentions().isEmpty());
        assertEquals(1, none.unresolved().size());
        assertEquals(2, none.warnings().size(), none.warnings().toString());
        ExtractionResult placeOnly = new EventExtractor(Fixtures.gazetteer(),
                EventOptions.defaults().withMinPrecision(Precision.PLACE))
                .extract(row("r6", "Protests", "AM", "Syunik", "Nowhereville", null, null, null));
        assertTrue(placeOnly.mentions().isEmpty());
        assertNull(placeOnly.unresolved().isEmpty() ? "missing" : null);
    }
}
