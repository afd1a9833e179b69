package org.conflictmap.spark;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.conflictmap.batch.ExitCode;
import org.conflictmap.batch.InputConfig;
import org.conflictmap.batch.InputFiles;
import org.conflictmap.batch.InputSource;
import org.conflictmap.batch.RunException;
import org.conflictmap.ingest.InputReader;

/**
 * The batch runner's {@link InputSource} under Spark: URI inputs ({@code hdfs://}, {@code s3a://},
 * {@code file://}..., with globs) are listed through Hadoop's {@link FileSystem} on the driver, and the
 * facts of every input file (SHA-256, size) come from the scan job on the executors, which also finds the
 * parts of large JSONL files for the read job. A URI input that is a folder gives its files recursively,
 * sorted by relative path, leaving out what the reader ignores in folders (hidden, README...), named
 * {@code <input>/<relative path>}; glob matches are named by their full URI.
 */
final class SparkInputs implements InputSource {

    private final Configuration hadoop;
    private SparkPipeline pipeline;
    private List<InputUnit> units;
    private Map<String, FileScan> byName;
    private List<FileScan> scans;

    SparkInputs(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    /** The job whose scan gives the facts (set when the run's pipeline is built, before any facts are asked). */
    void prepare(SparkPipeline pipeline, List<InputUnit> units) {
        this.pipeline = pipeline;
        this.units = List.copyOf(units);
        this.scans = null;
        this.byName = null;
    }

    /** The scans of the prepared units (the scan job runs on the first call). */
    synchronized List<FileScan> scans() {
        if (scans == null) {
            scans = pipeline.scan(units);
            Map<String, FileScan> m = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                m.put(units.get(i).name(), scans.get(i));
            }
            byName = m;
        }
        return scans;
    }

    @Override
    public Facts facts(InputFiles.InputFile file) throws IOException {
        if (pipeline != null) {
            scans();
            FileScan s = byName.get(file.name());
            if (s != null) {
                if (s.failure() != null) {
                    throw new IOException(s.failure());
                }
                return new Facts(s.sha256(), s.bytes());
            }
        }
        if (file.path() != null) {
            return InputSource.LOCAL.facts(file);
        }
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file.name());
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long n;
        try (InputStream in = new DigestInputStream(p.getFileSystem(hadoop).open(p), md)) {
            n = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return new Facts(HexFormat.of().formatHex(md.digest()), n);
    }

    @Override
    public List<InputFiles.InputFile> files(InputConfig input) throws RunException {
        String uri = input.uri();
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(uri);
            FileSystem fs = root.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(root);
            if (matches == null || matches.length == 0) {
                throw new RunException(ExitCode.NO_INPUT, "input not found: " + uri);
            }
            boolean glob = uri.matches(".*[*?\\[{].*");
            Arrays.sort(matches, Comparator.comparing(st -> st.getPath().toString()));
            List<InputFiles.InputFile> files = new ArrayList<>();
            for (FileStatus st : matches) {
                String name = glob ? st.getPath().toString() : trimSlash(uri);
                if (glob && InputReader.ignoredInFolder(st.getPath().getName())) {
                    continue;
                }
                if (st.isFile()) {
                    files.add(new InputFiles.InputFile(null, name, null, input));
                } else if (st.isDirectory()) {
                    files.addAll(folder(fs, st, name, input));
                }
            }
            if (files.isEmpty()) {
                throw new RunException(ExitCode.NO_INPUT, "no input files in " + uri);
            }
            return files;
        } catch (IOException | IllegalArgumentException e) {
            throw new RunException(ExitCode.IO_ERR, "cannot list input " + uri + ": " + e.getMessage(), e);
        }
    }

    private static List<InputFiles.InputFile> folder(FileSystem fs, FileStatus dir, String name, InputConfig input)
            throws IOException {
        String base = dir.getPath().toUri().getPath();
        List<String[]> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir.getPath(), true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String path = f.getPath().toUri().getPath();
            String rel = path.startsWith(base + "/") ? path.substring(base.length() + 1) : f.getPath().getName();
            if (f.isFile() && !InputReader.ignoredInFolder(rel)) {
                found.add(new String[] {rel, name + "/" + rel});
            }
        }
        found.sort(Comparator.comparing(a -> a[0]));
        List<InputFiles.InputFile> files = new ArrayList<>();
        for (String[] f : found) {
            files.add(new InputFiles.InputFile(null, f[1], f[0], input));
        }
        return files;
    }

    private static String trimSlash(String uri) {
        String s = uri;
        while (s.endsWith("/") && !s.endsWith("://") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
