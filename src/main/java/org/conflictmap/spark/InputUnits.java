package org.conflictmap.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files of the inputs on the driver, in the order the single-machine run reads them:
 * inputs in the order given; inside a folder, regular files recursively, sorted by path, hidden
 * files (name starting with '.') skipped. Local paths (and {@code file:} URIs) stay local paths;
 * any other URI scheme is listed through Hadoop's {@link FileSystem}.
 */
public final class InputUnits {

    private InputUnits() {
    }

    /** The input files, numbered in input order. A missing input is an {@link IOException}. */
    public static List<InputUnit> list(List<String> inputs, Configuration hadoop) throws IOException {
        List<InputUnit> units = new ArrayList<>();
        for (String input : inputs) {
            if (isHadoopUri(input)) {
                for (String f : listHadoop(input, hadoop)) {
                    units.add(InputUnit.of(units.size(), f, false));
                }
            } else {
                Path p = input.startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
                for (Path f : listLocal(p)) {
                    units.add(InputUnit.of(units.size(), f.toString(), true));
                }
            }
        }
        return List.copyOf(units);
    }

    /** Size of a unit's file in bytes (local path, or through Hadoop); 0 when it cannot be read. */
    static long size(InputUnit unit, Configuration hadoop) {
        try {
            if (unit.local()) {
                Object src = unit.source();
                return Files.size(src instanceof BatchInput b ? Path.of(b.absolutePath()) : Path.of(unit.name()));
            }
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(unit.name());
            return p.getFileSystem(hadoop).getFileStatus(p).getLen();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** True when the input names a non-local Hadoop file system (hdfs:, s3a:, ...). */
    public static boolean isHadoopUri(String input) {
        int colon = input.indexOf(':');
        if (colon < 2) {
            return false; // no scheme, or a Windows drive letter
        }
        String scheme = input.substring(0, colon);
        return scheme.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')
                && !scheme.equalsIgnoreCase("file");
    }

    /** Regular files of a local input, recursively, sorted, hidden ones skipped. */
    public static List<Path> listLocal(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new IOException("input not found: " + input);
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> s = Files.walk(input)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(input.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> listHadoop(String input, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus st = fs.getFileStatus(root);
        if (!st.isDirectory()) {
            return List.of(st.getPath().toString());
        }
        List<String> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        String base = st.getPath().toString();
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String p = f.getPath().toString();
            String rel = p.startsWith(base) ? p.substring(base.length()) : f.getPath().getName();
            if (f.isFile() && !rel.contains("/.") && !rel.startsWith(".")) {
                files.add(p);
            }
        }
        files.sort(null);
        return files;
    }
}
