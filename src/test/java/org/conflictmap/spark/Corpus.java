package org.conflictmap.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes a generated corpus: JSONL files, a folder of text files, and some bad records. */
final class Corpus {

    private static final String[] PLACES = {"Stepanakert", "Erevan", "Bakou", "l'Arménie", "Ganja", "Martakert"};
    private static final String[] UNKNOWN = {"Hadrout", "Choucha", "Latchine", "Fizouli"};
    private static final String[] VERBS = {"bombardements à", "combats près de", "pourparlers à", "réunion à",
        "bombardement sur", "combats autour de"};

    private Corpus() {
    }

    /** Writes {@code jsonlFiles} × {@code perFile} JSONL documents and {@code textFiles} text files under dir. */
    static void write(Path dir, int jsonlFiles, int perFile, int textFiles, long seed) throws IOException {
        Random rnd = new Random(seed);
        Files.createDirectories(dir.resolve("articles"));
        int id = 0;
        for (int f = 0; f < jsonlFiles; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < perFile; i++) {
                id++;
                if (i % 397 == 5) {
                    lines.add("{\"id\": \"broken" + id + "\", \"text\": ");
                    continue;
                }
                if (i % 451 == 9) {
                    lines.add("{\"id\": \"notext" + id + "\"}");
                    continue;
                }
                if (i % 211 == 3) {
                    lines.add("");
                }
                String date = i % 503 == 11 ? "" : ", \"date\": \"" + LocalDate.of(2020, 9, 27)
                        .plusDays(rnd.nextInt(20)) + "\"";
                lines.add("{\"id\": \"d" + id + "\", \"text\": \"" + text(rnd) + "\"" + date + "}");
            }
            Files.write(dir.resolve(String.format("batch-%02d.jsonl", f)), lines, StandardCharsets.UTF_8);
        }
        for (int t = 0; t < textFiles; t++) {
            Files.writeString(dir.resolve("articles").resolve(String.format("a%03d.txt", t)), text(rnd),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("articles").resolve("notes.bin"), "\u0000\u0001binary");
        Files.writeString(dir.resolve(".hidden.jsonl"), "{\"id\":\"hidden\",\"text\":\"Bakou.\"}\n");
    }

    private static String text(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + rnd.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                sb.append(' ');
            }
            sb.append("Des ").append(VERBS[rnd.nextInt(VERBS.length)]).append(' ')
                    .append(PLACES[rnd.nextInt(PLACES.length)]);
            if (rnd.nextInt(3) == 0) {
                sb.append(" et ").append(UNKNOWN[rnd.nextInt(UNKNOWN.length)]);
            }
            if (rnd.nextInt(4) == 0) {
                sb.append(", ").append(1 + rnd.nextInt(9)).append(" morts");
            }
            sb.append(" selon ").append(rnd.nextInt(2) == 0 ? "Erevan" : "les sources").append('.');
        }
        return sb.toString();
    }
}
