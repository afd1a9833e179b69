package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicArticleTest {

    @Test
    void aNameInAnArabCountryIsAlsoWrittenWithoutItsArticle() {
        assertEquals(List.of("qamishli", "el qamishli"), ArabicArticle.variants("Al Qāmishlī", "SY"));
        assertEquals(List.of("hudaydah", "el hudaydah"), ArabicArticle.variants("Al Ḩudaydah", "YE"));
        assertEquals(List.of("sulaymaniyah"), ArabicArticle.variants("As-Sulaymānīyah", "IQ"), "sun letter");
        assertEquals(List.of("fasher", "al fasher"), ArabicArticle.variants("El Fasher", "SD"));
    }

    @Test
    void anInnerArticleIsWrittenBothWays() {
        assertEquals(List.of("deir al balah"), ArabicArticle.variants("Deir el-Balah", "PS"));
        assertEquals(List.of("dayr el balah"), ArabicArticle.variants("Dayr al Balaḩ", "PS"));
        assertEquals(List.of("mahallah al kubra", "el mahallah al kubra", "al mahallah el kubra"),
                ArabicArticle.variants("Al Maḩallah al Kubrá", "EG"));
    }

    @Test
    void shortStemsAndOtherCountriesGetNothing() {
        assertEquals(List.of(), ArabicArticle.variants("Al Bab", "SY"), "Bab: too short to stand alone");
        assertEquals(List.of(), ArabicArticle.variants("Al Ain", "AE"));
        assertEquals(List.of(), ArabicArticle.variants("El Paso", "US"));
        assertEquals(List.of(), ArabicArticle.variants("Aleppo", "SY"));
        assertNull(ArabicArticle.stem("alexandria"));
        assertNull(ArabicArticle.stem("al 9999"));
        assertEquals("raqqah", ArabicArticle.stem("ar raqqah"));
    }
}
