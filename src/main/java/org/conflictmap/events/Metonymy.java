package org.conflictmap.events;

import java.util.List;
import java.util.Set;
import org.conflictmap.gazetteer.NameNormalizer;

/**
 * Spots a capital used for its government ("Bakou dément", "Ankara salue", "Moscow urged", "Анкара
 * заявила"): the capital is then an actor, and the event counts for its country. The test: the word after
 * the name (after at most two auxiliaries or negations: a, has, not, ne, не, также ...) starts with a
 * reporting or stance verb stem of fr, en, ru, uk, es or de. Words are compared after {@link NameNormalizer}.
 */
final class Metonymy {

    private static final Set<String> SKIP = Set.of("a", "has", "have", "had", "is", "was", "will", "would", "also",
            "then", "not", "ne", "n", "aussi", "lui", "meme", "deja", "ha", "hat", "hatte", "auch", "не", "также",
            "вновь", "уже", "тоже", "же", "вже", "теж", "також", "ya", "tambien", "se", "aussitot", "immediatement",
            "encore", "officiellement", "ensuite", "again", "immediately", "quickly", "swiftly", "later", "officially",
            "сразу", "официально", "немедленно", "снова", "sofort", "erneut", "inmediatamente");

    private static final List<String> STEMS = List.of(
            // en
            "say", "said", "claim", "accus", "deni", "deny", "warn", "announc", "urg", "reject", "respond", "insist",
            "demand", "call", "welcom", "condemn", "support", "blam", "threat", "refus", "accept", "agree",
            "confirm", "report", "declar", "protest", "dismiss", "vow", "pledg", "prais", "criticiz", "criticis",
            // fr
            "dit", "affirm", "accus", "dement", "repond", "parl", "annonc", "assur", "appel", "estim", "salu",
            "condamn", "denonc", "exig", "reclam", "soutien", "soutient", "menac", "reconn", "promet", "rejett",
            "declar", "previen", "previent",
            // ru
            "заяв", "сообщ", "обвин", "отриц", "отверг", "призв", "призыв", "привет", "осуд", "требов", "требу",
            "счита", "подтверд", "предупред", "настаива", "поддерж", "угрож", "объяв", "обеща", "критик",
            // uk
            "повідом", "звинува", "запереч", "заклик", "засуд", "вимаг", "підтрим", "оголос",
            // es
            "dice", "dijo", "afirm", "acus", "niega", "nego", "anunci", "asegur", "pide", "pidio", "conden",
            "rechaz", "denunci", "advierte", "advirtio",
            // de
            "sagt", "erklart", "wirft", "warnt", "bestreit", "fordert", "kundigt", "begrusst", "verurteilt",
            "droht", "dementiert", "betont");

    private Metonymy() {
    }

    /** True when the text right after a capital's name starts with a reporting verb. */
    static boolean actorVerbFollows(String text, int end) {
        int stop = Math.min(text.length(), end + 60);
        String after = text.substring(end, stop);
        int cut = indexOfAny(after);
        if (cut >= 0) {
            after = after.substring(0, cut);
        }
        String norm = NameNormalizer.normalize("x " + after);
        String[] tokens = norm.split(" ");
        int skipped = 0;
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (SKIP.contains(t) && skipped < 2) {
                skipped++;
                continue;
            }
            for (String s : STEMS) {
                if (t.startsWith(s)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Position of the first clause-breaking punctuation (the verb must be in the same clause). */
    private static int indexOfAny(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == '!' || c == '?') {
                return i;
            }
        }
        return -1;
    }
}
