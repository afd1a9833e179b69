package org.conflictmap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic multilingual news corpus for speed measurements, written by the project (not copied from
 * any site), in en, fr, ru, es, de, uk and ar. Two styles:
 * <ul>
 *   <li>{@link Style#NEWS} (default): hand-written sentences about places and people mixed with sentences
 *       drawn word by word from each language's 2,000 most common words (bundled lists, by rank: a Zipf
 *       law) and from an open vocabulary of made-up words and capitalised names (also Zipf-distributed,
 *       so that new words keep appearing as in real text and caches cannot hold them all). About four
 *       place mentions per KB, in the range of real news (GeoWebNews: about five per KB);</li>
 *   <li>{@link Style#DENSE}: the earlier generator, hand-written sentences only: a few hundred distinct
 *       words and 6.6 mentions per KB, kinder to caches than real text.</li>
 * </ul>
 * Document {@code i} is a pure function of the style, the seed and {@code i}.
 */
final class BenchCorpus {

    /** Corpus style. */
    enum Style {
        /** Real-looking vocabulary and place density (default). */
        NEWS,
        /** Hand-written sentences only (the first generator): small vocabulary, many places. */
        DENSE
    }

    /** One generated document. */
    record Doc(String id, String lang, String text) {
    }

    private record Language(String code, List<String> templates, List<String> places, List<String> people) {
    }

    /** Sentences without place names, per language: most sentences of a news story name no place. */
    private static final java.util.Map<String, List<String>> FILLER = java.util.Map.of(
            "en", List.of("The spokesman declined to comment on the figures, saying an investigation was under way.",
                    "Prices for fuel and bread have risen sharply since the start of the year, officials said.",
                    "Several witnesses told reporters that the explosions started shortly after midnight.",
                    "The committee is expected to publish its final report before the end of the month.",
                    "Humanitarian groups warned that thousands of families still lacked shelter and clean water."),
            "fr", List.of("Le porte-parole a refusé de commenter ces chiffres, indiquant qu’une enquête était en cours.",
                    "Les prix du carburant et du pain ont fortement augmenté depuis le début de l’année.",
                    "Plusieurs témoins ont raconté que les explosions avaient commencé peu après minuit.",
                    "Les organisations humanitaires ont averti que des milliers de familles manquaient d’abri."),
            "ru", List.of("Представитель ведомства отказался комментировать эти данные, сославшись на расследование.",
                    "Цены на топливо и хлеб резко выросли с начала года, сообщили чиновники.",
                    "Несколько свидетелей рассказали, что взрывы начались вскоре после полуночи."),
            "es", List.of("El portavoz se negó a comentar las cifras y dijo que había una investigación en curso.",
                    "Los precios del combustible y del pan han subido mucho desde principios de año."),
            "de", List.of("Der Sprecher wollte die Zahlen nicht kommentieren und verwies auf laufende Ermittlungen.",
                    "Die Preise für Treibstoff und Brot sind seit Jahresbeginn stark gestiegen."),
            "uk", List.of("Речник відмовився коментувати ці дані, пославшись на розслідування.",
                    "Ціни на пальне та хліб різко зросли з початку року."),
            "ar", List.of("رفض المتحدث التعليق على الأرقام مشيرا إلى أن التحقيق لا يزال جاريا.",
                    "ارتفعت أسعار الوقود والخبز بشكل حاد منذ بداية العام."));

    private static final List<Language> LANGS = List.of(
            new Language("en", List.of(
                    "Officials in %P said on Monday that talks with %P would resume next week.",
                    "%N, the foreign minister, flew from %P to %P for consultations on the ceasefire.",
                    "Shelling was reported near %P and in the outskirts of %P, according to local media.",
                    "The Russian and Turkish delegations met in %P while protesters gathered outside the embassy.",
                    "According to Flight Radar data, the plane left %P at dawn and landed in %P two hours later.",
                    "Aid convoys reached %P, but the road to %P remained closed after heavy rain.",
                    "President %N said the government in %P would not accept any deal that ignores %P."),
                    List.of("Moscow", "Baku", "Yerevan", "Ankara", "Washington", "London", "Paris", "Kyiv",
                            "Kharkiv", "Donetsk", "Aleppo", "Idlib", "Gaza", "Beirut", "Tbilisi", "Geneva",
                            "New York", "Brussels", "Berlin", "Tehran", "Damascus", "Stepanakert", "Shusha",
                            "Ganja", "Mariupol", "Odesa", "Khartoum", "Tripoli", "Mosul", "Kabul"),
                    List.of("Jeyhun Bayramov", "Sergei Lavrov", "Antony Blinken", "Mike Pompeo", "Ararat Mirzoyan")),
            new Language("fr", List.of(
                    "Le ministre azerbaïdjanais des Affaires étrangères s’est rendu à %P pour des consultations.",
                    "Selon RIA Novosti, les combats se poursuivent autour de %P et de %P depuis le 27 septembre.",
                    "Les dirigeants de la Russie, des États-Unis et de la France ont appelé au cessez-le-feu à %P.",
                    "%N a déclaré que l’armée avait repris le contrôle de %P, au nord de %P.",
                    "Une mobilisation partielle a été introduite, affirmant qu’%P soutient activement %P.",
                    "Le service de presse du Kremlin a rapporté que la délégation quittera %P pour %P demain."),
                    List.of("Moscou", "Bakou", "Erevan", "Ankara", "Paris", "Londres", "Genève", "Bruxelles",
                            "Stepanakert", "Haut-Karabakh", "Saint-Pétersbourg", "Téhéran", "Damas", "Alep",
                            "Kiev", "Marseille", "Lyon", "Berlin", "Vienne", "Varsovie"),
                    List.of("Vladimir Poutine", "Emmanuel Macron", "Jeyhun Bayramov", "Nikol Pachinian")),
            new Language("ru", List.of(
                    "Министр иностранных дел прибыл в %P для консультаций по ситуации вокруг %P.",
                    "По данным РИА Новости, бои продолжаются у города %P и в районе %P.",
                    "%N заявил, что переговоры в %P пройдут на следующей неделе.",
                    "Российский президент пригласил делегации в %P, сообщает пресс-служба Кремля.",
                    "Колонна гуманитарной помощи вышла из %P и направилась в %P."),
                    List.of("Москва", "Баку", "Ереван", "Анкара", "Санкт-Петербург", "Киев", "Донецк", "Харьков",
                            "Минск", "Тбилиси", "Степанакерт", "Вашингтон", "Париж", "Лондон", "Берлин"),
                    List.of("Владимир Путин", "Сергей Лавров", "Джейхун Байрамов")),
            new Language("es", List.of(
                    "El ministro de Asuntos Exteriores viajó a %P para reunirse con sus homólogos de %P.",
                    "Según la agencia EFE, los combates continúan cerca de %P y de %P.",
                    "%N afirmó que el gobierno de %P no aceptará ninguna condición previa."),
                    List.of("Moscú", "Bakú", "Ereván", "Ankara", "Madrid", "Barcelona", "Bogotá", "Caracas",
                            "Lima", "Buenos Aires", "Londres", "París", "Washington", "Kiev"),
                    List.of("Pedro Sánchez", "Josep Borrell", "Nicolás Maduro")),
            new Language("de", List.of(
                    "Der Außenminister reiste am Montag nach %P, um über die Lage in %P zu sprechen.",
                    "Nach Angaben der Nachrichtenagentur dpa gehen die Kämpfe bei %P und %P weiter.",
                    "%N sagte in %P, die Regierung werde keine Vorbedingungen akzeptieren."),
                    List.of("Moskau", "Baku", "Eriwan", "Ankara", "Berlin", "München", "Hamburg", "Wien",
                            "Zürich", "Genf", "Brüssel", "Paris", "London", "Kiew", "Warschau"),
                    List.of("Olaf Scholz", "Annalena Baerbock", "Heiko Maas")),
            new Language("uk", List.of(
                    "Міністр закордонних справ прибув до %P для консультацій щодо ситуації в %P.",
                    "За даними Укрінформу, бої тривають біля %P та в районі %P.",
                    "%N заявив, що переговори в %P відбудуться наступного тижня."),
                    List.of("Київ", "Харків", "Львів", "Одеса", "Дніпро", "Маріуполь", "Херсон", "Москва",
                            "Варшава", "Берлін"),
                    List.of("Дмитро Кулеба", "Володимир Зеленський")),
            new Language("ar", List.of(
                    "وصل وزير الخارجية إلى %P لإجراء مشاورات حول الوضع في %P.",
                    "قالت وكالة الأنباء إن الاشتباكات مستمرة قرب %P وفي محيط %P.",
                    "أعلن %N أن المحادثات في %P ستستأنف الأسبوع المقبل."),
                    List.of("القاهرة", "دمشق", "بغداد", "بيروت", "عمان", "الرياض", "موسكو", "أنقرة", "حلب",
                            "الموصل", "طرابلس", "الخرطوم", "غزة"),
                    List.of("سيرغي لافروف", "أحمد أبو الغيط")));

    /** Syllable inventories of the made-up words, per script. */
    private static final String[] LATIN_ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
        "v", "w", "z", "br", "tr", "st", "ch", "sh", "gr", "pl"};
    private static final String[] LATIN_VOWELS = {"a", "e", "i", "o", "u", "ou", "ea", "ie", "é", "ä"};
    private static final String[] CYR_ONSETS = {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т",
        "х", "ч", "ш", "пр", "ст", "тр"};
    private static final String[] CYR_VOWELS = {"а", "е", "и", "о", "у", "ы", "я", "ю", "і"};
    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /** Open vocabulary sizes (Zipf-distributed ranks). */
    private static final int RARE_WORDS = 400_000;
    private static final int NAMES = 100_000;

    private final long seed;
    private final Style style;
    private final Map<String, List<String>> common = new HashMap<>();
    private final List<String> firstNames;

    BenchCorpus(long seed) {
        this(seed, Style.NEWS);
    }

    BenchCorpus(long seed, Style style) {
        this.seed = seed;
        this.style = style;
        for (Language l : LANGS) {
            common.put(l.code(), lines("/geoparse/stopwords/" + l.code() + ".txt"));
        }
        this.firstNames = lines("/geoparse/cues/first-names.txt");
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BenchCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#") && w.indexOf(' ') < 0) {
                    out.add(w);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document number {@code i}. */
    Doc doc(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        Language lang = LANGS.get(r.nextInt(10) < 4 ? 0 : r.nextInt(LANGS.size()));
        StringBuilder b = new StringBuilder(4096);
        int sentences = 20 + r.nextInt(40);
        List<String> filler = FILLER.get(lang.code());
        for (int s = 0; s < sentences; s++) {
            if (style == Style.DENSE) {
                template(b, lang, r.nextInt(3) == 0 ? lang.templates().get(r.nextInt(lang.templates().size()))
                        : filler.get(r.nextInt(filler.size())), r);
            } else {
                int x = r.nextInt(100);
                if (x < 22) {
                    template(b, lang, lang.templates().get(r.nextInt(lang.templates().size())), r);
                } else if (x < 35) {
                    b.append(filler.get(r.nextInt(filler.size())));
                } else {
                    sentence(b, lang.code(), r);
                }
            }
            b.append(r.nextInt(6) == 0 ? "\n\n" : " ");
        }
        return new Doc("bench-" + i, r.nextInt(4) == 0 ? null : lang.code(), b.toString());
    }

    private static void template(StringBuilder b, Language lang, String t, SplittableRandom r) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '%' && k + 1 < t.length() && (t.charAt(k + 1) == 'P' || t.charAt(k + 1) == 'N')) {
                List<String> pool = t.charAt(k + 1) == 'P' ? lang.places() : lang.people();
                b.append(pool.get(r.nextInt(pool.size())));
                k++;
            } else {
                b.append(c);
            }
        }
    }

    /** A sentence of common words, rarer made-up words and capitalised names, 8 to 25 words. */
    private void sentence(StringBuilder b, String lang, SplittableRandom r) {
        List<String> words = common.get(lang);
        int n = 8 + r.nextInt(18);
        int from = b.length();
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                b.append(w > 3 && r.nextInt(12) == 0 ? ", " : " ");
            }
            int x = r.nextInt(100);
            if (x < 72) {
                b.append(words.get(zipf(r, words.size())));
            } else if (x < 93) {
                madeUp(b, lang, zipf(r, RARE_WORDS), false);
            } else if (x < 98) {
                madeUp(b, lang, zipf(r, NAMES) + RARE_WORDS, true);
            } else {
                String f = firstNames.get(zipf(r, firstNames.size()));
                if ("en".equals(lang) || "fr".equals(lang) || "es".equals(lang) || "de".equals(lang)) {
                    b.append(Character.toUpperCase(f.charAt(0))).append(f, 1, f.length()).append(' ');
                }
                madeUp(b, lang, zipf(r, NAMES) + RARE_WORDS, true);
            }
        }
        if (b.length() > from) {
            b.setCharAt(from, Character.toUpperCase(b.charAt(from)));
        }
        b.append("ar".equals(lang) ? "." : r.nextInt(15) == 0 ? "?" : ".");
    }

    /** A rank in [0, n) with probability about 1 / (rank + 1) (Zipf's law). */
    private static int zipf(SplittableRandom r, int n) {
        return Math.min(n - 1, (int) Math.exp(r.nextDouble() * Math.log(n + 1.0)) - 1);
    }

    /** Made-up word number {@code k} of a language's script; a pure function of {@code k}. */
    private static void madeUp(StringBuilder b, String lang, int k, boolean capital) {
        SplittableRandom r = new SplittableRandom(k * 0x9E3779B97F4A7C15L + lang.hashCode());
        int from = b.length();
        if ("ar".equals(lang)) {
            int n = 3 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                b.append(ARABIC_LETTERS.charAt(r.nextInt(ARABIC_LETTERS.length())));
            }
            return;
        }
        boolean cyr = "ru".equals(lang) || "uk".equals(lang);
        String[] on = cyr ? CYR_ONSETS : LATIN_ONSETS;
        String[] vo = cyr ? CYR_VOWELS : LATIN_VOWELS;
        int syllables = 1 + r.nextInt(4);
        for (int i = 0; i < syllables; i++) {
            b.append(on[r.nextInt(on.length)]).append(vo[r.nextInt(vo.length)]);
        }
        if (r.nextBoolean()) {
            b.append(on[r.nextInt(on.length)]);
        }
        if (capital) {
            b.setCharAt(from, Character.toUpperCase(b.charAt(from)));
        }
    }
}
