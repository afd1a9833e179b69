package org.conflictmap.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code manifest.json}: tool version, effective configuration, gazetteer and input checksums,
 * counts, every output file with its SHA-256, and the "run" section (mode, cache use, timings). The "run"
 * section is the only part that may differ between two runs over the same input and configuration.
 */
final class Manifest {

    private static final ObjectWriter JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<Object> inputs = new ArrayList<>();
    private final List<Object> outputs = new ArrayList<>();
    private final Map<String, Object> stages = new LinkedHashMap<>();

    Manifest(String version, RunConfig config, LoadedGazetteer gaz) {
        root.put("tool", "conflictmap");
        root.put("version", version);
        root.put("configuration", config.toData());
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("file", gaz.file() == null ? null : gaz.file().toString().replace('\\', '/'));
        g.put("sha256", gaz.sha256());
        g.put("description", gaz.gazetteer().description());
        g.put("places", gaz.gazetteer().size());
        root.put("gazetteer", g);
        root.put("inputs", inputs);
    }

    void input(String name, String sha256, long bytes, InputCounts c, String failure) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", name);
        m.put("sha256", sha256);
        m.put("bytes", bytes);
        if (failure != null) {
            m.put("failure", failure);
        } else {
            m.put("records_read", c.read());
            m.put("processed", c.processed());
            m.put("skipped", c.skipped());
            m.put("warnings", c.warnings());
        }
        inputs.add(m);
    }

    void counts(RunCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input_files", c.inputs());
        m.put("records_read", c.recordsRead());
        m.put("processed", c.processed());
        m.put("skipped", c.skipped());
        m.put("skipped_by_reason", c.skippedByReason());
        m.put("documents", c.documents());
        m.put("event_rows", c.eventRows());
        m.put("event_reports", c.mentions());
        m.put("events", c.events());
        m.put("places", c.places());
        m.put("unresolved_names", c.unresolvedNames());
        m.put("unresolved_mentions", c.unresolvedMentions());
        m.put("warnings", c.warnings());
        root.put("counts", m);
    }

    void output(Path outputDir, Path file, String stage) throws IOException {
        output(outputDir, file, stage, Hashing.sha256(file));
    }

    /** Lists an output whose SHA-256 is already known. */
    void output(Path outputDir, Path file, String stage, String sha256) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        String rel = outputDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
        m.put("file", rel.replace('\\', '/'));
        m.put("stage", stage);
        m.put("bytes", Files.size(file));
        m.put("sha256", sha256);
        outputs.add(m);
    }

    void stage(String name, String status) {
        stages.put(name, status);
    }

    void run(Map<String, Object> run) {
        root.put("outputs", outputs);
        root.put("figure_stages", stages);
        root.put("run", run);
    }

    String toJson() {
        if (!root.containsKey("outputs")) {
            root.put("outputs", outputs);
            root.put("figure_stages", stages);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest not serialisable", e);
        }
    }
}
