package org.conflictmap.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.geoparse.ResolverWeights;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the run configuration (one YAML file). Relative paths are relative to the file's folder.
 * Unknown keys, wrong types and out-of-range values are errors naming the line; all problems are
 * reported at once. Only the YAML node tree is built (no object construction), so a config file
 * cannot instantiate anything.
 */
public final class ConfigLoader {

    /** Article fields (CSV columns or JSONL keys) an input may map. */
    public static final List<String> ARTICLE_FIELDS = List.of("id", "text", "date", "lang", "title", "source", "url");
    /** Event-table fields (ACLED names) an input may map. */
    public static final List<String> EVENT_FIELDS = List.of("id", "event_date", "event_type", "sub_event_type",
            "country", "admin1", "admin2", "location", "latitude", "longitude", "fatalities", "notes");

    private static final String DEFAULT_RESOURCE = "default-config.yml";

    private ConfigLoader() {
    }

    /** Loads a configuration file. */
    public static RunConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": configuration file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read configuration: " + e.getMessage());
        }
        Path rel = file.getParent();
        return parse(text, file.toString(), rel == null ? Path.of("") : rel.normalize());
    }

    /** The built-in configuration: the bundled sample found under {@code sampleParent/sample}. */
    public static RunConfig sampleDefaults(Path sampleParent) throws ConfigException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new ConfigException("built-in configuration missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "(built-in configuration)",
                    sampleParent);
        } catch (IOException e) {
            throw new ConfigException("cannot read the built-in configuration: " + e.getMessage());
        }
    }

    /** The text of the built-in configuration. */
    public static String sampleDefaultsText() throws IOException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Parses configuration text; {@code source} names it in messages, relative paths resolve against baseDir. */
    public static RunConfig parse(String yaml, String source, Path baseDir) throws ConfigException {
        LoaderOptions lo = new LoaderOptions();
        lo.setAllowDuplicateKeys(false);
        lo.setMaxAliasesForCollections(20);
        lo.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(lo)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(source + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(source + ": not valid YAML: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        YamlMap top = new YamlMap(source, "", root, problems);
        List<InputConfig> inputs = new ArrayList<>();
        for (Node n : top.list("inputs")) {
            InputConfig in = input(source, n, baseDir, problems);
            if (in != null) {
                inputs.add(in);
            }
        }
        Path output = resolve(baseDir, top.string("output", "output"));
        String gaz = top.string("gazetteer", null);
        ResolverWeights weights = weights(top.string("weights", null), baseDir, problems);
        int threads = top.integer("threads", 0, 0, 256);
        EventsConfig events = events(top.section("events"));
        OutputsConfig outputs = outputs(top.section("outputs"));
        Map<String, Object> maps = passThrough(top, "maps");
        Map<String, Object> charts = passThrough(top, "charts");
        Map<String, Object> report = passThrough(top, "report");
        top.finish();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new RunConfig(inputs, output, gaz == null ? null : resolve(baseDir, gaz), threads, events, outputs,
                maps, charts, report, weights);
    }

    /** The resolver weights of the {@code weights:} file, or the built-in ones; problems are collected. */
    private static ResolverWeights weights(String file, Path baseDir, List<String> problems) {
        if (file == null) {
            return ResolverWeights.DEFAULTS;
        }
        Path path = resolve(baseDir, file);
        try {
            return ResolverWeights.load(path);
        } catch (IOException e) {
            problems.add("weights: cannot read " + path + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            problems.add("weights: " + e.getMessage());
        }
        return ResolverWeights.DEFAULTS;
    }

    private static Map<String, Object> passThrough(YamlMap top, String key) {
        YamlMap s = top.section(key);
        return s.toData();
    }

    private static Path resolve(Path base, String p) {
        Path path = Path.of(p);
        return path.isAbsolute() ? path.normalize() : base.resolve(path).normalize();
    }

    private static InputConfig input(String source, Node n, Path baseDir, List<String> problems) {
        if (n instanceof ScalarNode s) {
            return InputConfig.isUri(s.getValue()) ? InputConfig.ofUri(s.getValue())
                    : InputConfig.of(resolve(baseDir, s.getValue()));
        }
        YamlMap m = new YamlMap(source, "inputs[]", n, problems);
        String path = m.string("path", null);
        Character delimiter = delimiter(m);
        String encoding = m.string("encoding", "utf-8").trim().toLowerCase(Locale.ROOT);
        if (!List.of("utf-8", "utf8", "windows-1252", "cp1252", "auto").contains(encoding)) {
            m.problem(m.value("encoding"), "'inputs[].encoding' must be utf-8, windows-1252 or auto (not '"
                    + encoding + "')");
        }
        List<String> dateFormats = new ArrayList<>();
        for (Node d : m.list("date_formats")) {
            String f = d instanceof ScalarNode s ? s.getValue() : "";
            try {
                java.time.format.DateTimeFormatter.ofPattern(f, Locale.ENGLISH);
                dateFormats.add(f);
            } catch (IllegalArgumentException e) {
                m.problem(d, "bad date format '" + f + "': " + e.getMessage());
            }
        }
        int maxMb = m.integer("max_record_mb", 0, 0, 2047);
        Map<String, String> articles = columns(m.section("articles"), ARTICLE_FIELDS);
        Map<String, String> events = columns(m.section("events"), EVENT_FIELDS);
        if (path == null) {
            m.problem(n, "an input needs a 'path'");
        }
        m.finish();
        if (path == null) {
            return null;
        }
        InputConfig in = new InputConfig(InputConfig.isUri(path) ? Path.of("") : resolve(baseDir, path), delimiter,
                encoding, dateFormats, maxMb, articles, events);
        return InputConfig.isUri(path) ? in.withUri(path) : in;
    }

    private static Map<String, String> columns(YamlMap m, List<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : fields) {
            String col = m.string(f, null);
            if (col != null) {
                if (col.isBlank()) {
                    m.problem(m.value(f), "'" + m.qualified(f) + "' must name a column");
                } else {
                    out.put(f, col.trim());
                }
            }
        }
        m.finish();
        return out;
    }

    private static Character delimiter(YamlMap m) {
        String d = m.string("delimiter", null);
        if (d == null) {
            return null;
        }
        switch (d) {
            case "\\t", "\t", "tab", "TAB" -> {
                return '\t';
            }
            default -> {
                if (d.length() == 1 && d.charAt(0) != '"' && d.charAt(0) != '\n' && d.charAt(0) != '\r') {
                    return d.charAt(0);
                }
                m.problem(m.value("delimiter"), "'inputs[].delimiter' must be one character (or \\t), not '" + d + "'");
                return null;
            }
        }
    }

    private static EventsConfig events(YamlMap m) {
        EventsConfig d = EventsConfig.DEFAULTS;
        double minConf = m.number("min_confidence", d.minConfidence(), 0, 1);
        String prec = m.string("precision", d.precision().key());
        Precision precision = d.precision();
        try {
            precision = Precision.parse(prec.replace("-", ""));
        } catch (IllegalArgumentException e) {
            m.problem(m.value("precision"), "'events.precision' must be place, admin1 or country (not '" + prec + "')");
        }
        String type = m.string("default_type", d.defaultType().key()).trim();
        EventType defaultType = EventType.parse(type);
        if (type.equalsIgnoreCase("none")) {
            defaultType = null;
        } else if (defaultType == EventType.OTHER && !type.equalsIgnoreCase("other")) {
            m.problem(m.value("default_type"), "'events.default_type' must be none or one of "
                    + String.join(", ", java.util.Arrays.stream(EventType.values()).map(EventType::key).toList())
                    + " (not '" + type + "')");
        }
        double far = m.number("far_point_km", d.farPointKm(), 0.001, 20_050);
        m.finish();
        return new EventsConfig(minConf, precision, defaultType, far);
    }

    private static OutputsConfig outputs(YamlMap m) {
        if (!m.has("files")) {
            m.finish();
            return OutputsConfig.ALL;
        }
        Set<String> files = new LinkedHashSet<>();
        for (Node n : m.list("files")) {
            String f = n instanceof ScalarNode s ? s.getValue() : "";
            if (OutputsConfig.OPTIONAL.contains(f)) {
                files.add(f);
            } else if (!f.equals("events.csv") && !f.equals("manifest.json")) {
                m.problem(n, "unknown output file '" + f + "' (known: events.csv, manifest.json, "
                        + String.join(", ", OutputsConfig.OPTIONAL) + ")");
            }
        }
        m.finish();
        return new OutputsConfig(files);
    }
}
