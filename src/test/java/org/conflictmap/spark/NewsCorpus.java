package org.conflictmap.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a generated corpus of short news-like articles in French, English and Russian (JSONL files and a
 * folder of text files), a small ACLED-layout event table, and bad records of every kind the readers
 * report (broken JSON, missing text, unparsable date, a binary file, an unsupported file type, an event
 * row without a date), plus one article that makes the geoparser throw.
 */
final class NewsCorpus {

    private static final String[][] FR = {
        {"Des bombardements ont frappé %s dans la nuit.", "Les combats se poursuivent près de %s.",
            "Des pourparlers se sont tenus à %s.", "Une manifestation a eu lieu à %s."},
        {"Stepanakert", "Erevan", "Bakou", "l'Arménie", "Gandja", "Moscou", "Hadrout", "Choucha"}};
    private static final String[][] EN = {
        {"Shelling hit %s overnight.", "Fighting continued near %s.", "Talks were held in %s.",
            "Protesters gathered in %s."},
        {"Stepanakert", "Yerevan", "Baku", "Armenia", "Ganja", "Moscow", "Hadrut", "Shusha"}};
    private static final String[][] RU = {
        {"Обстрел %s продолжался всю ночь.", "Бои шли возле %s.", "Переговоры прошли в %s.",
            "Митинг прошёл в %s."},
        {"Степанакерт", "Ереван", "Баку", "Армения", "Гянджа", "Москва", "Гадрут", "Шуша"}};

    private NewsCorpus() {
    }

    /** Writes about {@code files × perFile} JSONL articles plus the rest under {@code dir}. */
    static void write(Path dir, int files, int perFile, int textFiles, long seed) throws IOException {
        Random rnd = new Random(seed);
        Files.createDirectories(dir.resolve("articles"));
        int id = 0;
        for (int f = 0; f < files; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < perFile; i++) {
                id++;
                if (i % 409 == 17) {
                    lines.add("{\"id\": \"broken-" + id + "\", \"text\": \"Bakou");
                } else if (i % 433 == 40) {
                    lines.add("{\"id\": \"notext-" + id + "\", \"date\": \"2020-10-01\"}");
                } else if (i % 457 == 55) {
                    lines.add("{\"id\": \"baddate-" + id + "\", \"text\": \"Bakou.\", \"date\": \"le 40 octobre\"}");
                } else if (i % 997 == 101) {
                    lines.add("{\"id\": \"crash-" + id + "\", \"text\": \"CRASH near Baku.\", \"date\": \"2020-10-02\"}");
                } else {
                    String[] lang = pick(rnd);
                    lines.add("{\"id\": \"a" + id + "\", \"lang\": \"" + lang[0] + "\", \"date\": \""
                            + LocalDate.of(2020, 9, 27).plusDays(rnd.nextInt(45)) + "\", \"text\": \""
                            + text(rnd, lang[0]) + "\"}");
                }
            }
            Files.write(dir.resolve(String.format("news-%02d.jsonl", f)), lines, StandardCharsets.UTF_8);
        }
        for (int t = 0; t < textFiles; t++) {
            String[] lang = pick(rnd);
            Files.writeString(dir.resolve("articles").resolve(String.format("2020-10-%02d-%03d.txt", 1 + t % 28, t)),
                    text(rnd, lang[0]) + "\n", StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("articles").resolve("scan.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
        Files.writeString(dir.resolve("articles").resolve("notes.docx"), "not a supported type");
        Files.writeString(dir.resolve("events.csv"), String.join("\n",
                "event_date,event_type,sub_event_type,country,admin1,admin2,location,latitude,longitude,fatalities,notes",
                "2020-10-04,Battles,Armed clash,Azerbaijan,,,Stepanakert,,,3,Clashes near Stepanakert.",
                "2020-10-04,Explosions/Remote violence,Shelling,Azerbaijan,,,Ganja,40.68,46.36,1,Shelling of Ganja.",
                ",Battles,Armed clash,Armenia,,,Yerevan,,,,no date",
                "2020-10-05,Protests,Peaceful protest,Russia,,,Moscow,55.75,37.62,,Rally in Moscow.",
                "2020-10-06,Battles,Armed clash,Azerbaijan,,,Baku,10.0,10.0,,Far from Baku.") + "\n",
                StandardCharsets.UTF_8);
    }

    private static String[] pick(Random rnd) {
        return new String[] {new String[] {"fr", "en", "ru"}[rnd.nextInt(3)]};
    }

    private static String text(Random rnd, String lang) {
        String[][] l = lang.equals("fr") ? FR : lang.equals("en") ? EN : RU;
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(3);
        for (int s = 0; s < n; s++) {
            if (s > 0) {
                sb.append(' ');
            }
            sb.append(String.format(l[0][rnd.nextInt(l[0].length)], l[1][rnd.nextInt(l[1].length)]));
        }
        return sb.toString();
    }
}
