package org.conflictmap.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.conflictmap.events.Event;
import org.conflictmap.export.CsvCells;
import org.conflictmap.export.EventsCsv;
import org.conflictmap.export.ReportCsv;
import org.conflictmap.export.UnresolvedRow;

/**
 * Reads a run's output folder for the report: events.csv, unresolved.csv, manifest.json (or errors.csv when there
 * is no manifest), the figures (from each sub-folder's figures.json, else its PNG/SVG files) and the data files.
 */
public final class RunDirReader {

    /** Data files linked from the report when present, with a one-line description. */
    public static final Map<String, String> DATA_FILES = dataFiles();

    private static final List<String> IMAGE_EXTENSIONS = List.of("png", "svg");

    private RunDirReader() {
    }

    private static Map<String, String> dataFiles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("events.csv", "one row per event (place, day, type), with sources and evidence");
        m.put("places.csv", "places with events: coordinates, counts, first and last day");
        m.put("aggregates.csv", "event counts by place, country, admin-1, day, week, month and type");
        m.put("unresolved.csv", "place names that could not be placed, with an example sentence");
        m.put("errors.csv", "input records that were skipped or doubtful, with file, line and reason");
        m.put("events.geojson", "events as GeoJSON points (QGIS, web maps)");
        m.put("events.kml", "events as KML placemarks (Google Earth)");
        m.put("events.gpkg", "events as a GeoPackage layer");
        m.put("manifest.json", "tool version, configuration, input and output checksums, counts");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Reads everything the report needs; {@code images} empty → discovered in the run folder's sub-folders. */
    public static ReportData read(Path runDir, List<Path> images) throws IOException {
        List<Event> events = EventsCsv.read(runDir.resolve("events.csv"));
        List<UnresolvedRow> unresolved = readUnresolved(runDir.resolve("unresolved.csv"));
        RunSummary summary = readSummary(runDir, events, unresolved);
        List<Figure> figures = images.isEmpty() ? discoverFigures(runDir) : figuresFor(images);
        List<String> data = new ArrayList<>();
        for (String f : DATA_FILES.keySet()) {
            if (Files.isRegularFile(runDir.resolve(f))) {
                data.add("../" + f);
            }
        }
        return new ReportData(null, summary, events, unresolved, figures, data);
    }

    /** Reads unresolved.csv (missing file → no rows), most mentioned first. */
    public static List<UnresolvedRow> readUnresolved(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<UnresolvedRow> out = new ArrayList<>();
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = fmt.parse(r)) {
            if (!p.getHeaderNames().containsAll(ReportCsv.UNRESOLVED_HEADER)) {
                throw new IOException(file + ": not an unresolved.csv (header must be "
                        + String.join(",", ReportCsv.UNRESOLVED_HEADER) + ")");
            }
            for (CSVRecord rec : p) {
                try {
                    out.add(new UnresolvedRow(CsvCells.unsafe(rec.get("name")), Integer.parseInt(rec.get("documents")),
                            Integer.parseInt(rec.get("mentions")), CsvCells.unsafe(rec.get("example_document")),
                            CsvCells.unsafe(rec.get("example_sentence"))));
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + p.getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        out.sort(Comparator.comparingInt((UnresolvedRow u) -> -u.mentions()).thenComparing(UnresolvedRow::name));
        return List.copyOf(out);
    }

    /** The run summary from manifest.json, or from the data files when there is none. */
    static RunSummary readSummary(Path runDir, List<Event> events, List<UnresolvedRow> unresolved)
            throws IOException {
        Path manifest = runDir.resolve("manifest.json");
        long unresolvedMentions = unresolved.stream().mapToLong(UnresolvedRow::mentions).sum();
        long places = events.stream().map(Event::placeId).distinct().count();
        if (Files.isRegularFile(manifest)) {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            JsonNode c = root.path("counts");
            List<RunSummary.Input> inputs = new ArrayList<>();
            for (JsonNode in : root.path("inputs")) {
                inputs.add(new RunSummary.Input(in.path("file").asText(""), in.path("records_read").asLong(-1),
                        in.path("processed").asLong(-1), in.path("skipped").asLong(-1), in.path("failure").asText("")));
            }
            return new RunSummary(root.path("version").asText(""), inputs, c.path("records_read").asLong(-1),
                    c.path("skipped").asLong(-1), c.path("documents").asLong(-1), c.path("event_reports").asLong(-1),
                    c.path("events").asLong(events.size()), c.path("places").asLong(places),
                    c.path("unresolved_names").asLong(unresolved.size()),
                    c.path("unresolved_mentions").asLong(unresolvedMentions), c.path("warnings").asLong(-1));
        }
        long[] errs = countErrors(runDir.resolve("errors.csv"));
        Set<String> docs = new HashSet<>();
        long reports = 0;
        for (Event e : events) {
            docs.addAll(e.documents());
            reports += e.sources();
        }
        return new RunSummary("", List.of(), -1, errs[0], docs.size(), reports, events.size(), places,
                unresolved.size(), unresolvedMentions, errs[1]);
    }

    /** {errors, warnings} in errors.csv, -1 each when the file is missing. */
    private static long[] countErrors(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new long[] {-1, -1};
        }
        long errors = 0;
        long warnings = 0;
        CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = fmt.parse(r)) {
            for (CSVRecord rec : p) {
                if (rec.isMapped("severity") && "warning".equals(rec.get("severity"))) {
                    warnings++;
                } else {
                    errors++;
                }
            }
        }
        return new long[] {errors, warnings};
    }

    /**
     * Figures of the run folder: sub-folders "maps" then "charts" then the others (never "report"); in each, the
     * entries of figures.json whose file exists, else its PNG/SVG files by name. Of one figure in several formats
     * (same base name) only the first of PNG, SVG is kept.
     */
    public static List<Figure> discoverFigures(Path runDir) throws IOException {
        List<Path> dirs = new ArrayList<>();
        if (Files.isDirectory(runDir)) {
            try (Stream<Path> s = Files.list(runDir)) {
                s.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("report")
                        && !d.getFileName().toString().startsWith(".")).forEach(dirs::add);
            }
        }
        dirs.sort(Comparator.comparingInt((Path d) -> switch (d.getFileName().toString()) {
            case "maps" -> 0;
            case "charts" -> 1;
            default -> 2;
        }).thenComparing(d -> d.getFileName().toString()));
        List<Figure> out = new ArrayList<>();
        for (Path d : dirs) {
            out.addAll(figuresIn(d));
        }
        return List.copyOf(out);
    }

    private static List<Figure> figuresIn(Path dir) throws IOException {
        Map<String, Figure> byBase = new LinkedHashMap<>();
        Path index = dir.resolve("figures.json");
        if (Files.isRegularFile(index)) {
            for (JsonNode n : new ObjectMapper().readTree(index.toFile())) {
                String file = n.path("file").asText("");
                Path p = dir.resolve(file).normalize();
                if (file.isEmpty() || !p.startsWith(dir.normalize()) || !Files.isRegularFile(p) || !isImage(p)) {
                    continue;
                }
                Figure f = new Figure(p, n.path("title").asText(null), n.path("caption").asText(null),
                        n.path("alt").asText(null), n.path("caption_in_image").asBoolean(false));
                keepPreferred(byBase, f);
            }
        } else {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).filter(RunDirReader::isImage).forEach(files::add);
            }
            files.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path p : files) {
                keepPreferred(byBase, Figure.of(p));
            }
        }
        return List.copyOf(byBase.values());
    }

    /** Figures for explicitly given images (metadata from a figures.json next to each, when there is one). */
    public static List<Figure> figuresFor(List<Path> images) throws IOException {
        Map<Path, List<Figure>> cache = new LinkedHashMap<>();
        Map<String, Figure> byBase = new LinkedHashMap<>();
        for (Path img : images) {
            if (!isImage(img)) {
                continue;
            }
            Path dir = img.toAbsolutePath().normalize().getParent();
            List<Figure> known = cache.get(dir);
            if (known == null) {
                known = Files.isRegularFile(dir.resolve("figures.json")) ? figuresIn(dir) : List.of();
                cache.put(dir, known);
            }
            Figure f = Figure.of(img);
            for (Figure k : known) {
                if (base(k.image()).equals(base(img.toAbsolutePath().normalize()))) {
                    f = new Figure(img, k.title(), k.caption(), k.alt(), k.captionInImage());
                }
            }
            keepPreferred(byBase, f);
        }
        return List.copyOf(byBase.values());
    }

    private static void keepPreferred(Map<String, Figure> byBase, Figure f) {
        String key = base(f.image().toAbsolutePath().normalize());
        Figure old = byBase.get(key);
        if (old == null || rank(f.image()) < rank(old.image())) {
            byBase.put(key, f);
        }
    }

    static boolean isImage(Path p) {
        return IMAGE_EXTENSIONS.contains(ext(p));
    }

    private static int rank(Path p) {
        int i = IMAGE_EXTENSIONS.indexOf(ext(p));
        return i < 0 ? 99 : i;
    }

    static String ext(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String base(Path p) {
        String s = p.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }
}
