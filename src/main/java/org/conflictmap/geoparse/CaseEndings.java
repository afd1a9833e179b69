package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The nominative forms an inflected place name may come from: Russian, Ukrainian and Belarusian news write
 * "в Киеве", "из Харькова", "у Києві", "до України", German news "Russlands", "Kiews", while a gazetteer lists
 * "Киев", "Харків", "Україна", "Russland", "Kiew". For German only the genitive -s is undone.
 * Works on normalised keys (lower case, ё folded to е): each case ending of the noun declensions a place
 * name follows (masculine hard and soft stems, feminine -а/-я and -ия, neuter -ье, plural -ы/-и: "по Сумам") is replaced
 * by the nominative endings it can stand for; in Ukrainian the closed last syllable turns о/е/є back into
 * і/ї ("Харкова" → "харків", "Києві" → "київ"). The caller keeps the first form that is a gazetteer key,
 * so a form is only ever a guess checked against real names. Stateless.
 */
final class CaseEndings {

    /** Languages whose place names decline and whose texts use this. */
    static final Set<String> LANGUAGES = Set.of("ru", "uk", "be", "de");

    /** The shortest stem left after removing an ending. */
    private static final int MIN_STEM = 3;

    /**
     * Case endings, longest first, each with the nominative endings it may replace ("" = the bare stem).
     */
    private static final String[][] RULES = {
            {"ией", "ия"}, {"ією", "ія"}, {"ии", "ия"}, {"ію", "ія"}, {"ию", "ия"}, {"ії", "ія"}, {"иях", "ии"},
            {"ьем", "ье"}, {"ья", "ье"}, {"ью", "ье", "ь"}, {"ям", "я"},
            {"ами", "ы", "и"}, {"ах", "ы", "и"}, {"ам", "ы", "и"}, {"ях", "и"},
            {"ою", "а"}, {"ею", "я", "ь"}, {"єю", "я"},
            {"ой", "а"}, {"ей", "я", "ь"},
            {"ом", "", "о"}, {"ем", "ь", "й", "е", ""},
            {"ы", "а"}, {"и", "а", "ь", "я", "ы"}, {"і", "", "а", "я", "ь", "о"}, {"ї", "я"},
            {"е", "", "а", "ь", "й", "я", "о"}, {"у", "", "а", "о"}, {"ю", "я", "ь", "й"},
            {"а", "", "о"}, {"я", "ь", "й", "е"},
    };

    private CaseEndings() {
    }

    /**
     * Every spelling of the codes of {@link #LANGUAGES} that lower-cases (in the root locale) to one: each letter in
     * either case, and k also as the Kelvin sign (the one char outside ASCII that lower-cases to an ASCII letter).
     */
    private static final Set<String> ANY_CASE = anyCase(LANGUAGES);

    /** True when texts in {@code lang} (an ISO 639-1 code, any case) decline place names this way. */
    static boolean declines(String lang) {
        // one set probe for every spelling: lang.toLowerCase here, inlined into every caller (the filter rules, the
        // matcher), copied about 2 KB of bytecode into each; a loop over the code's chars trapped on rare codes
        return lang != null && ANY_CASE.contains(lang);
    }

    /** The strings whose root-locale lower case is one of {@code codes} (lower-case ASCII letters). */
    static Set<String> anyCase(Set<String> codes) {
        Set<String> out = new java.util.HashSet<>();
        for (String code : codes) {
            List<String> forms = List.of("");
            for (char c : code.toCharArray()) {
                List<String> longer = new ArrayList<>();
                for (String f : forms) {
                    longer.add(f + c);
                    longer.add(f + Character.toUpperCase(c));
                    if (c == 'k') {
                        longer.add(f + '\u212A');
                    }
                }
                forms = longer;
            }
            out.addAll(forms);
        }
        return Set.copyOf(out);
    }

    /**
     * False when a word ending in {@code last} has no case ending {@code lang} undoes: a cheap test before any
     * lookup (German genitives end in s; the Slavic endings in а е и й м у х ы ю я і ї).
     */
    static boolean mayBeOblique(char last, String lang) {
        char c = Character.toLowerCase(last);
        return "de".equalsIgnoreCase(lang) ? c == 's' : "аеиймухыюяії".indexOf(c) >= 0;
    }

    /**
     * {@link #nominatives(String)} as texts in {@code lang} decline: the Cyrillic rules in Russian, Ukrainian and
     * Belarusian, the genitive -s in German, nothing in other languages.
     */
    static List<String> nominatives(String key, String lang) {
        if (!declines(lang)) {
            return List.of();
        }
        if ("de".equalsIgnoreCase(lang)) { // a Cyrillic word ends in no Latin s
            return germanGenitive(key);
        }
        return cyrillicWord(key) ? cyrillicNominatives(key) : List.of();
    }

    /**
     * The nominative keys {@code key} may be an oblique case of, most likely first, without {@code key}
     * itself; empty for a key that is neither a single Cyrillic word nor a plain Latin word ending in s.
     */
    static List<String> nominatives(String key) {
        return cyrillicWord(key) ? cyrillicNominatives(key) : germanGenitive(key);
    }

    /** {@link #nominatives(String)} of a Cyrillic word. */
    private static List<String> cyrillicNominatives(String key) {
        if (key.length() < MIN_STEM + 1) {
            return List.of();
        }
        List<String> out = new ArrayList<>(8);
        for (String[] rule : RULES) {
            String ending = rule[0];
            if (!key.endsWith(ending) || key.length() - ending.length() < MIN_STEM) {
                continue;
            }
            String stem = key.substring(0, key.length() - ending.length());
            for (int k = 1; k < rule.length; k++) {
                // concat, not +: the string concatenation's method handles inlined here were most of this
                // method's compiled code
                add(out, stem.concat(rule[k]), key);
                if (rule[k].isEmpty()) {
                    add(out, ukrainianClosedSyllable(stem), key);
                }
            }
        }
        return List.copyOf(out);
    }

    /** "russlands" → "russland", "kiews" → "kiew": a Latin word ending in a single s, without it. */
    private static List<String> germanGenitive(String key) {
        int n = key.length();
        if (n < MIN_STEM + 2 || key.charAt(n - 1) != 's' || key.charAt(n - 2) == 's') {
            return List.of();
        }
        // over a char array, not charAt: a loop over a String's chars is compiled for the string coding seen so
        // far (Latin-1), and a rare key with other letters then traps and recompiles the whole matcher
        for (char c : key.toCharArray()) {
            if (c < 'a' || c > 'z') {
                return List.of();
            }
        }
        return List.of(key.substring(0, n - 1));
    }

    private static void add(List<String> out, String form, String key) {
        if (form != null && !form.equals(key) && !out.contains(form)) {
            out.add(form);
        }
    }

    /**
     * The Ukrainian nominative of a stem whose last syllable closed again: о/е before the final consonant
     * becomes і, є becomes ї ("харков" → "харків", "києв" → "київ", "львов" → "львів"); null when the stem
     * does not end in vowel + consonant.
     */
    static String ukrainianClosedSyllable(String stem) {
        int n = stem.length();
        if (n < 3 || isVowel(stem.charAt(n - 1)) || stem.charAt(n - 1) == 'ь') {
            return null;
        }
        char v = stem.charAt(n - 2);
        char to = v == 'о' || v == 'е' ? 'і' : v == 'є' ? 'ї' : 0;
        if (to == 0) {
            return null;
        }
        char[] c = stem.toCharArray();
        c[n - 2] = to;
        return new String(c);
    }

    private static boolean isVowel(char c) {
        return "аеєиіїоуыэюя".indexOf(c) >= 0;
    }

    private static boolean cyrillicWord(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 'Ѐ' || c > 'ӿ') {
                return false;
            }
        }
        return true;
    }
}
