package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class FallbackResolverTest {

    static final Place NEW_ORLEANS = Fixtures.city(4335045, "New Orleans", "PPLA2", "US", "LA", 29.95, -90.08, 389_617);
    static final Place LOUISIANA = Fixtures.admin1(4331987, "Louisiana", "US", "LA", 31.0, -92.0, 4_500_000);
    static final Place MARIGNY = Fixtures.city(2995734, "Marigny", "PPL", "FR", "28", 49.1, -1.25, 600);
    static final Place ROCKINGHAM = Fixtures.city(2062338, "Rockingham", "PPLA2", "AU", "08", -32.28, 115.73, 15_312);
    static final Place PERTH = Fixtures.city(2063523, "Perth", "PPLA", "AU", "08", -31.95, 115.86, 1_896_548);
    static final Place LEONES = Fixtures.city(3846991, "Leones", "PPL", "AR", "05", -32.66, -62.3, 9_000);
    static final Place ALBERTA = Fixtures.admin1(5883102, "Alberta", "CA", "01", 52.28, -117.47, 3_645_257);
    static final Place EDMONTON = Fixtures.city(5946768, "Edmonton", "PPLA", "CA", "01", 53.55, -113.47, 712_391);
    static final Place JAPAN = Fixtures.country(1861060, "Japan", "JP", 35.69, 139.75, 127_288_000);
    static final Place LONDON = Fixtures.city(2643743, "London", "PPLC", "GB", "ENG", 51.51, -0.13, 7_556_900);
    static final Place CAMBRIDGE = Fixtures.city(2653941, "Cambridge", "PPLA2", "GB", "ENG", 52.2, 0.12, 128_488);
    static final Place ROBINSON = Fixtures.city(4248256, "Robinson", "PPLA2", "US", "IL", 39.01, -87.74, 7_713);

    static final Place NIGERIA = Fixtures.country(2328926, "Nigeria", "NG", 10, 8, 195_874_740);
    static final Place ROME = Fixtures.city(3169070, "Rome", "PPLC", "IT", "07", 41.89, 12.51, 2_318_895);
    static final Place ST_PETER = Fixtures.city(11951569, "St. Peter", "PPLA4", "DE", "01", 54.3, 8.65, 2_000);

    static final Place ICELAND = Fixtures.country(2629691, "Iceland", "IS", 65, -18, 308_910);
    static final Place OCEANSIDE = Fixtures.city(5129248, "Oceanside", "PPL", "US", "NY", 40.64, -73.64, 32_109);

    static final Place WASHINGTON_STATE = Fixtures.admin1(5815135, "Washington", "US", "WA", 47.5, -120.5, 6_724_540);
    static final Place SEATTLE = Fixtures.city(5809844, "Seattle", "PPLA2", "US", "WA", 47.61, -122.33, 737_015);

    static final Place VIENNA = Fixtures.city(2761369, "Vienna", "PPLC", "AT", "09", 48.21, 16.37, 1_691_468);
    static final Place VIENNA_VA = Fixtures.city(4791259, "Vienna", "PPL", "US", "VA", 38.90, -77.27, 16_522);
    static final Place FAIRFAX = Fixtures.city(4758023, "Fairfax", "PPLA2", "US", "VA", 38.85, -77.31, 24_146);

    static final GazetteerGeoparser GEO = GazetteerGeoparser.create(gazetteer());

    static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        for (Place p : List.of(NEW_ORLEANS, LOUISIANA, MARIGNY, ROCKINGHAM, PERTH, LEONES, ALBERTA, EDMONTON, JAPAN,
                LONDON, CAMBRIDGE, ROBINSON, ROME, ST_PETER)) {
            names.put(p, List.of());
        }
        names.put(ICELAND, List.of("Island")); // its Icelandic name
        names.put(OCEANSIDE, List.of());
        names.put(WASHINGTON_STATE, List.of("Wash."));
        names.put(SEATTLE, List.of());
        names.put(VIENNA, List.of());
        names.put(VIENNA_VA, List.of());
        names.put(FAIRFAX, List.of());
        return InMemoryGazetteer.of(names, Map.of(NIGERIA, List.of("Nigerian")));
    }

    /** The places chosen for the given surfaces, each looked for after the previous one. */
    static List<Mention> resolve(String text, String... surfaces) {
        return Fixtures.resolveSpans(GEO, text, surfaces);
    }

    @Test
    void aSpanThatIsNoNameLiesWhereTheStoryIsNotAtAFarNamesakeOfOneOfItsWords() {
        List<Mention> ms = resolve("New Orleans grew downriver: the Faubourg Marigny was built for the Creoles of "
                + "Louisiana, and New Orleans thrived.", "New Orleans", "Faubourg Marigny", "Louisiana", "New Orleans");
        assertEquals(NEW_ORLEANS, ms.get(1).place());
        assertTrue(ms.get(1).confidence() < 0.1, "a fallback is not confident");
        ms = resolve("New Orleans has the Holy Redeemer Church.", "New Orleans", "Holy Redeemer Church");
        assertEquals(NEW_ORLEANS, ms.get(1).place(), "no sub-name at all");
    }

    @Test
    void thePlaceRightAfterASpanHoldsIt() {
        List<Mention> ms = resolve("Perth water: an outlet off Cape Peron in Rockingham. Leones Point is far.",
                "Perth", "Cape Peron", "Rockingham");
        assertEquals(ROCKINGHAM, ms.get(1).place());
        ms = resolve("Perth water: an outlet off Cape Peron, Rockingham, Perth and more.",
                "Perth", "Cape Peron", "Rockingham", "Perth");
        assertEquals(PERTH, ms.get(1).place(), "a list is no container: the focus");
    }

    @Test
    void aSubNameThatFitsTheDocumentIsKeptAFarOneIsNot() {
        List<Mention> ms = resolve("In Edmonton, a geoscientist at the University of Alberta said so.",
                "Edmonton", "University of Alberta");
        assertEquals(ALBERTA, ms.get(1).place());
        ms = resolve("In Perth, the Woodman Leones Plant will be upgraded.", "Perth", "Woodman Leones Plant");
        assertEquals(PERTH, ms.get(1).place(), "Leones in Argentina fits nothing in a story about Perth");
        ms = resolve("In London, the Bank of Japan was discussed.", "London", "Bank of Japan");
        assertEquals(JAPAN, ms.get(1).place(), "a country named in a span is kept wherever the story is");
    }

    @Test
    void ofSeveralSubNamesTheOneFittingTheDocumentIsChosen() {
        List<Mention> ms = resolve("From London, he went to Robinson College Cambridge.", "London",
                "Robinson College Cambridge");
        assertEquals(CAMBRIDGE, ms.get(1).place());
    }

    @Test
    void demonymsSayWhoNotWhere() {
        List<Mention> ms = resolve("Two Nigerian converts, a Nigerian priest: in Rome the Pope baptised them in "
                + "St. Peter's Basilica.", "Nigerian", "Nigerian", "Rome", "St. Peter's Basilica");
        assertEquals(NIGERIA, ms.get(0).place());
        assertEquals(ROME, ms.get(3).place());
    }

    @Test
    void aBuildingLiesInTheTownNamedNextToItInTheSameSentence() {
        Place sunderland = Fixtures.city(2636531, "Sunderland", "PPLA2", "GB", "ENG", 54.9, -1.38, 174_286);
        Place fulham = Fixtures.city(2648997, "Fulham", "PPLX", "GB", "ENG", 51.48, -0.2, 87_161);
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(sunderland, List.of());
        names.put(fulham, List.of());
        GazetteerGeoparser geo = GazetteerGeoparser.create(InMemoryGazetteer.of(names, Map.of()));
        String text = "Sunderland lost again. They held Fulham to a draw at Craven Cottage last week.";
        List<int[]> spans = new ArrayList<>();
        for (String s : List.of("Sunderland", "Fulham", "Craven Cottage")) {
            int i = text.indexOf(s);
            spans.add(new int[] {i, i + s.length()});
        }
        assertEquals(fulham, geo.resolveSpans(text, "en", spans).mentions().get(2).place());
        text = "They held Fulham to a draw. Sunderland lost at Craven Cottage.";
        spans.clear();
        for (String s : List.of("Fulham", "Sunderland", "Craven Cottage")) {
            int i = text.indexOf(s);
            spans.add(new int[] {i, i + s.length()});
        }
        assertEquals(sunderland, geo.resolveSpans(text, "en", spans).mentions().get(2).place(),
                "the nearest town of the same sentence, not the first of the document");
    }

    @Test
    void aNameWrittenInFullIsFoundUnderItsAbbreviatedFormAndBack() {
        assertEquals("st croix county", NameVariants.abbreviation("saint croix county"));
        assertEquals("mount kenya", NameVariants.abbreviation("mt kenya"));
        assertEquals("fort worth", NameVariants.abbreviation("ft worth"));
        assertEquals(null, NameVariants.abbreviation("stepanakert"));
        List<Mention> ms = resolve("The fishermen of Saint Peter met in Saint Peter's town hall.", "Saint Peter");
        assertEquals(ST_PETER, ms.get(0).place());
    }

    @Test
    void anArabicNameIsFoundWithOrWithoutItsArticle() {
        assertEquals("al qamishli", NameVariants.article("qamishli"));
        assertEquals("raqqah", NameVariants.article("ar raqqah"));
        Place qamishli = Fixtures.city(173377, "Al Qāmishlī", "PPLA2", "SY", "01", 37.05, 41.23, 0);
        Place raqqa = Fixtures.city(172955, "Raqqah", "PPLA", "SY", "04", 35.95, 39.01, 177_636);
        Map<Place, List<String>> names = new LinkedHashMap<>();
        names.put(qamishli, List.of());
        names.put(raqqa, List.of());
        GazetteerGeoparser geo = GazetteerGeoparser.create(InMemoryGazetteer.of(names, Map.of()));
        String text = "Shells fell on Qamishli and on ar-Raqqah.";
        List<int[]> spans = List.of(new int[] {15, 23}, new int[] {31, 40});
        List<Mention> ms = geo.resolveSpans(text, "en", spans).mentions();
        assertEquals(qamishli, ms.get(0).place());
        assertEquals(raqqa, ms.get(1).place());
    }

    @Test
    void aCommonWordIsNoProminentPlaceItNamesInAnotherLanguage() {
        List<Mention> ms = resolve("The Oceanside captain runs a ferry to Fire Island.", "Oceanside", "Fire Island");
        assertEquals(OCEANSIDE, ms.get(1).place(), "Island is Iceland only in Icelandic");
    }

    @Test
    void aSpanInAStateTheStoryNamesATownOfLiesAtThatTown() {
        List<Mention> ms = resolve("CAMP MURRAY, Wash. - The team trains near Seattle and flies from Seattle.",
                "CAMP MURRAY", "Wash.", "Seattle", "Seattle");
        assertEquals(SEATTLE, ms.get(0).place());
        ms = resolve("CAMP MURRAY, Wash. - The team trains.", "CAMP MURRAY", "Wash.");
        assertEquals(WASHINGTON_STATE, ms.get(0).place(), "no town named there: the state");
    }

    @Test
    void aWellKnownSubNameThatFitsNothingYieldsToANamesakeTownThatFits() {
        List<Mention> ms = resolve("Ride to the Vienna/GMU Metro station from Fairfax.", "Vienna/GMU Metro", "Fairfax");
        assertEquals(VIENNA_VA, ms.get(0).place());
        ms = resolve("Ride to the Vienna/GMU Metro station from Seattle.", "Vienna/GMU Metro", "Seattle");
        assertEquals(VIENNA, ms.get(0).place(), "no namesake nearby: the capital");
    }
}
