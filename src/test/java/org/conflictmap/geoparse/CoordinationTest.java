package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoordinationTest {

    private static boolean joins(String text, String first, String second) {
        int a = text.indexOf(first) + first.length();
        return Coordination.joins(text, a, text.indexOf(second, a));
    }

    @Test
    void aConjunctionOrACommaJoinsTwoNamesOfAList() {
        assertTrue(joins("fighting in Bamako and Kidal", "Bamako", "Kidal"));
        assertTrue(joins("in Timbuktu, Mopti, and Gao", "Mopti", "Gao"));
        assertTrue(joins("in Timbuktu, Mopti, and Gao", "Timbuktu", "Mopti"));
        assertTrue(joins("à Gao et Tombouctou", "Gao", "Tombouctou"));
        assertTrue(joins("в Херсоне и Николаеве", "Херсоне", "Николаеве"));
        assertTrue(joins("у Харкові та Сумах", "Харкові", "Сумах"));
        assertTrue(joins("en Madrid y Toledo", "Madrid", "Toledo"));
        assertTrue(joins("in Köln Oder Bonn", "Köln", "Bonn"), "any case");
    }

    @Test
    void otherWordsSentenceEndsAndTouchingNamesDoNot() {
        assertFalse(joins("in Bamako then Kidal", "Bamako", "Kidal"));
        assertFalse(joins("in Bamako. And Kidal", "Bamako", "Kidal"));
        assertFalse(joins("in Bamako and the Kidal", "Bamako", "Kidal"));
        assertFalse(joins("in Bamako Kidal", "Bamako", "Kidal"));
        assertFalse(joins("in Bamako-Kidal", "Bamako", "Kidal"));
    }
}
