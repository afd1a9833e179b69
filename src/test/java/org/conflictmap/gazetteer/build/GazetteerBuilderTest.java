package org.conflictmap.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.conflictmap.gazetteer.MappedGazetteer;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {

    @TempDir
    Path dir;

    static String city(long id, String name, String alts, double lat, double lon, String code, String cc,
                       String admin1, long pop) {
        return id + "\t" + name + "\t" + name + "\t" + alts + "\t" + lat + "\t" + lon + "\tP\t" + code + "\t" + cc
                + "\t\t" + admin1 + "\t\t\t\t" + pop + "\t\t100\tEurope/X\t2024-01-01\n";
    }

    static final String CITIES = city(524901, "Moscow", "MOW,Moscou,Moskva,Москва", 55.75222, 37.61556, "PPLC", "RU", "48", 10381222)
            + city(616052, "Yerevan", "Erevan,Ереван", 40.18111, 44.51361, "PPLC", "AM", "11", 1093485)
            + city(2988507, "Paris", "Lutece", 48.85341, 2.3488, "PPLC", "FR", "11", 2138551)
            + city(4717560, "Paris", "", 33.66094, -95.55551, "PPLA2", "US", "TX", 24782)
            + city(4647963, "Paris", "", 36.302, -88.32671, "PPLA2", "US", "TN", 10150)
            + "123\tBroken\tBroken\t\tnot-a-number\t1\tP\tPPL\tRU\t\t48\t\t\t\t0\n"
            + "# a comment\n"
            + city(173811, "Al Ḩasakah", "Deir el-Hasakah", 36.50237, 40.74772, "PPLA", "SY", "01", 81539)
            + city(704422, "Pokrovsk", "Krasnoarmeysk,Покровськ", 48.28198, 37.17585, "PPLA2", "UA", "14", 60127);

    /** Writes a complete tiny source folder and project data folder. */
    static void writeSources(Path from, Path data, boolean zipCities) throws IOException {
        Path gn = from.resolve("geonames");
        Files.createDirectories(gn);
        if (zipCities) {
            try (OutputStream os = Files.newOutputStream(gn.resolve("cities500.zip"));
                 ZipOutputStream z = new ZipOutputStream(os)) {
                z.putNextEntry(new ZipEntry("cities500.txt"));
                z.write(CITIES.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } else {
            Files.writeString(gn.resolve("cities500.txt"), CITIES);
        }
        Files.writeString(gn.resolve("alternateNamesV2.txt"),
                "1\t524901\tfr\tMoscou\t1\t\t\t\t\t\n"
                + "2\t524901\tiata\tSVO\t\t\t\t\t\t\n"
                + "3\t616052\tfr\tÉrivan\t\t\t\t1\t\t\n"
                + "4\t616052\tde\tJerewan\t\t\t\t\t\t\n"
                + "5\tnot-a-number\ten\tX\n"
                + "6\t999\ten\tNowhere\t\t\t\t\t\t\n");
        Files.writeString(gn.resolve("countryInfo.txt"),
                "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent\ttld\tCurrencyCode\t"
                + "CurrencyName\tPhone\tPostal\tRegex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode\n"
                + "AM\tARM\t051\tAM\tArmenia\tYerevan\t29800\t2968127\tAS\t.am\tAMD\tDram\t374\t\t\thy\t174982\tGE\t\n"
                + "RU\tRUS\t643\tRS\tRussia\tMoscow\t1\t144478050\tEU\t.ru\tRUB\tRuble\t7\t\t\tru\t2017370\t\t\n"
                + "XX\tshort row\n");
        Files.writeString(gn.resolve("admin1CodesASCII.txt"),
                "AM.11\tYerevan\tYerevan\t616051\n"
                + "RU.48\tMoscow\tMoscow\t524894\n"
                + "US.TX\tTexas\tTexas\t4736286\n"
                + "US.KY\tKentucky\tKentucky\t6254925\n"
                + "broken line\n");
        Path i18n = from.resolve("i18n/package");
        Files.createDirectories(i18n.resolve("langs"));
        Files.writeString(i18n.resolve("package.json"), "{\"name\":\"i18n-iso-countries\",\"version\":\"7.14.0\",\"license\":\"MIT\"}");
        Files.writeString(i18n.resolve("codes.json"),
                "[[\"AM\",\"ARM\",\"051\"],[\"RU\",\"RUS\",\"643\"],[\"FR\",\"FRA\",\"250\"],[\"US\",\"USA\",\"840\"]]");
        Files.writeString(i18n.resolve("langs/fr.json"), "{\"locale\":\"fr\",\"countries\":{\"AM\":\"Arménie\","
                + "\"RU\":\"Russie\",\"FR\":\"France\",\"US\":[\"États-Unis\",\"USA\"]}}");
        Files.writeString(i18n.resolve("langs/en.json"), "{\"locale\":\"en\",\"countries\":{\"AM\":\"Armenia\","
                + "\"RU\":\"Russia\",\"FR\":\"France\",\"US\":[\"United States of America\",\"United States\"]}}");
        Path wc = from.resolve("wc");
        Files.createDirectories(wc);
        Files.writeString(wc.resolve("countries.json"), "[{\"name\":{\"common\":\"France\",\"official\":\"French Republic\"},"
                + "\"cca2\":\"FR\",\"cca3\":\"FRA\",\"independent\":true,\"latlng\":[46,2],\"altSpellings\":[\"FR\"],"
                + "\"translations\":{\"deu\":{\"common\":\"Frankreich\",\"official\":\"Französische Republik\"}},"
                + "\"demonyms\":{\"eng\":{\"f\":\"French\",\"m\":\"French\"},\"fra\":{\"f\":\"Française\",\"m\":\"Français\"}}},"
                + "{\"name\":{\"common\":\"United States\"},\"cca2\":\"US\",\"cca3\":\"USA\",\"latlng\":[38,-97]}]");
        Files.createDirectories(data);
        Files.writeString(data.resolve("regions.tsv"), "# conflict regions\n"
                + "id\tname\tfeature_class\tfeature_code\tcountry\tlat\tlon\twest\tsouth\teast\tnorth\tnames\n"
                + "\tNagorno-Karabakh\tL\tRGN\tAZ,AM\t39.9\t46.7\t45.9\t39.3\t47.3\t40.4\tfr:Haut-Karabakh|hy:Artsakh|:Karabakh\n"
                + "\tBad row\tL\tRGN\t\tninety\t46.7\t\t\t\t\t\n");
        Files.writeString(data.resolve("physical.tsv"),
                "id\tname\tfeature_class\tfeature_code\tcountry\tlat\tlon\twest\tsouth\teast\tnorth\tnames\n"
                + "\tEuphrates\tH\tSTM\tTR,SY,IQ\t31.0\t47.4\t\t\t\t\tfr:Euphrate|ar:الفرات\n");
        Files.writeString(data.resolve("demonyms.tsv"), "country\tlang\tform\nAM\tfr\tarménien\nAM\ten\tArmenian\n"
                + "RU\tru\tроссийский\nZZ\ten\tNobody\n");
        Files.writeString(data.resolve("country-names.tsv"), "country\tlang\tname\nUS\ten\tU.S.\nUS\ten\tAmerica\n");
        Files.writeString(data.resolve("admin1-names.tsv"), "country\tadmin1\tlang\tname\nUS\tTX\ten\tTex.\n"
                + "US\tZZ\ten\tNowhere\n");
        Files.writeString(data.resolve("country-points.tsv"), "country\tlat\tlon\nRU\t60\t100\nAM\t40\t45\n");
        Files.writeString(data.resolve("country-fips.tsv"), "iso2\tfips\nFR\tFR\nAM\tAM\nRU\tRS\n");
    }

    private BuildResult build(String name, boolean zip) throws IOException {
        Path from = dir.resolve("src-" + name);
        Path data = dir.resolve("data-" + name);
        writeSources(from, data, zip);
        return GazetteerBuilder.build(new BuildOptions(from, data, dir.resolve("out-" + name), null));
    }

    private static long firstId(MappedGazetteer g, String key) {
        List<Place> c = g.candidates(key);
        assertFalse(c.isEmpty(), "no candidates for " + key);
        return c.get(0).id();
    }

    @Test
    void buildsFromGeoNamesCountryPackagesAndProjectData() throws IOException {
        BuildResult r = build("a", false);
        MappedGazetteer g = MappedGazetteer.open(r.file());
        assertEquals(524901, firstId(g, "moscou"));
        assertEquals(616052, firstId(g, "erevan"));
        assertEquals(616052, firstId(g, "jerewan"));
        assertFalse(g.containsKey("mow"), "IATA-like codes in the alternatenames column are not names");
        assertFalse(g.containsKey("svo"), "alternateNames iata rows are not names");
        assertFalse(g.containsKey("erivan"), "historic names are skipped");
        assertEquals(2988507, firstId(g, "paris"));
        assertEquals(3, g.candidates("paris").size());
        // countries: GeoNames ids from countryInfo, i18n names, world-countries point, project point override
        assertEquals(174982, firstId(g, "armenie"));
        Place russia = g.byId(2017370).orElseThrow();
        assertEquals(60, russia.lat(), 1e-9);
        assertEquals(100, russia.lon(), 1e-9);
        assertEquals(144478050, russia.population());
        assertEquals("A.PCLI", g.candidates("france").get(0).feature());
        assertEquals(46, g.candidates("frankreich").get(0).lat(), 1e-9);
        assertEquals("US", g.candidates("etats unis").get(0).country());
        assertEquals("US", g.candidates("america").get(0).country());
        assertEquals("US", g.candidates("us").get(0).country());
        assertEquals("FR", g.countryByFips("FR").orElseThrow().country());
        assertEquals("RU", g.countryByFips("RS").orElseThrow().country());
        assertEquals("AM", g.countryByIso3("ARM").orElseThrow().country());
        // demonyms
        assertTrue(g.isDemonymKey("armenien"));
        assertTrue(g.isDemonymKey("российский"));
        assertTrue(g.isDemonymKey("francaise"));
        assertEquals(174982, firstId(g, "armenian"));
        assertFalse(g.isDemonymKey("armenie"));
        // admin-1 from admin1CodesASCII, placed at the mean of its towns, with a project abbreviation
        Place yerevanProvince = g.admin1("AM", "11").orElseThrow();
        assertEquals(616051, yerevanProvince.id());
        assertEquals(40.18111, yerevanProvince.lat(), 1e-3);
        assertEquals(4736286, firstId(g, "tex"));
        // curated regions rank above towns and carry their bbox
        Place nk = g.candidates("haut karabakh").get(0);
        assertEquals("L.RGN", nk.feature());
        assertEquals("AZ,AM", nk.country());
        assertTrue(nk.bbox().contains(39.9, 46.7));
        assertTrue(nk.id() < 0);
        assertEquals(nk, g.candidates("artsakh").get(0));
        assertEquals("H.STM", g.candidates("euphrate").get(0).feature());
        assertEquals(616052, g.nearestPopulated(40.2, 44.5, 20).orElseThrow().id());
        // an Arabic name is also found without its article and with "al" written "el" and back
        assertEquals(173811, firstId(g, "hasakah"));
        assertEquals(173811, firstId(g, "deir al hasakah"));
        // a Ukrainian town's name is also found as Russian news spells it
        assertEquals(704422, firstId(g, "покровск"));
    }

    @Test
    void reportsMalformedRowsWithFileAndLineAndGoesOn() throws IOException {
        BuildReport report = build("b", false).report();
        List<String> rows = report.malformedRows();
        assertTrue(rows.stream().anyMatch(s -> s.contains("cities500.txt:6: bad number")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("alternateNamesV2.txt:5:")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("countryInfo.txt:4:")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("admin1CodesASCII.txt:5:")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("regions.tsv:4: bad lat")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("demonyms.tsv:5: unknown country ZZ")), rows.toString());
        assertTrue(rows.stream().anyMatch(s -> s.contains("admin1-names.tsv:3: no admin-1 unit US.ZZ")), rows.toString());
        assertEquals(7, report.malformedCount(), rows.toString());
        assertTrue(report.sources().keySet().stream().anyMatch(s -> s.endsWith("regions.tsv")));
    }

    @Test
    void readsZippedDumpsAndBuildsIdenticalBytesTwice() throws IOException {
        BuildResult zipped = build("z", true);
        assertTrue(zipped.report().malformedRows().stream().anyMatch(s -> s.contains("cities500.zip!cities500.txt:6:")));
        BuildResult again = GazetteerBuilder.build(new BuildOptions(dir.resolve("src-z"), dir.resolve("data-z"),
                dir.resolve("out-z2"), null));
        assertArrayEquals(Files.readAllBytes(zipped.file()), Files.readAllBytes(again.file()));
        assertEquals(Files.readString(zipped.file().resolveSibling(GazetteerBuilder.SOURCES)),
                Files.readString(again.file().resolveSibling(GazetteerBuilder.SOURCES)));
        MappedGazetteer g = MappedGazetteer.open(zipped.file());
        assertEquals(524901, firstId(g, "moskva"));
        String sources = Files.readString(zipped.file().resolveSibling(GazetteerBuilder.SOURCES));
        assertTrue(sources.contains("npm i18n-iso-countries@7.14.0"), sources);
        assertTrue(sources.contains("CC BY 4.0"), sources);
    }

    @Test
    void featureClassFilterKeepsOnlyThoseClasses() throws IOException {
        Path from = dir.resolve("src-f");
        writeSources(from, dir.resolve("data-f"), false);
        BuildResult r = GazetteerBuilder.build(new BuildOptions(from, null, dir.resolve("out-f"), "A"));
        MappedGazetteer g = MappedGazetteer.open(r.file());
        assertFalse(g.containsKey("moscou"));
        assertTrue(g.containsKey("france"));
        assertFalse(g.containsKey("armenie"), "a country no source places (no towns, no point) is dropped");
    }

    @Test
    void missingSourcesAreClearErrors() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> GazetteerBuilder.build(new BuildOptions(empty, null, dir.resolve("o"), null)));
        assertTrue(e.getReason().contains("no GeoNames place table"), e.getReason());
        assertThrows(NoSuchFileException.class,
                () -> GazetteerBuilder.build(new BuildOptions(dir.resolve("nope"), null, dir.resolve("o"), null)));
        assertFalse(Files.exists(dir.resolve("o/gazetteer.bin")));
    }
}
