package org.conflictmap.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.conflictmap.io.AtomicFiles;

/**
 * The incremental state of an output folder, under {@code .conflictmap-state/}: {@code state.json} holds
 * the fingerprint of what the cached results depend on (tool version and build, events options, gazetteer), and
 * {@code cache/KEY.jsonl} holds the results of one input file (see {@link ResultCache}), where KEY hashes
 * the file's name, content and reading options. A cache file is written atomically, so one that exists is
 * complete; a killed run loses at most the input it was reading.
 */
final class StateStore {

    static final String DIR = ".conflictmap-state";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Path cache;

    StateStore(Path outputDir) {
        this.dir = outputDir.resolve(DIR);
        this.cache = dir.resolve("cache");
    }

    /** The fingerprint of the previous run, or null when there is none (or it cannot be read). */
    String storedFingerprint() {
        Path f = dir.resolve("state.json");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(f.toFile());
            JsonNode fp = n == null ? null : n.get("fingerprint");
            return fp == null ? null : fp.asText();
        } catch (IOException e) {
            return null;
        }
    }

    /** Removes every cached result. */
    void clear() throws IOException {
        retainOnly(Set.of());
    }

    /** A scratch folder for temporary files of a run. */
    Path workDir() {
        return dir.resolve("work");
    }

    /** The cache file of a key. */
    Path cacheFile(String key) {
        return cache.resolve(key + ".jsonl");
    }

    /** True when results for the key are cached. */
    boolean has(String key) {
        return Files.isRegularFile(cacheFile(key));
    }

    /** Deletes cached results (and stray temporary files) whose key is not in {@code keys}. */
    void retainOnly(Set<String> keys) throws IOException {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(cache)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                String key = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : null;
                if (key == null || !keys.contains(key)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Records the fingerprint the cached results were made with. */
    void saveFingerprint(String fingerprint, String version) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", 1);
        n.put("tool_version", version);
        n.put("fingerprint", fingerprint);
        AtomicFiles.writeString(dir.resolve("state.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n)
                + "\n");
    }
}
