package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class GazetteerGeoparserTest {

    private static final GazetteerGeoparser GEO = GazetteerGeoparser.create(Fixtures.gazetteer());

    private static List<String> surfaces(GeoparseResult r) {
        List<String> out = new ArrayList<>();
        for (Mention m : r.mentions()) {
            out.add(m.surface());
        }
        return out;
    }

    private static Mention find(GeoparseResult r, String surface) {
        for (Mention m : r.mentions()) {
            if (m.surface().equals(surface)) {
                return m;
            }
        }
        throw new AssertionError("no mention " + surface + " in " + surfaces(r));
    }

    @Test
    void frenchNewsParagraph() {
        String text = "Le chef de la diplomatie azerbaïdjanaise, Jeyhun Bayramov, a atterri à Moscou mardi, selon "
                + "Flight Radar. Le président russe Vladimir Poutine a reçu les délégations de l’Arménie et de "
                + "l'Azerbaïdjan en Russie pour parler du Haut-Karabakh, rapporte RIA Novosti.\n"
                + "Selon Erevan, Bakou a bombardé Stepanakert ; l’Arménie affirme qu’Ankara soutient Bakou. "
                + "Les États-Unis et la France, avec la Russie, coprésident le Groupe de Minsk. "
                + "Rejoignez News-Front sur Facebook et Vkontakte.";
        GeoparseResult r = GEO.parse(text, "fr");
        assertEquals("fr", r.lang());
        List<String> toponyms = new ArrayList<>();
        for (Mention m : r.mentions()) {
            if (m.kind() == MentionKind.TOPONYM) {
                toponyms.add(m.surface());
            }
        }
        assertEquals(List.of("Moscou", "Arménie", "Azerbaïdjan", "Russie", "Haut-Karabakh", "Erevan", "Bakou",
                "Stepanakert", "Arménie", "Ankara", "Bakou", "États-Unis", "France", "Russie"), toponyms);
        assertEquals(Fixtures.MOSCOW, find(r, "Moscou").place());
        assertEquals(Fixtures.FRANCE, find(r, "France").place(), "the country beats Tremblay-en-France");
        assertEquals(Fixtures.ANKARA, find(r, "Ankara").place(), "a metonym resolves to the city");
        assertEquals(Fixtures.STEPANAKERT, find(r, "Stepanakert").place());
        assertEquals(Fixtures.ARMENIA, find(r, "Arménie").place(), "the country, not Armenia (Colombia)");
        Mention russe = find(r, "russe");
        assertEquals(MentionKind.DEMONYM, russe.kind());
        assertEquals(Fixtures.RUSSIA, russe.place());
        assertEquals(MentionKind.DEMONYM, find(r, "azerbaïdjanaise").kind());
        Mention arm = find(r, "Arménie");
        assertEquals("Arménie", text.substring(arm.start(), arm.end()));
        for (Mention m : r.mentions()) {
            assertTrue(m.confidence() > 0 && m.confidence() <= 1, m.toString());
        }
    }

    @Test
    void aGivenLanguageCodeIsReadStrippedAndInLowerCase() {
        String text = "Selon les médias, France et Russie discutent.";
        for (String lang : List.of(" FR ", "Fr", "fr\t")) {
            GeoparseResult r = GEO.parse(text, lang);
            assertEquals("fr", r.lang(), lang);
            assertEquals(surfaces(GEO.parse(text, "fr")), surfaces(r), lang);
        }
        assertEquals("pt-br", GEO.language(text, "pt-BR"));
        assertEquals("es", GEO.language(text, "es"));
    }

    @Test
    void peopleAndOrganisationsAreNotPlaces() {
        GeoparseResult r = GEO.parse("Vladimir Poutine a parlé. Le groupe News-Front cite RIA Novosti.", "fr");
        assertEquals(List.of(), surfaces(r));
        r = GEO.parse("He met President Georgia Smith and Minister Paris Jones in Vladimir.", "en");
        assertEquals(List.of("Vladimir"), surfaces(r));
    }

    @Test
    void aPlaceNameAfterCommitteeOfTheIsPartOfTheOrganisationsName() {
        String text = "In Moscow, the International Committee of the Red Cross called for a truce. "
                + "Yet the Red Cross office and Red Cross residents were named as places.";
        GeoparseResult r = GEO.parse(text, "en");
        assertEquals(List.of("Moscow", "Red Cross", "Red Cross"), surfaces(r));
        assertTrue(r.mentions().get(1).start() > text.indexOf("Yet"), "not the one inside the committee's name");
    }

    @Test
    void codeLikeNamesAndLowerCaseWordsAreIgnored() {
        GeoparseResult r = GEO.parse("It was the best plan for THE team, said the NYC mayor in the US.", "en");
        assertEquals(List.of("NYC", "US"), surfaces(r));
    }

    @Test
    void commonWordAtSentenceStartNeedsAProminentPlace() {
        GeoparseResult r = GEO.parse("Selon les médias, France et Russie discutent.", "fr");
        assertEquals(List.of("France", "Russie"), surfaces(r));
    }

    @Test
    void anOrdinaryWordThatNamesACountryIsKeptWithoutAnyOtherSupport() {
        // "georgia" is an ordinary English word: a very prominent place of four letters or more stays
        assertEquals(List.of("Georgia"), surfaces(GEO.parse("Talks with Georgia resumed on Monday.", "en")));
        assertEquals(List.of("Georgia"), surfaces(GEO.parse("Georgia sent a delegation.", "en")));
    }

    @Test
    void explicitHierarchy() {
        GeoparseResult r = GEO.parse("She was born in Paris, Texas, and studied in Moscow, Idaho.", "en");
        assertEquals(Fixtures.PARIS_TX, find(r, "Paris").place());
        assertEquals(Fixtures.TEXAS, find(r, "Texas").place());
        assertEquals(Fixtures.MOSCOW_ID, find(r, "Moscow").place());
        r = GEO.parse("The coffee comes from Armenia, Quindío.", "en");
        assertEquals(Fixtures.ARMENIA_CO, find(r, "Armenia").place());
        assertEquals(MentionKind.TOPONYM, find(r, "Armenia").kind(), "a name, though Spanish 'armenia' is a demonym");
        r = GEO.parse("Un sismo sacudió Armenia, Quindío. La diáspora armenia ayudó.", "es");
        assertEquals(Fixtures.ARMENIA_CO, find(r, "Armenia").place());
        assertEquals(MentionKind.DEMONYM, find(r, "armenia").kind(), "lower case: the Spanish demonym");
        assertEquals(Fixtures.ARMENIA, find(r, "armenia").place());
        r = GEO.parse("Paris is the capital.", "en");
        assertEquals(Fixtures.PARIS, find(r, "Paris").place());
    }

    @Test
    void aMinorPlaceBeforeSaidIsAPlaceAfterALocative() {
        GeoparseResult r = GEO.parse("Officials in Stepanakert said the shelling went on near Stepanakert.", "en");
        assertEquals(List.of("Stepanakert", "Stepanakert"), surfaces(r));
        assertEquals(Fixtures.STEPANAKERT, r.mentions().get(0).place());
        r = GEO.parse("Officials met on Monday. Stepanakert said the shelling went on near Stepanakert.", "en");
        assertEquals(List.of(), surfaces(r), "without 'in', a speaker: a person, and so every other mention");
    }

    @Test
    void aPlaceNamingAGroupIsNoPlace() {
        assertEquals(List.of("Paris"), surfaces(GEO.parse("The Minsk Group co-chairs met in Paris.", "en")));
    }

    @Test
    void aDatelineIsWhereTheStoryWasFiled() {
        assertEquals(List.of(), surfaces(GEO.parse("Shelling went on overnight. STEPANAKERT sirens sounded.", "en")),
                "a minor place alone in capitals, in the text: no support");
        for (String dateline : List.of("STEPANAKERT — ", "STEPANAKERT, Azerbaijan - ", "Note\nSTEPANAKERT (AP) ")) {
            GeoparseResult r = GEO.parse(dateline + "Shelling went on overnight, officials said.", "en");
            assertEquals(Fixtures.STEPANAKERT, find(r, "STEPANAKERT").place(), dateline);
        }
    }

    @Test
    void anEnglishNaturalFeatureHeadBelongsToTheMention() {
        String text = "Barges moved up the Moscow River from Lake Tbilisi towards the Minsk Hills. The ferry to Fire Island "
                + "was closed. The PARIS RIVER report came out.";
        GeoparseResult r = GEO.parse(text, "en");
        assertEquals(List.of("Moscow River", "Lake Tbilisi", "Minsk Hills", "PARIS"), surfaces(r),
                "heads join a name; a head alone after a word is no place ('Island', Iceland in German)");
        assertEquals(Fixtures.MOSCOW, find(r, "Moscow River").place(), "the feature lies at the place so named");
        assertEquals(Fixtures.TBILISI, find(r, "Lake Tbilisi").place());
        r = GEO.parse("Barges moved up the Moscow River.", "fr");
        assertEquals(List.of("Moscow"), surfaces(r), "English heads only in English");
    }

    @Test
    void documentFocusAndOneSensePerDiscourse() {
        GeoparseResult r = GEO.parse("Protests in Tbilisi. Georgia said the talks with Russia went well. "
                + "Georgia will answer.", "en");
        for (Mention m : r.mentions()) {
            if (m.surface().equals("Georgia")) {
                assertEquals(Fixtures.GEORGIA, m.place());
            }
        }
        r = GEO.parse("Georgia lawmakers met in Texas and Idaho with Atlanta officials about Georgia roads.", "en");
        assertEquals(Fixtures.GEORGIA_US, find(r, "Georgia").place(), "US context picks the state");
        Mention g = find(r, "Georgia");
        assertFalse(g.alternatives().isEmpty());
        assertEquals(Fixtures.GEORGIA, g.alternatives().get(0));
    }

    @Test
    void multiWordLongestMatchAndConnectors() {
        GeoparseResult r = GEO.parse("From New York to Bosnia and Herzegovina via St. Petersburg.", "en");
        assertEquals(List.of("New York", "Bosnia and Herzegovina", "St. Petersburg"), surfaces(r));
        r = GEO.parse("Il est parti de Saint-Pétersbourg.", "fr");
        assertEquals(List.of("Saint-Pétersbourg"), surfaces(r));
    }

    @Test
    void abbreviationKeepsItsDot() {
        GeoparseResult r = GEO.parse("Police in Paris, Tex. said on Monday.", "en");
        Mention tex = find(r, "Tex.");
        assertEquals(Fixtures.TEXAS, tex.place());
        assertEquals(Fixtures.PARIS_TX, find(r, "Paris").place());
    }

    @Test
    void cyrillicGermanSpanishArabic() {
        GeoparseResult r = GEO.parse("Российский министр прилетел в Москва из Баку.", "ru");
        assertEquals(List.of("Российский", "Москва", "Баку"), surfaces(r));
        assertEquals(MentionKind.DEMONYM, r.mentions().get(0).kind());
        r = GEO.parse("Die Delegation flog von Moskau nach Eriwan.", "de");
        assertEquals(List.of("Moskau", "Eriwan"), surfaces(r));
        r = GEO.parse("El ministro viajó a Moscú y Rusia.", "es");
        assertEquals(List.of("Moscú", "Rusia"), surfaces(r));
        r = GEO.parse("وصل الوزير إلى القاهرة وموسكو وروسيا", "ar");
        assertEquals(List.of("القاهرة", "موسكو", "روسيا"), surfaces(r));
        assertEquals(Fixtures.MOSCOW, r.mentions().get(1).place());
        r = GEO.parse("وقال الرئيس الروسي في موسكو", "ar"); // the adjective follows its noun: the Russian president
        assertEquals(List.of("الروسي", "موسكو"), surfaces(r));
        assertEquals(MentionKind.DEMONYM, r.mentions().get(0).kind());
        r = GEO.parse("Mr. French met Russian diplomats.", "en");
        assertEquals(List.of("Russian"), surfaces(r), "a title before a capitalised demonym makes a surname");
    }

    @Test
    void languageIsDetectedWhenAbsent() {
        assertEquals("fr", GEO.parse("Le ministre est arrivé à Moscou pour des consultations avec les "
                + "dirigeants de la région.", null).lang());
        assertEquals("en", GEO.parse("The minister arrived in Moscow for talks with the leaders of the region.",
                null).lang());
        assertEquals("ru", GEO.parse("Министр прилетел в Москву.", null).lang());
        assertEquals("uk", GEO.parse("Міністр прилетів до Києва і їхав далі.", null).lang());
        assertEquals("ar", GEO.parse("وصل الوزير إلى القاهرة", null).lang());
        assertEquals("de", GEO.parse("Der Minister ist nach Moskau gereist und hat mit der Regierung gesprochen.",
                null).lang());
        assertEquals("es", GEO.parse("El ministro viajó a Moscú para hablar con el gobierno de la región.", null)
                .lang());
    }

    @Test
    void oracleSpansResolveGivenSpans() {
        String text = "Talks in Erevan and Bakou.";
        GeoparseResult r = GEO.resolveSpans(text, "fr", List.of(new int[] {9, 15}, new int[] {20, 25}));
        assertEquals(2, r.mentions().size());
        assertEquals(Fixtures.YEREVAN, r.mentions().get(0).place());
        Place baku = r.mentions().get(1).place();
        assertNotNull(baku);
        assertEquals(Fixtures.BAKU, baku);
    }

    @Test
    void firstNamesFeatureWordsAndPersonNamesSpreadThroughTheDocument() {
        GeoparseResult r = GEO.parse("Vladimir Kozlov met reporters. Later Vladimir said the plan failed. "
                + "Police in Selon Street and the Minsk Airport were closed.", "en");
        assertEquals(List.of(), surfaces(r), "a person's first name, then the same bare name, a street, an airport");
        r = GEO.parse("Troops reached Vladimir on Monday.", "en");
        assertEquals(List.of("Vladimir"), surfaces(r));
    }

    @Test
    void minorPlacesNeedSupport() {
        GeoparseResult r = GEO.parse("Selon was quiet, officials said.", "en");
        assertEquals(List.of(), surfaces(r), "a minor place with no cue and nothing nearby");
        r = GEO.parse("Fighting was reported in Selon and in Paris.", "en");
        assertEquals(List.of("Selon", "Paris"), surfaces(r));
    }

    @Test
    void romanceGenericHeadsBelongToTheMention() {
        GeoparseResult r = GEO.parse("Les habitants de la ville de Stepanakert ont fui.", "fr");
        assertEquals(List.of("ville de Stepanakert"), surfaces(r));
        assertEquals(Fixtures.STEPANAKERT, r.mentions().get(0).place());
    }

    @Test
    void aStateBeforeACapitalisedWordModifiesIt() {
        GeoparseResult r = GEO.parse("Idaho Republicans passed the bill. Schools closed in Idaho.", "en");
        assertEquals(List.of("Idaho", "Idaho"), surfaces(r));
        assertEquals(Fixtures.IDAHO, r.mentions().get(0).place());
    }

    @Test
    void aMinorTownNamedLikeAPersonIsAPersonUnlessALocativeSaysATown() {
        Place town = new Place(9201, "Pedro Sánchez", "P", "PPL", "DO", "10", 18.86, -69.1, 3_000, null);
        Place falls = new Place(9202, "Victoria Falls", "P", "PPL", "ZW", "05", -17.93, 25.84, 33_000, null);
        Place capital = new Place(3492908, "Santo Domingo", "P", "PPLC", "DO", "34", 18.47, -69.89, 2_201_941, null);
        org.conflictmap.gazetteer.InMemoryGazetteer g = org.conflictmap.gazetteer.InMemoryGazetteer.of(java.util.Map.of(
                town, List.of("Pedro Sánchez"), falls, List.of("Victoria Falls"), capital, List.of("Santo Domingo")));
        GazetteerGeoparser geo = GazetteerGeoparser.create(g);
        assertEquals(List.of("Santo Domingo"), surfaces(geo.parse(
                "El presidente del Gobierno, Pedro Sánchez, viajó a Santo Domingo.", "es")));
        assertEquals(List.of("Pedro Sánchez"), surfaces(geo.parse("Hubo lluvias fuertes en Pedro Sánchez ayer.", "es")));
        assertEquals(List.of("Victoria Falls"), surfaces(geo.parse("Tourists love Victoria Falls.", "en")),
                "a name ending in a feature word is a place");
    }

    @Test
    void oracleSpansNeverFallBackToALoneGenericWord() {
        Place university = new Place(7260219, "University", "P", "PPL", "US", "MS", 34.36, -89.53, 20_000, null);
        org.conflictmap.gazetteer.InMemoryGazetteer g = org.conflictmap.gazetteer.InMemoryGazetteer.of(
                java.util.Map.of(Fixtures.TEXAS, List.of("Texas"), university, List.of("University")));
        String text = "She works at the University Hospital of Texas.";
        int u = text.indexOf("University Hospital of Texas");
        GeoparseResult r = GazetteerGeoparser.create(g).resolveSpans(text, "en",
                List.of(new int[] {u, u + "University Hospital of Texas".length()}, new int[] {u, u + 10}));
        assertEquals(Fixtures.TEXAS, r.mentions().get(0).place(), "the sub-name Texas, not the generic University");
        assertEquals(university, r.mentions().get(1).place(), "a span that is the name itself still resolves");
    }
}
