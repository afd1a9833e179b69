package org.conflictmap.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conflictmap.ingest.InputReader;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.SourceLocation;

/**
 * Expands the configured inputs into the files of a run: a folder gives the files the input reader reads
 * in it, in its order (recursive, sorted by relative path, leaving out what
 * {@link InputReader#ignoredInFolder} names: hidden and README/LICENSE files), minus anything under the
 * output folder; a file named twice is read once.
 */
public final class InputFiles {

    /**
     * One input file.
     *
     * @param path     the file, or null for a file named by a URI (read by the engine's {@link InputSource})
     * @param name     its name in messages, outputs and cache keys ('/' separated, as configured; the URI)
     * @param relative its path relative to the configured folder ('/' separated), or null when the input is
     *                 the file itself
     * @param config   the input it belongs to
     */
    public record InputFile(Path path, String name, String relative, InputConfig config) {
    }

    private InputFiles() {
    }

    /**
     * The files of a run, and the folder entries that could not be listed (each one a skipped record).
     *
     * @param files         the input files, in order
     * @param listingErrors unreadable folder entries
     */
    record Expansion(List<InputFile> files, List<RecordError> listingErrors) {
    }

    /** The files of the configured inputs; a missing input path or no file at all is exit 66. */
    static Expansion expand(List<InputConfig> inputs, Path outputDir) throws RunException {
        return expand(inputs, outputDir, InputSource.LOCAL);
    }

    /** As {@link #expand(List, Path)}, URI inputs listed by {@code source}. */
    static Expansion expand(List<InputConfig> inputs, Path outputDir, InputSource source) throws RunException {
        List<RecordError> listingErrors = new ArrayList<>();
        if (inputs.isEmpty()) {
            throw new RunException(ExitCode.NO_INPUT, "no input configured: give --input PATH or an 'inputs:' list");
        }
        Path out = outputDir.toAbsolutePath().normalize();
        List<InputFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Set<String> seenUris = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (InputConfig in : inputs) {
            Path p = in.path();
            if (in.uri() != null) {
                for (InputFile f : source.files(in)) {
                    if (seenUris.add(f.name())) {
                        files.add(f);
                    }
                }
            } else if (Files.isRegularFile(p)) {
                add(files, seen, p, null, in);
            } else if (Files.isDirectory(p)) {
                try {
                    for (Path f : walk(p, listingErrors)) {
                        if (!f.toAbsolutePath().normalize().startsWith(out)) {
                            add(files, seen, f, p.relativize(f).toString().replace('\\', '/'), in);
                        }
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
                    .map(InputConfig::display).toList());
        }
        return new Expansion(List.copyOf(files), List.copyOf(listingErrors));
    }

    /** The regular files under a folder that the reader does not ignore, sorted by '/'-separated relative path. */
    private static List<Path> walk(Path root, List<RecordError> errors) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root) || !InputReader.ignoredInFolder(rel(root, dir)) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !InputReader.ignoredInFolder(rel(root, file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                errors.add(new RecordError(new SourceLocation(file.toString(), 0), "cannot read: " + exc.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> rel(root, a).compareTo(rel(root, b)));
        return found;
    }

    private static String rel(Path root, Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }

    private static void add(List<InputFile> files, Set<Path> seen, Path f, String rel, InputConfig in) {
        if (seen.add(f.toAbsolutePath().normalize())) {
            files.add(new InputFile(f, name(f), rel, in));
        }
    }


    static String name(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }

}
