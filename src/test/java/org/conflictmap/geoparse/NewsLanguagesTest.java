package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictmap.gazetteer.GeoMath;
import org.conflictmap.gazetteer.MappedGazetteer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-written news sentences in Russian, Ukrainian, German, Spanish and Arabic against the project's full
 * gazetteer (gazetteer/gazetteer.bin), where the false matches of a large gazetteer show. Skipped when the
 * file has not been built.
 */
class NewsLanguagesTest {

    private static final Path FILE = Path.of("gazetteer", "gazetteer.bin");
    private static GazetteerGeoparser geo;

    @BeforeAll
    static void open() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), "gazetteer/gazetteer.bin absent");
        geo = GazetteerGeoparser.create(MappedGazetteer.open(FILE));
    }

    /** The toponyms found, each as "surface=place name". */
    private static List<String> found(String text, String lang) {
        List<String> out = new ArrayList<>();
        for (Mention m : geo.parse(text, lang).mentions()) {
            if (m.kind() == MentionKind.TOPONYM) {
                out.add(text.substring(m.start(), m.end()) + "=" + (m.place() == null ? "?" : m.place().name()));
            }
        }
        return out;
    }

    @Test
    void russianAndUkrainianAdjectiveNounNamesInObliqueCases() {
        assertEquals(List.of("Донецкой области=Donets'k", "Курской областью=Kursk"),
                found("Российские войска продолжают наступление в Донецкой области, ещё восемь дронов "
                        + "перехвачены над Курской областью.", "ru"));
        assertEquals(List.of("Белгородской области=Belgorod"),
                found("Губернатор Белгородской области сообщил о сбитых беспилотниках.", "ru"));
        assertEquals(List.of("Херсонській області=Kherson", "Нагірного Карабаху=Nagorno-Karabakh"),
                found("У Херсонській області тривають бої. Питання Нагірного Карабаху залишається відкритим.",
                        "uk"));
    }

    @Test
    void pluralTownNamesInTheDative() {
        assertEquals(List.of("Харькову=Kharkiv", "Сумам=Sumy"),
                found("Украинские власти заявили о ракетном ударе по Харькову и Сумам.", "ru"));
    }

    @Test
    void aMinorTownAfterAPrepositionOfPlaceIsKept() {
        assertEquals(List.of("Кидаля=Kidal"), found("Бойцы воевали вблизи Кидаля, пишет газета.", "ru"));
        assertEquals(List.of("Rakka=Ar Raqqah"), found("Kurdische Milizen halten weiter Gebiete um Rakka.", "de"));
    }

    @Test
    void germanNounsAfterAnArticleAreNoTowns() {
        assertEquals(List.of("Ukraine=Ukraine"),
                found("Die Deutsche Bahn richtete Sonderzüge für Flüchtlinge aus der Ukraine ein.", "de"));
        assertEquals(List.of("Libanon=Lebanon", "Israels=Israel", "Rakka=Ar Raqqah"),
                found("Die Hisbollah feuerte Raketen aus dem Libanon auf den Norden Israels. Kurdische Milizen "
                        + "halten Gebiete um Rakka im Nordosten des Landes. Das sagte die Deutsche Welle.", "de"));
    }

    @Test
    void dniproIsTheTownUnlessARiverWordComesFirst() {
        assertEquals(List.of("Дніпрі=Dnipro"), found("У Дніпрі ракета пошкодила будинок.", "uk"));
        assertEquals(List.of("Днепре=Dnipro"), found("Взрывы прогремели в Днепре.", "ru"));
        assertEquals(List.of("Saporischschja=Zaporizhzhya", "Dnipro=Dnipro"),
                found("Auch Saporischschja und Dnipro meldeten Explosionen.", "de"));
        assertEquals(List.of("Dnipro=Dnieper"),
                found("Troops crossed to the left bank of the Dnipro near Kherson.", "en").subList(0, 1));
    }

    @Test
    void arabicArticleAfterAPrepositionAndInTheReportedSpan() {
        // ل + ال is written لل; the article belongs to the name; "فوري" (immediate) is no ف + و + "ري"
        assertEquals(List.of("لعراق=Iraq", "إيران=Iran", "الخرطوم=Khartoum"),
                found("وقال متحدث إن للعراق ولإيران دورا في الوساطة، فيما يسيطر الجيش على الخرطوم.", "ar"));
        assertEquals(List.of("روسيا=Russia"), found("ودعت روسيا إلى وقف فوري لإطلاق النار.", "ar"));
        assertEquals(List.of("حلب=Aleppo", "القامشلي=Al Qāmishlī"),
                found("دارت اشتباكات بحلب وتسيطر القوات على القامشلي.", "ar"));
    }

    @Test
    void newsAgenciesAndGroupsAreNoPlaces() {
        assertEquals(List.of("Дамаску=Damascus"),
                found("Ракетный удар по Дамаску нанесли израильские ВВС, сообщает агентство САНА.", "ru"));
        assertEquals(List.of("دمشق=Damascus"), found("أفادت وكالة سانا بأن غارات استهدفت مواقع في دمشق.", "ar"));
        assertEquals(List.of("Kidal=Kidal"),
                found("Combatieron cerca de Kidal, según fuentes citadas por Europa Press.", "es"));
        assertEquals(List.of("Rusia=Russia"),
                found("Los copresidentes del Grupo de Minsk, entre ellos Rusia, pidieron un alto el fuego.", "es"));
    }

    @Test
    void ukrainianApostropheInsideAWord() {
        assertEquals(List.of("Куп'янську=Kupiansk"),
                found("Начальник ОВА повідомив про влучання в Куп'янську.", "uk"));
        assertEquals(List.of("Слов’янська=Sloviansk"), found("Дітей евакуюють зі Слов’янська.", "uk"));
    }

    @Test
    void spanishAndArabicPersonNamesThatCollideWithPlaces() {
        assertEquals(List.of("Bogotá=Bogotá"), found("La vicepresidenta Francia Márquez viajó a Bogotá.", "es"));
        assertEquals(List.of("Madrid=Madrid"), found("Ayer Isabel Díaz Ayuso se reunió en Madrid.", "es"));
        assertEquals(List.of(), found("Santiago Abascal criticó al Gobierno en el Congreso.", "es"));
        assertEquals(List.of(), found("El presidente ruso, Vladímir Putin, invitó a los cancilleres.", "es"));
        assertEquals(List.of("أرمينيا=Armenia"),
                found("ودعا الرئيس الروسي فلاديمير بوتين وزير خارجية أرمينيا إلى مشاورات.", "ar"));
    }

    @Test
    void anArticleBeforeACountryNameIsNoPartOfAVillageName() {
        assertEquals(List.of("Líbano=Lebanon", "Beirut=Beirut"),
                found("El Líbano denunció bombardeos en los suburbios de Beirut.", "es"));
        assertEquals(List.of("Argentina=Argentina"), found("La Argentina votó en contra de la resolución.", "es"));
    }

    @Test
    void aRegionWordNextToANameMeansTheRegion() {
        assertEquals(List.of("Kursk=Kursk"), found("Die Lage in der Region Kursk bleibt angespannt.", "de"));
        assertEquals("A.ADM1", geo.parse("Die Lage in der Region Kursk bleibt angespannt.", "de").mentions().get(0)
                .place().feature());
        Mention m = geo.parse("تواصل القوات الروسية هجومها في منطقة دونيتسك.", "ar").mentions().get(1);
        assertEquals("A.ADM1", m.place().feature(), m.toString());
    }

    @Test
    void aCapitalisedWordStartingASlavicSentenceIsNoGivenName() {
        assertEquals(List.of("Хартум=Khartoum"), found("Столиця Хартум значною мірою зруйнована.", "uk"));
        assertEquals(List.of(), found("Джейхун Байрамов прилетел вечером.", "ru"));
    }

    @Test
    void germanNounsBesideANameAreNoPersonsNames() {
        assertEquals(List.of("Odessa=Odesa"), found("Die ukrainische Hafenstadt Odessa wurde angegriffen.", "de"));
        assertEquals(List.of("Kiew=Kyiv"), found("Bei Angriffen auf Kiew Dutzende Menschen getötet.", "de"));
        assertEquals(List.of("Russland=Russia", "Kiew=Kyiv"), found("Russland griff Kiew Montag an.", "de"),
                "a weekday is a common word, not a surname nor Montague");
        assertEquals(List.of(), found("Kremlchef Wladimir Putin sprach mit Journalisten.", "de"));
    }

    @Test
    void aFunctionWordStartingASentenceIsNoPlace() {
        assertEquals(List.of(), found("Sind die Verhandlungen gescheitert? Niemand weiß es.", "de"));
        assertEquals(List.of(), found("Para el gobierno, la guerra terminó. Este país es grande.", "es"));
        assertEquals(List.of(), found("Part of the city was destroyed.", "en"));
        assertEquals(List.of(), found("Que que es lo que pasa, preguntó.", "es"), "every word a function word");
        String belge = "Un Belge a été arrêté à Paris.";
        assertTrue(geo.parse(belge, "fr").mentions().stream().anyMatch(m -> m.kind() == MentionKind.DEMONYM
                && belge.substring(m.start(), m.end()).equals("Belge")), "a demonym inside a sentence stays");
    }

    @Test
    void spellingsOfNewsArabicUkrainianAndBorderTowns() {
        assertEquals(List.of("El Faschir=El Fasher"), found("Die RSF haben die Stadt El Faschir eingenommen.", "de"));
        assertEquals(List.of("Hodeidah=Al Ḩudaydah", "Deir al-Balah=Dayr al Balaḩ"),
                found("Fighting was reported in Hodeidah and in Deir al-Balah.", "en"));
        assertEquals(List.of("Rafah=Rafaḩ"), found("Israeli strikes hit Rafah on Tuesday.", "en"));
        assertEquals(List.of("Bethlehem=Bethlehem"), found("Palestinian officials in Bethlehem said two died.", "en"),
                "not Belém, Brazil, whose name means Bethlehem");
        assertEquals("PS", geo.parse("Gaza health officials said 30 people were killed.", "en").mentions().get(0)
                .place().country(), "Gaza alone is the Palestinian city");
        assertEquals(List.of("Gaza=Gaza", "Mozambique=Mozambique"),
                found("Floods hit Gaza province in southern Mozambique.", "en"));
        assertEquals("MZ", geo.parse("Floods hit Gaza province in southern Mozambique.", "en").mentions().get(0)
                .place().country());
        assertEquals(List.of("Харькову=Kharkiv", "Покровска=Pokrovsk", "Торецка=Toretsk"),
                found("Удары по Харькову продолжаются, бои идут у Покровска и Торецка.", "ru"));
        assertEquals("UA", geo.parse("Бои идут у Покровска и Торецка.", "ru").mentions().get(0).place().country());
    }

    @Test
    void aNounForAKindOfSettlementSaysAPlaceFollows() {
        assertEquals(List.of("Avdiivka=Avdiivka"), found("Russian forces captured the city of Avdiivka.", "en"));
        assertEquals(List.of("Bachmut=Bakhmut"), found("Die Frontstadt Bachmut ist gefallen.", "de"));
        assertEquals(List.of("Степанакерт=Xankandi"), found("Бои продолжаются у города Степанакерт.", "ru"));
        assertEquals(List.of(), found("Russian forces captured Avdiivka.", "en"), "a minor town with no support");
    }

    @Test
    void aHamletFarFromEverythingElseIsPlacedAtTheStorysFocus() {
        String text = "Au Soudan, les Forces de soutien rapide ont pris El-Fasher. Des milliers de civils ont fui "
                + "vers Tawila et le Tchad voisin.";
        Mention tawila = geo.parse(text, "fr").mentions().stream()
                .filter(m -> text.substring(m.start(), m.end()).equals("Tawila")).findFirst().orElseThrow();
        assertEquals("SD", tawila.place().country(), "not the Yemeni hamlet, the only Tawila the gazetteer has");
        assertTrue(tawila.confidence() < 0.2, "placed at the focus with low confidence: " + tawila.confidence());
    }

    @Test
    void arabicCapitalsAfterATitleOrInTheCommonWordList() {
        assertEquals(List.of("بغداد=Baghdad", "بيروت=Beirut"), found("زار الرئيس بغداد ثم بيروت.", "ar"),
                "verb, subject, object: the president visited Baghdad");
        assertEquals(List.of(), found("استقبل الرئيس بوتين نظيره.", "ar"), "a title before a name is a person");
        assertEquals(List.of("باريس=Paris", "لندن=London"), found("وصل الرئيس إلى باريس ثم لندن.", "ar"),
                "the Arabic common-word list holds Paris and London");
        assertEquals(List.of(), found("قال سكان المدينة إن القصف استمر.", "ar"), "the city, not Medina");
    }

    private static final Pattern MARKUP = Pattern.compile("\\[([^\\]|]+)\\|([^\\]]+)\\]|<([^>]+)>|\\{([^}]+)\\}");

    private static String resource(String name) throws IOException {
        try (InputStream in = NewsLanguagesTest.class.getResourceAsStream("news/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * {tp, fp, fn, tp within 161 km} over the hand-written paragraphs of {@code lang}: a found toponym counts
     * when its offsets equal a marked one; optional spans and demonyms count neither way.
     */
    private static int[] score(String lang) throws IOException {
        Map<String, double[]> points = new HashMap<>();
        for (String line : resource("coords.tsv").split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                points.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
        }
        int[] r = new int[4];
        for (String paragraph : resource(lang + ".txt").strip().split("\n\n")) {
            StringBuilder text = new StringBuilder();
            Map<Long, double[]> gold = new HashMap<>();
            List<Long> optional = new ArrayList<>();
            Matcher m = MARKUP.matcher(paragraph);
            int pos = 0;
            while (m.find()) {
                text.append(paragraph, pos, m.start());
                pos = m.end();
                String surface = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
                long span = (long) text.length() << 32 | (text.length() + surface.length());
                if (m.group(1) != null) {
                    gold.put(span, points.get(m.group(2)));
                } else {
                    optional.add(span);
                }
                text.append(surface);
            }
            text.append(paragraph.substring(pos));
            int hits = 0;
            for (Mention x : geo.parse(text.toString(), lang).mentions()) {
                long span = (long) x.start() << 32 | x.end();
                double[] p = gold.get(span);
                if (p != null) {
                    hits++;
                    r[0]++;
                    if (x.place() != null && GeoMath.distanceKm(p[0], p[1], x.place().lat(), x.place().lon()) <= 161) {
                        r[3]++;
                    }
                } else if (x.kind() == MentionKind.TOPONYM && !optional.contains(span)) {
                    r[1]++;
                }
            }
            r[2] += gold.size() - hits;
        }
        return r;
    }

    @Test
    void handWrittenNewsInFiveLanguages() throws IOException {
        // {language, least tp, most fp} as measured when written (tp/fp/fn: ru 56/0/5, uk 51/0/5, de 59/1/3,
        // es 54/3/5, ar 55/3/7; uk 52/0/4 since); a change that loses two toponyms or adds two false ones fails
        Object[][] floors = {{"ru", 54, 2}, {"uk", 49, 2}, {"de", 57, 3}, {"es", 52, 5}, {"ar", 53, 5}};
        for (Object[] f : floors) {
            int[] r = score((String) f[0]);
            assertTrue(r[0] >= (int) f[1] && r[1] <= (int) f[2] && r[3] >= r[0] - 2,
                    f[0] + ": tp " + r[0] + " fp " + r[1] + " fn " + r[2] + " within 161 km " + r[3]);
        }
    }
}
