package org.conflictmap.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit dates in a sentence and resolves them against the document date.
 *
 * <ul>
 *   <li>day + month in fr, en, ru, uk, es, de: "le 27 septembre", "1er octobre", "on 9 October",
 *       "October 9th", "9 октября", "9 жовтня", "el 3 de octubre", "am 3. Oktober", with or without a year;</li>
 *   <li>ISO dates "2020-10-04";</li>
 *   <li>relative words of the document's language (all languages when it is unknown): yesterday / hier /
 *       вчера / вчора / ayer / gestern (−1 day), the day before yesterday / avant-hier / позавчера /
 *       позавчора / anteayer / vorgestern (−2), today / aujourd'hui / сегодня / сьогодні / hoy / heute (0).</li>
 * </ul>
 * Weekday names ("dimanche", "on Sunday", "в воскресенье", "el domingo", "am Sonntag") mean the latest such
 * day on or before the document date.
 * A day and month without a year take the document's year, or the previous year when that would fall
 * after the document date. A date with a year that falls after the document date (a plan, an
 * announcement) is ignored. Without a document date only dates with a year are found. Thread-safe.
 */
public final class DateFinder {

    /** A date found in a sentence, with its span in the sentence. */
    public record Found(int start, int end, LocalDate date) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, Map<String, Integer>> RELATIVE = relative();
    /** Patterns run on a lower-cased copy of the sentence (same length), so no case-insensitive matching. */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** Words (lower case) without which no relative word or weekday can match: a cheap pre-check. */
    private static final java.util.Set<String> TRIGGERS = java.util.Set.of(
            "yesterday", "today", "hier", "hui", "вчера", "позавчера", "сегодня", "вчора", "учора", "позавчора",
            "сьогодні", "ayer", "anteayer", "antier", "hoy", "gestern", "vorgestern", "heute",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
            "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
            "понеділок", "вівторок", "середу", "четвер", "ятницю", "суботу", "неділю",
            "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag");
    private static final int MIN_MONTH = MONTHS.keySet().stream().mapToInt(String::length).min().orElse(0);
    private static final int MAX_MONTH = MONTHS.keySet().stream().mapToInt(String::length).max().orElse(0);
    private static final int MIN_TRIGGER = TRIGGERS.stream().mapToInt(String::length).min().orElse(0);
    private static final int MAX_TRIGGER = TRIGGERS.stream().mapToInt(String::length).max().orElse(0);

    private final Pattern dayMonth;
    private final Pattern monthDay;
    private final Pattern iso = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private final Map<String, Pattern> relativeByLang = new HashMap<>();
    private final Pattern relativeAll;
    private final Map<String, Pattern> weekdayByLang = new HashMap<>();
    private final Pattern weekdayAll;

    public DateFinder() {
        // month words are checked against MONTHS after the match: much cheaper than a 90-way alternation
        dayMonth = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2}|1er)(?:er|st|nd|rd|th|-?го|-?е)?\\.?\\s+(?:de\\s+|of\\s+)?"
                + "(\\p{L}+)(?!\\p{L})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4})(?!\\d))?");
        monthDay = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?");
        Map<String, Integer> all = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : RELATIVE.entrySet()) {
            relativeByLang.put(e.getKey(), Pattern.compile("(?<!\\w)(" + alternation(e.getValue().keySet()) + ")(?!\\w)", FLAGS));
            if (!e.getKey().equals("de")) {
                all.putAll(e.getValue());
            }
        }
        all.put("gestern", -1);
        all.put("vorgestern", -2);
        relativeAll = Pattern.compile("(?<!\\w)(" + alternation(all.keySet()) + ")(?!\\w)", FLAGS);
        StringBuilder allDays = new StringBuilder();
        for (Map.Entry<String, String> e : WEEKDAY_PATTERNS.entrySet()) {
            weekdayByLang.put(e.getKey(), Pattern.compile(e.getValue(), FLAGS));
            allDays.append(allDays.length() == 0 ? "" : "|").append(e.getValue());
        }
        weekdayAll = Pattern.compile(allDays.toString(), FLAGS);
    }

    /**
     * Weekday names per language, one capturing group per day (Monday first). Russian and Ukrainian need
     * the preposition ("в среду") since some forms are also common nouns.
     */
    private static final Map<String, String> WEEKDAY_PATTERNS = Map.of(
            "en", "(?<!\\w)(?:(mondays?)|(tuesdays?)|(wednesdays?)|(thursdays?)|(fridays?)|(saturdays?)|(sundays?))(?!\\w)",
            "fr", "(?<!\\w)(?:(lundi)|(mardi)|(mercredi)|(jeudi)|(vendredi)|(samedi)|(dimanche))(?!\\w)",
            "ru", "(?<!\\w)(?:в|во|на)\\s+(?:(понедельник)|(вторник)|(среду)|(четверг)|(пятницу)|(субботу)|(воскресенье))(?!\\w)",
            "uk", "(?<!\\w)(?:в|у|на)\\s+(?:(понеділок)|(вівторок)|(середу)|(четвер)|(п['’]ятницю)|(суботу)|(неділю))(?!\\w)",
            "es", "(?<!\\w)(?:(lunes)|(martes)|(miércoles|miercoles)|(jueves)|(viernes)|(sábado|sabado)|(domingo))(?!\\w)",
            "de", "(?<!\\w)(?:(montag)|(dienstag)|(mittwoch)|(donnerstag)|(freitag)|(samstag|sonnabend)|(sonntag))(?!\\w)");

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("");
    }

    /** All dates found in the sentence, in text order (overlapping matches dropped). */
    public List<Found> find(String original, LocalDate docDate, String lang) {
        char[] lower = new char[original.length()];
        boolean digit = false;
        for (int i = 0; i < lower.length; i++) {
            char c = original.charAt(i);
            lower[i] = Character.toLowerCase(c);
            digit |= c >= '0' && c <= '9';
        }
        if (!digit && docDate == null) {
            return List.of();
        }
        // one pass over the words says which patterns can match at all (most sentences: none)
        int words = scanWords(lower, digit, docDate != null);
        boolean monthWord = (words & MONTH_WORD) != 0;
        boolean trigger = (words & TRIGGER_WORD) != 0;
        boolean isoDate = digit && (words & DASH) != 0;
        if (!isoDate && !(digit && monthWord) && !trigger) {
            return List.of();
        }
        String sentence = new String(lower);
        List<Found> out = new ArrayList<>();
        Matcher m;
        if (isoDate) {
            m = iso.matcher(sentence);
            while (m.find()) {
                add(out, m, date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), docDate));
            }
        }
        if (digit && monthWord) {
            m = dayMonth.matcher(sentence);
            while (m.find()) {
                Integer month = MONTHS.get(m.group(2));
                if (month != null) {
                    int day = m.group(1).equals("1er") ? 1 : Integer.parseInt(m.group(1));
                    add(out, m, resolve(day, month, m.group(3), docDate));
                }
            }
            m = monthDay.matcher(sentence);
            while (m.find()) {
                Integer month = MONTHS.get(m.group(1));
                if (month != null) {
                    add(out, m, resolve(Integer.parseInt(m.group(2)), month, m.group(3), docDate));
                }
            }
        }
        if (trigger) {
            Map<String, Integer> relWords = lang != null && RELATIVE.containsKey(lang) ? RELATIVE.get(lang) : null;
            Pattern p = relWords != null ? relativeByLang.get(lang) : relativeAll;
            m = p.matcher(sentence);
            while (m.find()) {
                String w = m.group(1).toLowerCase(Locale.ROOT).replace('’', '\'');
                Integer delta = relWords != null ? relWords.get(w) : null;
                if (delta == null) {
                    delta = RELATIVE.values().stream().filter(x -> x.containsKey(w)).map(x -> x.get(w)).findFirst().orElse(0);
                }
                add(out, m, docDate.plusDays(delta));
            }
            p = lang != null && weekdayByLang.containsKey(lang) ? weekdayByLang.get(lang) : weekdayAll;
            m = p.matcher(sentence);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        int dow = (g - 1) % 7 + 1;
                        int back = (docDate.getDayOfWeek().getValue() - dow + 7) % 7;
                        add(out, m, docDate.minusDays(back));
                        break;
                    }
                }
            }
        }
        if (out.isEmpty()) {
            return List.of();
        }
        out.sort(Comparator.comparingInt(Found::start));
        return List.copyOf(out);
    }

    private static final int MONTH_WORD = 1;
    private static final int TRIGGER_WORD = 2;
    private static final int DASH = 4;

    /**
     * Which pattern ingredients the lower-cased sentence holds: a word (maximal run of letters) that is a
     * month name (looked for only when there are digits), a relative-day or weekday word (only when
     * {@code triggers}), a '-' (for ISO dates). Every pattern needs its ingredient, so a sentence without
     * them is skipped without running any regular expression.
     */
    private static int scanWords(char[] s, boolean digits, boolean triggers) {
        int found = 0;
        int n = s.length;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (!Character.isLetter(c)) {
                if (c == '-') {
                    found |= DASH;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(s[i])) {
                i++;
            }
            int len = i - start;
            if (digits && (found & MONTH_WORD) == 0 && len >= MIN_MONTH && len <= MAX_MONTH
                    && MONTHS.containsKey(new String(s, start, len))) {
                found |= MONTH_WORD;
            }
            if (triggers && (found & TRIGGER_WORD) == 0 && len >= MIN_TRIGGER && len <= MAX_TRIGGER
                    && TRIGGERS.contains(new String(s, start, len))) {
                found |= TRIGGER_WORD;
            }
        }
        return found;
    }

    /** The date nearest to {@code offset} (ties: the earlier one), or null. */
    public static LocalDate nearest(List<Found> found, int offset) {
        Found best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Found f : found) {
            int d = offset < f.start() ? f.start() - offset : offset >= f.end() ? offset - f.end() + 1 : 0;
            if (d < bestDist) {
                bestDist = d;
                best = f;
            }
        }
        return best == null ? null : best.date();
    }

    private static void add(List<Found> out, Matcher m, LocalDate d) {
        if (d == null) {
            return;
        }
        for (Found f : out) {
            if (m.start() < f.end() && f.start() < m.end()) {
                return;
            }
        }
        out.add(new Found(m.start(), m.end(), d));
    }

    private static LocalDate resolve(int day, Integer month, String year, LocalDate docDate) {
        if (month == null) {
            return null;
        }
        if (year != null) {
            return date(Integer.parseInt(year), month, day, docDate);
        }
        if (docDate == null) {
            return null;
        }
        LocalDate d = of(docDate.getYear(), month, day);
        if (d != null && d.isAfter(docDate)) {
            d = of(docDate.getYear() - 1, month, day);
        }
        return d;
    }

    private static LocalDate date(int y, int mo, int d, LocalDate docDate) {
        LocalDate date = of(y, mo, d);
        return date == null || (docDate != null && date.isAfter(docDate)) ? null : date;
    }

    private static LocalDate of(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
            {"janvier", "january", "jan", "января", "січня", "enero", "januar", "jänner", "janv"},
            {"février", "fevrier", "february", "feb", "февраля", "лютого", "febrero", "februar", "févr"},
            {"mars", "march", "mar", "марта", "березня", "marzo", "märz", "maerz"},
            {"avril", "april", "apr", "апреля", "квітня", "abril", "avr"},
            {"mai", "may", "мая", "травня", "mayo"},
            {"juin", "june", "jun", "июня", "червня", "junio", "juni"},
            {"juillet", "july", "jul", "июля", "липня", "julio", "juli", "juil"},
            {"août", "aout", "august", "aug", "августа", "серпня", "agosto"},
            {"septembre", "september", "sep", "sept", "сентября", "вересня", "septiembre", "setiembre"},
            {"octobre", "october", "oct", "октября", "жовтня", "octubre", "oktober", "okt"},
            {"novembre", "november", "nov", "ноября", "листопада", "noviembre"},
            {"décembre", "decembre", "december", "dec", "декабря", "грудня", "diciembre", "dezember", "déc", "dez"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, Map<String, Integer>> relative() {
        Map<String, Map<String, Integer>> r = new LinkedHashMap<>();
        r.put("en", Map.of("yesterday", -1, "the day before yesterday", -2, "today", 0));
        r.put("fr", Map.of("hier", -1, "avant-hier", -2, "avant hier", -2, "aujourd'hui", 0, "aujourd’hui", 0));
        r.put("ru", Map.of("вчера", -1, "позавчера", -2, "сегодня", 0));
        r.put("uk", Map.of("вчора", -1, "учора", -1, "позавчора", -2, "сьогодні", 0));
        r.put("es", Map.of("ayer", -1, "anteayer", -2, "antier", -2, "hoy", 0));
        r.put("de", Map.of("gestern", -1, "vorgestern", -2, "heute", 0));
        return r;
    }
}
