package org.conflictmap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon LEX = Lexicon.bundled();

    @Test
    void bundledLexiconsClassifyTheFamilies() {
        for (String lang : Lexicon.LANGUAGES) {
            assertTrue(LEX.size(lang) > 40, lang);
        }
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, LEX.classify("Des frappes de drones ont touché Gandja.", "fr"));
        assertEquals(EventType.BATTLES, LEX.classify("De violents combats se poursuivent près de Hadrout.", "fr"));
        assertEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, LEX.classify("Trois civils ont été tués à Martakert.", "fr"));
        assertEquals(EventType.PROTESTS, LEX.classify("Une manifestation a réuni des milliers de personnes à Erevan.", "fr"));
        assertEquals(EventType.RIOTS, LEX.classify("Des émeutiers ont envahi le parlement.", "fr"));
        assertEquals(EventType.STRATEGIC_DEVELOPMENTS, LEX.classify("Un cessez-le-feu humanitaire est entré en vigueur.", "fr"));
        assertEquals(EventType.DIPLOMACY, LEX.classify("Les pourparlers se tiennent à Genève.", "fr"));
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, LEX.classify("Artillery shelling hit Barda.", "en"));
        assertEquals(EventType.DIPLOMACY, LEX.classify("The foreign ministers met in Moscow.", "en"));
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, LEX.classify("Степанакерт подвергся ракетному обстрелу.", "ru"));
        assertEquals(EventType.BATTLES, LEX.classify("Ожесточённые бои идут у Физули.", "ru"));
        assertEquals(EventType.DIPLOMACY, LEX.classify("Министры встретились в Москве для переговоров.", "ru"));
        assertEquals(EventType.STRATEGIC_DEVELOPMENTS, LEX.classify("Acordaron un alto el fuego.", "es"));
        assertEquals(EventType.BATTLES, LEX.classify("Heftige Kämpfe um Schuscha.", "de"));
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, LEX.classify("Ракетний удар по Гянджі.", "uk"));
        assertNull(LEX.classify("Le temps était beau à Goris.", "fr"));
    }

    @Test
    void priorityAndUnknownLanguage() {
        assertEquals(Set.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.STRATEGIC_DEVELOPMENTS),
                LEX.types("Despite the ceasefire, shelling resumed.", "en"));
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, LEX.classify("Despite the ceasefire, shelling resumed.", "en"));
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, LEX.classify("Обстрел Степанакерта", null), "all lexicons");
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, LEX.classify("Обстрел Степанакерта", "xx"));
    }

    @Test
    void stemsGapsAndFormatErrors() {
        Lexicon lex = Lexicon.of(Map.of("fr", List.of("# comment", "violence_against_civilians\tcivil* .. tue*",
                "battles\tligne de front")));
        assertEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, lex.classify("Des civils auraient ainsi été tués.", "fr"));
        assertNull(lex.classify("Des civils ont fui ; personne ne fut jamais tué.", "fr"), "gap larger than 4 words");
        assertNull(lex.classify("La ligne est au front.", "fr"), "phrase words must be adjacent");
        assertEquals(EventType.BATTLES, lex.classify("Sur la ligne de front.", "fr"));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of("fr", List.of("war\tguerre"))));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of("fr", List.of("battles guerre"))));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of("fr", List.of("battles\tgu*"))));
    }
}
