package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void foldsCaseDiacriticsHyphensAndApostrophes() {
        assertEquals("saint petersbourg", NameNormalizer.normalize("Saint-Pétersbourg"));
        assertEquals("saint petersbourg", NameNormalizer.normalize("SAINT–PÉTERSBOURG"));
        assertEquals("haut karabakh", NameNormalizer.normalize("Haut-Karabakh"));
        assertEquals("cote d ivoire", NameNormalizer.normalize("Côte d’Ivoire"));
        assertEquals("etats unis", NameNormalizer.normalize("  États-Unis "));
    }

    @Test
    void dropsFrenchElisionAtStart() {
        assertEquals("armenie", NameNormalizer.normalize("l'Arménie"));
        assertEquals("azerbaidjan", NameNormalizer.normalize("d’Azerbaïdjan"));
    }

    @Test
    void cyrillicKeepsLettersButFoldsYo() {
        assertEquals("москва", NameNormalizer.normalize("Москва"));
        assertEquals("орел", NameNormalizer.normalize("Орёл"));
        assertEquals("украина", NameNormalizer.normalize("Украина"));
        assertEquals("кий", NameNormalizer.normalize("Кий"));
    }

    @Test
    void dotsInAbbreviationsVanish() {
        assertEquals("us", NameNormalizer.normalize("U.S."));
        assertEquals("st louis", NameNormalizer.normalize("St. Louis"));
        assertEquals("wva", NameNormalizer.normalize("W.Va."));
    }

    @Test
    void greekAndGermanFold() {
        assertEquals("αθηνα", NameNormalizer.normalize("Αθήνα"));
        assertEquals("strasse", NameNormalizer.normalize("Straße"));
    }

    @Test
    void emptyAndPunctuationOnly() {
        assertEquals("", NameNormalizer.normalize(""));
        assertEquals("", NameNormalizer.normalize(" -' "));
    }

    /** The per-char table gives what the definition gives, for every non-ASCII char, after a word or at the start. */
    @Test
    void tableFoldsEveryCharLikeTheDefinition() {
        String[] befores = {"", "a", "ж"};
        for (int c = 0x80; c <= 0xFFFF; c++) {
            for (String before : befores) {
                for (boolean pending : new boolean[] {false, true}) {
                    StringBuilder viaTable = new StringBuilder(before);
                    StringBuilder byDefinition = new StringBuilder(before);
                    boolean a = NameNormalizer.appendNonAscii(viaTable, (char) c, pending);
                    boolean b = NameNormalizer.appendOther(byDefinition, (char) c, pending);
                    if (a != b || !viaTable.toString().equals(byDefinition.toString())) {
                        assertEquals(byDefinition + " " + b, viaTable + " " + a, "char U+" + Integer.toHexString(c));
                    }
                }
            }
        }
    }

    /**
     * The table-driven loop gives what the char-by-char definition gives, for every char, at the start, after a
     * word, after separators and dots, before a word and before a char only the definition folds (ß), and with the
     * French elisions at the start.
     */
    @Test
    void normalizeEqualsTheDefinitionForEveryChar() {
        String[] befores = {"", "a", "Ж ", "x-", "U.", "l'", "D ", "qu'", "-"};
        String[] afters = {"", "b", " c", ".", "ß", "-é"};
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String before : befores) {
                for (String after : afters) {
                    String s = before + (char) c + after;
                    String general = NameNormalizer.normalizeGeneral(s);
                    String fast = NameNormalizer.normalize(s);
                    if (!fast.equals(general)) {
                        assertEquals(general, fast, "U+" + Integer.toHexString(c) + " in \"" + s + "\"");
                    }
                }
            }
        }
    }
}
