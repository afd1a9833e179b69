package org.conflictmap.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The tool version: from the jar manifest, else from the build's version resource, else "dev"; and the
 * build, a hash of the code itself, so that results cached by one build are not reused by another build of
 * the same version.
 */
public final class ToolVersion {

    private ToolVersion() {
    }

    /** The version string, e.g. "0.1.0". */
    public static String get() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (InputStream in = ToolVersion.class.getResourceAsStream("/conflictmap-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        return "dev";
    }

    /**
     * The SHA-256 of the code this JVM runs conflictmap from: of the jar file, or of every file (path and
     * bytes) under the classes folder when it runs from one. Computed once per JVM. "unknown" when the code's
     * location cannot be read; such a build never equals another one.
     */
    public static String build() {
        return Build.HASH;
    }

    /** Holds the build hash, computed when first asked for. */
    private static final class Build {
        static final String HASH = compute();

        private static String compute() {
            CodeSource src = ToolVersion.class.getProtectionDomain().getCodeSource();
            try {
                return src == null ? unknown() : codeHash(Path.of(src.getLocation().toURI()));
            } catch (IOException | URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
                return unknown();
            }
        }

        private static String unknown() {
            return "unknown-" + System.nanoTime();
        }
    }

    /** The SHA-256 of a jar file, or of every file under a folder: each one's relative path and bytes, in path order. */
    static String codeHash(Path location) throws IOException {
        if (!Files.isDirectory(location)) {
            return Hashing.sha256(location);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(location)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest md = Hashing.sha256();
        for (Path f : files) {
            md.update(location.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            byte[] bytes = Files.readAllBytes(f);
            md.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(bytes);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
