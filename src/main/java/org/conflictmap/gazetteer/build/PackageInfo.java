package org.conflictmap.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The registry package a source file came from: the nearest {@code package.json} above it (npm), or the
 * Debian changelog of an unpacked .deb ({@code usr/share/doc/NAME/changelog.Debian.gz}).
 *
 * @param name    package name
 * @param version exact version
 * @param licence licence as the package declares it ("" when it does not)
 * @param kind    "npm" or "deb"
 */
record PackageInfo(String name, String version, String licence, String kind) {

    /** Finds the package of {@code file}, looking up at most {@code levels} folders but never above {@code root}. */
    static Optional<PackageInfo> of(Path file, Path root, int levels) {
        if (root == null || !file.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        Path top = root.toAbsolutePath().normalize();
        Path dir = (Files.isDirectory(file) ? file : file.getParent()).toAbsolutePath().normalize();
        for (int i = 0; i <= levels && dir != null && dir.startsWith(top); i++, dir = dir.getParent()) {
            Path pj = dir.resolve("package.json");
            if (Files.isRegularFile(pj)) {
                try {
                    JsonNode n = new ObjectMapper().readTree(pj.toFile());
                    String licence = n.path("license").asText("");
                    if (licence.isEmpty() && n.path("licenses").isArray() && n.path("licenses").size() > 0) {
                        licence = n.path("licenses").get(0).path("type").asText("");
                    }
                    return Optional.of(new PackageInfo(n.path("name").asText("?"), n.path("version").asText("?"),
                            licence, "npm"));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
            Path doc = dir.resolve("usr/share/doc");
            if (Files.isDirectory(doc)) {
                try (var s = Files.list(doc)) {
                    for (Path d : s.sorted().toList()) {
                        Path ch = d.resolve("changelog.Debian.gz");
                        if (Files.isRegularFile(ch)) {
                            return debian(d.getFileName().toString(), ch);
                        }
                    }
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PackageInfo> debian(String name, Path changelog) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(changelog)), StandardCharsets.UTF_8))) {
            String first = r.readLine();
            if (first == null || first.indexOf('(') < 0 || first.indexOf(')') < first.indexOf('(')) {
                return Optional.empty();
            }
            String version = first.substring(first.indexOf('(') + 1, first.indexOf(')'));
            return Optional.of(new PackageInfo(name, version, "", "deb"));
        }
    }

    /** "npm i18n-iso-countries@7.14.0". */
    String label() {
        return kind + " " + name + ("npm".equals(kind) ? "@" : " ") + version;
    }
}
