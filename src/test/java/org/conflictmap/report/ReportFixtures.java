package org.conflictmap.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.export.ErrorRow;
import org.conflictmap.export.EventsCsv;
import org.conflictmap.export.ReportCsv;
import org.conflictmap.export.UnresolvedRow;
import org.conflictmap.io.AtomicFiles;
import org.conflictmap.render.ImageExporter;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.Palette;

/** Writes a small run folder (data files, a map-like PNG, charts) with hostile article text in it. */
final class ReportFixtures {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    private ReportFixtures() {
    }

    static List<Event> events() {
        List<Event> out = new ArrayList<>();
        String[][] places = {
            {"174875", "Stepanakert", "AZ", "Azerbaijan", "Xankandi", "39.8153", "46.7519"},
            {"585170", "Shusha", "AZ", "Azerbaijan", "Shusha", "39.7583", "46.7487"},
            {"616052", "Erevan" + IMG, "AM", "Armenia", "Yerevan", "40.1811", "44.5136"},
            {"587084", "Ganja", "AZ", "Azerbaijan", "Ganja", "40.6828", "46.3606"},
            {"524901", "Москва", "RU", "Russia", "Moscow", "55.7522", "37.6156"}};
        EventType[] types = {EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.DIPLOMACY};
        int n = 0;
        for (int p = 0; p < places.length; p++) {
            for (int d = 0; d < 9 - 2 * p; d++) {
                String[] pl = places[p];
                EventType t = types[(d + p) % types.length];
                String evidence = d == 0 && p == 0 ? "Les combats ont repris à Stepanakert " + SCRIPT
                        : "Rapport " + n + " sur " + pl[1] + (d == 1 ? " " + IMG : "") + ".";
                out.add(new Event("ev" + n, LocalDate.of(2020, 9, 27).plusDays(d * 4L + p), t, Long.parseLong(pl[0]),
                        pl[1], "P.PPLA", Precision.PLACE, pl[2], pl[3], pl[4], Double.parseDouble(pl[5]),
                        Double.parseDouble(pl[6]), 1 + d % 3, null, List.of("fr-" + (n % 7) + ".txt", "en-" + n),
                        evidence));
                n++;
            }
        }
        return List.copyOf(out);
    }

    /** Writes events.csv, unresolved.csv, errors.csv, manifest.json and a 'maps' PNG under runDir. */
    static void writeRun(Path runDir) throws IOException {
        EventsCsv.write(runDir.resolve("events.csv"), events());
        ReportCsv.writeUnresolved(runDir.resolve("unresolved.csv"), List.of(
                new UnresolvedRow("Haut-Karabakh", 6, 14, "fr-1.txt", "Le Haut-Karabakh " + SCRIPT + " reste tendu."),
                new UnresolvedRow("Latchine", 2, 3, "fr-2.txt", "La route de Latchine" + IMG),
                new UnresolvedRow("=cmd|' /C calc'!A0", 1, 1, "bad.csv", "formula")));
        ReportCsv.writeErrors(runDir.resolve("errors.csv"), List.of(
                new ErrorRow("in/bad.csv", 3, ErrorRow.Severity.ERROR, "unparsable date '32/13/2020'"),
                new ErrorRow("in/a.jsonl", 7, ErrorRow.Severity.WARNING, "point 80 km from Ganja")));
        AtomicFiles.writeString(runDir.resolve("manifest.json"), """
                {"tool":"conflictmap","version":"0.1.0",
                 "inputs":[{"file":"in/articles.jsonl","sha256":"x","bytes":10,"records_read":40,"processed":39,"skipped":1,"warnings":1},
                           {"file":"in/<b>bad</b>.csv","sha256":"y","bytes":0,"failure":"empty file"}],
                 "counts":{"records_read":40,"processed":39,"skipped":1,"documents":39,"event_reports":60,"events":26,
                           "places":5,"unresolved_names":3,"unresolved_mentions":18,"warnings":1}}
                """);
        ImageExporter.write((g, a) -> {
            g.setColor(Palette.SEA);
            g.fill(a);
            g.setColor(Palette.LAND);
            g.fillOval(40, 30, 420, 220);
            g.setColor(Palette.color(EventType.BATTLES));
            g.fillOval(230, 120, 30, 30);
        }, runDir.resolve("maps/overview.png"), OutputFormat.PNG, 600, 300, 150);
    }
}
