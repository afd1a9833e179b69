package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class ResolverTest {

    static final Place MEXICO = Fixtures.country(3996063, "Mexico", "MX", 23, -102, 115_000_000);
    static final Place MEXICO_CITY = Fixtures.city(3530597, "Mexico City", "PPLC", "MX", "09", 19.43, -99.13,
            12_294_193);
    static final Place MEXICO_MO = Fixtures.city(4398103, "Mexico", "PPLA2", "US", "MO", 39.17, -91.88, 11_660);
    static final Place ARIZONA = Fixtures.admin1(5551752, "Arizona", "US", "AZ", 34.5, -111.5, 6_000_000);
    static final Place CALIFORNIA = Fixtures.admin1(5332921, "California", "US", "CA", 37.25, -119.75, 37_000_000);
    static final Place PARISH = Fixtures.admin1(3489657, "Manchester", "JM", "04", 18.03, -77.51, 52_163);
    static final Place MANCHESTER = Fixtures.city(2643123, "Manchester", "PPLA2", "GB", "ENG", 53.48, -2.24, 395_515);
    static final Place OCEAN = new Place(3411923, "Atlantic Ocean", "H", "OCN", "", "", 10, -25, 0, null);
    static final Place ATLANTIC_IA = Fixtures.city(4847385, "Atlantic", "PPLA2", "US", "IA", 41.40, -95.01, 6_833);
    static final Place MIAMI = Fixtures.city(4164138, "Miami", "PPLA2", "US", "FL", 25.77, -80.19, 441_003);

    /** Resolves the given surfaces (found in order in {@code text}) with their candidates. */
    static List<Mention> resolve(String text, Object... surfaceAndCandidates) {
        return resolve(new Resolver(), text, surfaceAndCandidates);
    }

    /** {@link #resolve(String, Object...)} with a given resolver (its cache kept between documents). */
    static List<Mention> resolve(Resolver resolver, String text, Object... surfaceAndCandidates) {
        return resolver.resolve(text, items(text, surfaceAndCandidates));
    }

    static List<Mention> resolve(ResolverWeights weights, String text, Object... surfaceAndCandidates) {
        return new Resolver(weights).resolve(text, items(text, surfaceAndCandidates));
    }

    /** The items of the given surfaces (found in order in {@code text}) with their candidates. */
    static List<Resolver.Item> items(String text, Object... surfaceAndCandidates) {
        List<Resolver.Item> items = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < surfaceAndCandidates.length; k += 2) {
            String surface = (String) surfaceAndCandidates[k];
            @SuppressWarnings("unchecked")
            List<Place> cands = (List<Place>) surfaceAndCandidates[k + 1];
            int s = text.indexOf(surface, from);
            int e = s + surface.length();
            from = e;
            items.add(new Resolver.Item(new Span(s, e, -1, -1, NameNormalizer.normalize(surface), false), e, cands));
        }
        return items;
    }

    @Test
    void oneResolverGivesEveryDocumentWhatAFreshOneGives() {
        // one thread's resolver reuses its working memory: a large document, then smaller ones, then larger again
        List<Place> newports = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            newports.add(Fixtures.city(5_000_000 + k, "Newport", "PPLA2", k % 3 == 0 ? "GB" : "US", "KY",
                    30 + k * 0.5, -120 + k, 200_000 - k));
        }
        StringBuilder big = new StringBuilder();
        List<Object> bigItems = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            String name = "Town" + (char) ('A' + k % 26) + (k / 26);
            big.append(name).append(" and Newport, Mexico or Arizona. ");
            bigItems.addAll(List.of(name, List.of(Fixtures.city(6_000_000 + k, name, "PPL", "US", "AZ", 33 + k * 0.1,
                    -111 - k * 0.1, 1000 + k)), "Newport", newports, "Mexico", List.of(MEXICO, MEXICO_CITY, MEXICO_MO),
                    "Arizona", List.of(ARIZONA)));
        }
        List<List<Object>> docs = List.of(
                List.of(big.toString(), bigItems.toArray()),
                List.of("Arizona and California sent troops to the Mexico border.", new Object[] {"Arizona",
                        List.of(ARIZONA), "California", List.of(CALIFORNIA), "Mexico", List.of(MEXICO, MEXICO_CITY,
                        MEXICO_MO)}),
                List.of("He visited Miami or Washington.", new Object[] {"Miami", List.of(MIAMI), "Washington",
                        List.of(DC, WA)}),
                List.of(big.toString(), bigItems.toArray()));
        Resolver reused = new Resolver();
        for (List<Object> doc : docs) {
            String text = (String) doc.get(0);
            Object[] spec = (Object[]) doc.get(1);
            List<Mention> fresh = new Resolver().resolve(text, items(text, spec));
            assertEquals(fresh, reused.resolve(text, items(text, spec)));
            assertEquals(fresh, reused.resolve(text, items(text, spec)), "again");
        }
    }

    @Test
    void aCountryUnderItsOwnNameStaysTheCountryInAStoryAboutItsNeighbour() {
        List<Mention> ms = resolve("Arizona and California sent troops to the Mexico border.",
                "Arizona", List.of(ARIZONA), "California", List.of(CALIFORNIA),
                "Mexico", List.of(MEXICO, MEXICO_CITY, MEXICO_MO));
        assertEquals(MEXICO, ms.get(2).place(), "no prominent namesake in the US: the country keeps its name");
    }

    @Test
    void aCountryTheStoryIgnoresStillYieldsToAProminentNamesakeInTheStorysCountry() {
        List<Mention> ms = resolve("Arizona, California and Georgia passed the law.",
                "Arizona", List.of(ARIZONA), "California", List.of(CALIFORNIA),
                "Georgia", List.of(Fixtures.GEORGIA, Fixtures.GEORGIA_US));
        assertEquals(Fixtures.GEORGIA_US, ms.get(2).place());
    }

    @Test
    void aForeignAdmin1UnitYieldsToANamesakeInTheCountryTheStoryIsAbout() {
        Place afghanistan = Fixtures.country(1149361, "Afghanistan", "AF", 33, 66, 29_121_286);
        Place iraq = Fixtures.country(99237, "Iraq", "IQ", 33, 44, 29_671_605);
        Place britain = Fixtures.country(2635167, "United Kingdom", "GB", 54.76, -2.7, 66_488_991);
        List<Mention> ms = resolve("Born in Manchester, he served Britain in Afghanistan and Iraq.",
                "Manchester", List.of(PARISH, MANCHESTER), "Britain", List.of(britain),
                "Afghanistan", List.of(afghanistan), "Iraq", List.of(iraq));
        assertEquals(MANCHESTER, ms.get(0).place());
        ms = resolve("Born in Manchester, he lives in Kingston.", "Manchester", List.of(PARISH, MANCHESTER),
                "Kingston", List.of(Fixtures.city(3489854, "Kingston", "PPLC", "JM", "08", 18.0, -76.79, 937_700)));
        assertEquals(PARISH, ms.get(0).place(), "in a Jamaican story the parish");
    }

    @Test
    void sharpnessRaisesTheConfidenceOfTheSamePick() {
        Object[] doc = {"Manchester", List.of(PARISH, MANCHESTER), "Miami", List.of(MIAMI)};
        Mention soft = resolve(ResolverWeights.DEFAULTS.with("sharpness", 1), "Manchester and Miami.", doc).get(0);
        Mention sharp = resolve(ResolverWeights.DEFAULTS.with("sharpness", 3), "Manchester and Miami.", doc).get(0);
        assertEquals(soft.place(), sharp.place());
        assertEquals(soft.alternatives(), sharp.alternatives());
        assertTrue(soft.confidence() > 0.5 && soft.confidence() < 1, "two live candidates: " + soft.confidence());
        assertTrue(sharp.confidence() > soft.confidence(), soft.confidence() + " -> " + sharp.confidence());
    }

    @Test
    void anOceanIsForeignToNoStory() {
        List<Mention> ms = resolve("Storms form in the Atlantic and hit Miami and California.",
                "Atlantic", List.of(OCEAN, ATLANTIC_IA), "Miami", List.of(MIAMI), "California", List.of(CALIFORNIA));
        assertEquals(OCEAN, ms.get(0).place());
    }

    static final Place DC = Fixtures.city(4140963, "Washington", "PPLC", "US", "DC", 38.9, -77.04, 689_545);
    static final Place WA = Fixtures.admin1(5815135, "Washington", "US", "WA", 47.5, -120.5, 6_724_540);
    static final Place NYC = Fixtures.city(5128581, "New York City", "PPL", "US", "NY", 40.71, -74.01, 8_175_133);
    static final Place NY = Fixtures.admin1(5128638, "New York", "US", "NY", 43.0, -75.5, 19_274_244);

    @Test
    void aNameMeansTheAdmin1UnitAnotherNameOfTheDocumentChose() {
        List<Mention> ms = resolve("CAMP MURRAY, Wash. - The team is at home in Washington.",
                "Wash.", List.of(WA), "Washington", List.of(DC, WA));
        assertEquals(WA, ms.get(1).place());
        ms = resolve("The team is at home in Washington.", "Washington", List.of(DC, WA));
        assertEquals(DC, ms.get(0).place(), "alone, the capital");
        ms = resolve("Police in New York said the suspect fled N.Y. last week.",
                "New York", List.of(NYC, NY), "N.Y.", List.of(NY));
        assertEquals(NYC, ms.get(0).place(), "a unit that yields to its namesake city gets no help");
    }

    @Test
    void itemsOfAListShareTheirType() {
        List<Mention> ms = resolve("Costs are high in western states such as California or Washington.",
                "California", List.of(CALIFORNIA), "Washington", List.of(DC, WA));
        assertEquals(WA, ms.get(1).place());
        ms = resolve("He visited Miami or Washington.", "Miami", List.of(MIAMI), "Washington", List.of(DC, WA));
        assertEquals(DC, ms.get(1).place());
    }

    @Test
    void aNamedStateDoesNotLetASmallTownBeatTheCityOfTheName() {
        Place ohio = Fixtures.admin1(5165418, "Ohio", "US", "OH", 40.25, -83.0, 11_500_000);
        Place columbus = Fixtures.city(4509177, "Columbus", "PPLA", "US", "OH", 39.96, -83.0, 905_748);
        Place louisvilleKy = Fixtures.city(4299276, "Louisville", "PPLA2", "US", "KY", 38.25, -85.76, 243_639);
        Place louisvilleOh = Fixtures.city(5161347, "Louisville", "PPL", "US", "OH", 40.84, -81.26, 9_126);
        List<Mention> ms = resolve("COLUMBUS, Ohio - The Bulldogs outlasted Louisville in overtime.",
                "COLUMBUS", List.of(columbus), "Ohio", List.of(ohio), "Louisville", List.of(louisvilleKy, louisvilleOh));
        assertEquals(louisvilleKy, ms.get(2).place());
    }

    @Test
    void aSmallPlaceFarDownTheGazetteersListCanStillBeChosenByTheDocument() {
        Place nenagh = Fixtures.city(2962187, "Nenagh", "PPLA", "IE", "M", 52.86, -8.2, 5_500);
        Place ballina = Fixtures.city(2966778, "Ballina", "PPL", "IE", "C", 54.12, -9.15, 10_087);
        Place newportIe = Fixtures.city(2962013, "Newport", "PPL", "IE", "M", 53.89, -9.55, 1_806);
        List<Place> newports = new ArrayList<>();
        for (int k = 0; k < 24; k++) { // two dozen larger namesakes, listed first
            newports.add(Fixtures.city(5_000_000 + k, "Newport", "PPLA2", "US", "KY", 30 + k * 0.5, -120 + k,
                    200_000 - k));
        }
        newports.add(newportIe);
        assertEquals(Priors.prior(newportIe, 10, ResolverWeights.DEFAULTS),
                Priors.prior(newportIe, newports.size() - 1, ResolverWeights.DEFAULTS), 1e-9);
        List<Mention> ms = resolve("Applications: 430 in Nenagh, 57 in Ballina, 48 in Newport.",
                "Nenagh", List.of(nenagh), "Ballina", List.of(ballina), "Newport", newports);
        assertEquals(newportIe, ms.get(2).place());
    }

    @Test
    void aTownAnotherSpellingOfTheDocumentChoseIsWhatThisNameMeans() {
        Place dewsbury = Fixtures.city(2651269, "Dewsbury", "PPL", "GB", "ENG", 53.69, -1.63, 56_640);
        Place middlestown = Fixtures.city(2642761, "Middlestown", "PPL", "GB", "ENG", 53.65, -1.6, 2_402);
        List<Place> middletowns = new ArrayList<>();
        for (int k = 0; k < 10; k++) { // the American Middletowns come first
            middletowns.add(Fixtures.city(5_100_000 + k, "Middletown", "PPL", "US", "NJ", 40.39 - k, -74.12, 65_490 - k));
        }
        middletowns.add(middlestown);
        List<Mention> ms = resolve("Born in Dewsbury, he moved to Middlestown and ran a shop on Middletown's Road.",
                "Dewsbury", List.of(dewsbury), "Middlestown", List.of(middlestown), "Middletown", middletowns);
        assertEquals(middlestown, ms.get(2).place());
        ms = resolve("Born in Dewsbury, he ran a shop on Middletown's New Road.", "Dewsbury", List.of(dewsbury),
                "Middletown", middletowns);
        assertEquals(middletowns.get(0), ms.get(1).place(), "without the other spelling the variant name stays weak");
    }

    @Test
    void aBareNameMeansTheCountyItsLongFormNamed() {
        Place suffolkVa = Fixtures.city(4788158, "Suffolk", "PPLA2", "US", "VA", 36.73, -76.58, 88_161);
        Place suffolkGb = new Place(-2005871, "Suffolk", "A", "ADM2", "GB", "ENG", 52.22, 1.07, 600_794, null);
        Place suffolkNy = new Place(-3036103, "Suffolk County", "A", "ADM2", "US", "NY", 40.87, -72.85, 1_501_289, null);
        Place suffolkMa = new Place(-3025025, "Suffolk County", "A", "ADM2", "US", "MA", 42.34, -71.07, 786_085, null);
        Place southold = Fixtures.city(5139263, "Southold", "PPL", "US", "NY", 41.06, -72.43, 5_748);
        List<Mention> ms = resolve("She told the Suffolk Times. Suffolk County detectives searched a house in Southold.",
                "Suffolk", List.of(suffolkGb, suffolkVa), "Suffolk County", List.of(suffolkNy, suffolkMa),
                "Southold", List.of(southold));
        assertEquals(suffolkNy, ms.get(1).place());
        assertEquals(suffolkNy, ms.get(0).place(), "the county the long form chose");
        ms = resolve("She told the Suffolk Times, in Southold.", "Suffolk", List.of(suffolkGb, suffolkVa),
                "Southold", List.of(southold));
        assertEquals(suffolkVa, ms.get(0).place(), "without the long form, one of its own candidates");
    }

    @Test
    void oneResolverKeepsTheLongFormToTheDocumentThatNamesIt() {
        Place suffolkVa = Fixtures.city(4788158, "Suffolk", "PPLA2", "US", "VA", 36.73, -76.58, 88_161);
        Place suffolkGb = new Place(-2005871, "Suffolk", "A", "ADM2", "GB", "ENG", 52.22, 1.07, 600_794, null);
        Place suffolkNy = new Place(-3036103, "Suffolk County", "A", "ADM2", "US", "NY", 40.87, -72.85, 1_501_289, null);
        Place southold = Fixtures.city(5139263, "Southold", "PPL", "US", "NY", 41.06, -72.43, 5_748);
        // the same candidate lists in every document, as the geoparser's gazetteer cache hands them out
        List<Place> suffolk = List.of(suffolkGb, suffolkVa);
        List<Place> county = List.of(suffolkNy);
        List<Place> town = List.of(southold);
        Resolver resolver = new Resolver();
        String bare = "She told the Suffolk Times, in Southold.";
        String both = "She told the Suffolk Times. Suffolk County detectives searched a house in Southold.";
        assertEquals(suffolkVa, resolve(resolver, bare, "Suffolk", suffolk, "Southold", town).get(0).place());
        assertEquals(suffolkNy, resolve(resolver, both, "Suffolk", suffolk, "Suffolk County", county, "Southold", town)
                .get(0).place(), "the long form's county, though the bare name's own candidates were seen before");
        assertEquals(suffolkVa, resolve(resolver, bare, "Suffolk", suffolk, "Southold", town).get(0).place(),
                "the long form of the other document is not this one's");
    }

    @Test
    void aCountyHoldingATownOfTheStoryBeatsALargerNamesake() {
        Place ohio = new Place(-3039113, "Montgomery County", "A", "ADM2", "US", "OH", 39.75, -84.29, 444_531,
                new org.conflictmap.gazetteer.BBox(-84.49, 39.57, -84.09, 39.92));
        Place iowa = new Place(-3019137, "Montgomery County", "A", "ADM2", "US", "IA", 41.03, -95.16, 7_305,
                new org.conflictmap.gazetteer.BBox(-95.38, 40.90, -94.93, 41.16));
        Place redOak = Fixtures.city(4870380, "Red Oak", "PPLA2", "US", "IA", 41.01, -95.23, 5_472);
        Place chicago = Fixtures.city(4887398, "Chicago", "PPLA2", "US", "IL", 41.85, -87.65, 2_696_555);
        List<Mention> ms = resolve("A forum in Red Oak: the Montgomery County Democrats invited a Chicago speaker.",
                "Red Oak", List.of(redOak), "Montgomery County", List.of(ohio, iowa), "Chicago", List.of(chicago));
        assertEquals(iowa, ms.get(1).place());
    }
}
