package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the configured inputs into the files of a run: a folder is walked recursively in name order,
 * hidden files and folders (name starting with '.') and anything under the output folder are left out;
 * a file named twice is read once.
 */
public final class InputFiles {

    /**
     * One input file.
     *
     * @param path     the file
     * @param name     its name in messages, outputs and cache keys ('/' separated, as configured)
     * @param relative its path relative to the configured folder ('/' separated), or null when the input is
     *                 the file itself
     * @param config   the input it belongs to
     */
    public record InputFile(Path path, String name, String relative, InputConfig config) {
    }

    private InputFiles() {
    }

    /** The files of the configured inputs; a missing input path or no file at all is exit 66. */
    static List<InputFile> expand(List<InputConfig> inputs, Path outputDir) throws RunException {
        if (inputs.isEmpty()) {
            throw new RunException(ExitCode.NO_INPUT, "no input configured: give --input PATH or an 'inputs:' list");
        }
        Path out = outputDir.toAbsolutePath().normalize();
        List<InputFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (InputConfig in : inputs) {
            Path p = in.path();
            if (Files.isRegularFile(p)) {
                add(files, seen, p, null, in);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<Path> found = s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> !hidden(p, f))
                            .filter(f -> !f.toAbsolutePath().normalize().startsWith(out))
                            .sorted((a, b) -> rel(p, a).compareTo(rel(p, b)))
                            .toList();
                    for (Path f : found) {
                        add(files, seen, f, p.relativize(f).toString().replace('\\', '/'), in);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new RunException(ExitCode.IO_ERR, "cannot list input folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                missing.add(p.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new RunException(ExitCode.NO_INPUT, "input not found: " + String.join(", ", missing));
        }
        if (files.isEmpty()) {
            throw new RunException(ExitCode.NO_INPUT, "no input files in " + inputs.stream()
                    .map(i -> i.path().toString()).toList());
        }
        return List.copyOf(files);
    }

    private static void add(List<InputFile> files, Set<Path> seen, Path f, String rel, InputConfig in) {
        if (seen.add(f.toAbsolutePath().normalize())) {
            files.add(new InputFile(f, name(f), rel, in));
        }
    }

    private static String rel(Path root, Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }

    static String name(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
