package org.conflictmap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();
    private static final LocalDate DOC = LocalDate.of(2020, 10, 12);

    private LocalDate first(String sentence, String lang) {
        List<DateFinder.Found> f = finder.find(sentence, DOC, lang);
        return f.isEmpty() ? null : f.get(0).date();
    }

    @Test
    void dayMonthInSixLanguages() {
        assertEquals(LocalDate.of(2020, 9, 27), first("Le 27 septembre, l'offensive a commencé.", "fr"));
        assertEquals(LocalDate.of(2020, 10, 1), first("Depuis le 1er octobre, la ville est bombardée.", "fr"));
        assertEquals(LocalDate.of(2020, 10, 9), first("Talks were held on 9 October in Moscow.", "en"));
        assertEquals(LocalDate.of(2020, 10, 9), first("Talks were held on October 9th in Moscow.", "en"));
        assertEquals(LocalDate.of(2020, 10, 9), first("9 октября в Москве прошли переговоры.", "ru"));
        assertEquals(LocalDate.of(2020, 10, 9), first("9 жовтня у Москві відбулися переговори.", "uk"));
        assertEquals(LocalDate.of(2020, 10, 3), first("El 3 de octubre hubo combates.", "es"));
        assertEquals(LocalDate.of(2020, 10, 3), first("Am 3. Oktober gab es Kämpfe.", "de"));
        assertEquals(LocalDate.of(2020, 10, 4), first("Report dated 2020-10-04 from Goris.", "en"));
        assertEquals(LocalDate.of(2020, 10, 4), first("Published 4 October 2020.", null));
    }

    @Test
    void yearInferenceAndFutureDates() {
        assertEquals(LocalDate.of(2019, 12, 25), first("Le 25 décembre, rien.", "fr"), "after the doc date → last year");
        assertNull(first("Le 31 septembre, rien.", "fr"), "no such day");
        assertNull(first("Elections on 15 November 2020.", "en"), "future date with a year is ignored");
        assertTrue(finder.find("Le 27 septembre.", null, "fr").isEmpty(), "no year, no document date");
        assertEquals(LocalDate.of(2020, 9, 27), finder.find("Le 27 septembre 2020.", null, "fr").get(0).date());
    }

    @Test
    void relativeWordsFollowTheLanguage() {
        assertEquals(LocalDate.of(2020, 10, 11), first("Hier, Stepanakert a été bombardée.", "fr"));
        assertEquals(LocalDate.of(2020, 10, 10), first("Avant-hier, Chouchi.", "fr"));
        assertEquals(LocalDate.of(2020, 10, 11), first("Вчера обстреляли Гянджу.", "ru"));
        assertEquals(LocalDate.of(2020, 10, 11), first("Yesterday Ganja was hit.", "en"));
        assertNull(first("Hier ist Goris.", "de"), "German 'hier' means 'here'");
        assertEquals(LocalDate.of(2020, 10, 11), first("Gestern wurde Goris beschossen.", "de"));
    }

    @Test
    void weekdaysMeanTheLatestSuchDayUpToTheDocumentDate() {
        // DOC = Monday 12 October 2020
        assertEquals(LocalDate.of(2020, 10, 11), first("Stepanakert a été bombardée dimanche.", "fr"));
        assertEquals(LocalDate.of(2020, 10, 12), first("On Monday, shelling resumed.", "en"));
        assertEquals(LocalDate.of(2020, 10, 7), first("В среду Барда подверглась обстрелу.", "ru"));
        assertNull(first("Окружающая среда страдает.", "ru"), "no preposition, no weekday");
        assertEquals(LocalDate.of(2020, 10, 9), first("El viernes hubo combates.", "es"));
        assertEquals(LocalDate.of(2020, 10, 10), first("Am Samstag wurde Goris beschossen.", "de"));
        assertEquals(LocalDate.of(2020, 10, 6), first("У вівторок обстріляли Степанакерт.", "uk"));
        assertEquals(LocalDate.of(2020, 10, 11), first("Sunday: shelling.", null));
    }

    @Test
    void nearestDateToTheMention() {
        String s = "Le 27 septembre à Hadrut, puis le 4 octobre à Stepanakert.";
        List<DateFinder.Found> f = finder.find(s, DOC, "fr");
        assertEquals(2, f.size());
        assertEquals(LocalDate.of(2020, 9, 27), DateFinder.nearest(f, s.indexOf("Hadrut")));
        assertEquals(LocalDate.of(2020, 10, 4), DateFinder.nearest(f, s.indexOf("Stepanakert")));
        assertNull(DateFinder.nearest(List.of(), 3));
    }
}
