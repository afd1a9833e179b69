package org.conflictmap.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictmap.io.CodeLocation;

/**
 * Finds the compiled gazetteer: an explicit path, else the environment variable
 * {@value #ENV}, else {@code ./gazetteer/gazetteer.bin}, else {@code gazetteer/gazetteer.bin} in the folder
 * above the one holding the jar (so {@code target/conflictmap.jar} finds the project's copy).
 */
public final class GazetteerLocator {

    /** Environment variable naming the gazetteer file. */
    public static final String ENV = "CONFLICTMAP_GAZETTEER";
    /** Relative location of the default gazetteer. */
    public static final Path DEFAULT = Path.of("gazetteer", "gazetteer.bin");

    private final Map<String, String> env;
    private final Path workingDir;
    private final Path jarDir;

    /** A locator using the process environment, working directory and this class's jar. */
    public GazetteerLocator() {
        this(System.getenv(), Path.of("").toAbsolutePath(), CodeLocation.directoryOf(GazetteerLocator.class));
    }

    /** A locator with explicit inputs (for tests). */
    public GazetteerLocator(Map<String, String> env, Path workingDir, Path jarDir) {
        this.env = Map.copyOf(env);
        this.workingDir = workingDir;
        this.jarDir = jarDir;
    }

    /**
     * Resolves the gazetteer file.
     *
     * @param explicit a path the user gave, or null
     * @throws GazetteerNotFoundException listing every place that was tried
     */
    public Path locate(Path explicit) {
        List<String> tried = new ArrayList<>();
        if (explicit != null) {
            if (Files.isRegularFile(explicit)) {
                return explicit;
            }
            throw new GazetteerNotFoundException("gazetteer file not found: " + explicit);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path p = Path.of(fromEnv);
            if (Files.isRegularFile(p)) {
                return p;
            }
            throw new GazetteerNotFoundException("gazetteer file not found: " + p + " (from $" + ENV + ")");
        }
        Path local = workingDir.resolve(DEFAULT);
        tried.add(local.toString());
        if (Files.isRegularFile(local)) {
            return local;
        }
        if (jarDir != null && jarDir.getParent() != null) {
            Path nearJar = jarDir.getParent().resolve(DEFAULT);
            tried.add(nearJar.toString());
            if (Files.isRegularFile(nearJar)) {
                return nearJar;
            }
        }
        throw new GazetteerNotFoundException("no gazetteer found (tried " + String.join(", ", tried)
                + "). Give --gazetteer FILE, set $" + ENV + ", or build one with"
                + " 'conflictmap gazetteer build --from DIR --out gazetteer/' (see scripts/build-gazetteer.sh)");
    }

    /** Locates and opens the gazetteer. */
    public MappedGazetteer open(Path explicit) throws IOException {
        return MappedGazetteer.open(locate(explicit));
    }

    /** Optional-returning variant of {@link #locate(Path)}. */
    public Optional<Path> find(Path explicit) {
        try {
            return Optional.of(locate(explicit));
        } catch (GazetteerNotFoundException e) {
            return Optional.empty();
        }
    }

    /** No gazetteer file could be found. */
    public static final class GazetteerNotFoundException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public GazetteerNotFoundException(String message) {
            super(message);
        }
    }
}
