package org.conflictmap.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads articles and event tables from a file or a folder (recursively) and streams them to a
 * {@link RecordSink}, one record at a time, in a deterministic order (files sorted by relative path,
 * records in file order).
 *
 * <ul>
 *   <li>{@code .txt}, {@code .md}, {@code .markdown}: one article per file; id = path relative to the input
 *       folder (or the file name); date = the first {@code yyyy-MM-dd} in that relative path, else none;
 *       title of a Markdown file = its first {@code #} heading.</li>
 *   <li>{@code .jsonl}, {@code .ndjson}: one article per line ({@link JsonlReader}).</li>
 *   <li>{@code .csv}, {@code .tsv}: an event table if the header has the {@code location} column, else an
 *       article table ({@link CsvInputReader}).</li>
 *   <li>Hidden files and folders (name starting with '.') and, inside folders, documentation files named
 *       README, LICENSE or CHANGELOG (any extension, any case) are ignored. Any other file in a folder is reported
 *       as an unsupported type. A file given directly with another extension is read as JSONL when its first
 *       character is '{', else as a text article.</li>
 * </ul>
 *
 * <p>Accounting: every record is either delivered ({@link RecordSink#document}, {@link RecordSink#eventRow})
 * or reported once with {@link RecordSink#error}; a file that yields no record at all (empty, binary,
 * UTF-16, unsupported, unreadable) counts as one reported record. Warnings (unknown columns) are not
 * records. An article or row with an unparsable date is reported and not delivered: dates drive events,
 * so the fix is a date format in the configuration. Articles without any date field are delivered with
 * a null date.
 */
public final class InputReader {

    private static final Pattern PATH_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private InputReader() {
    }

    /**
     * Reads one input path (file or folder) and streams its records to {@code sink}.
     *
     * @throws NoSuchFileException when the path does not exist
     * @throws IOException         on an I/O failure that stops reading (not for bad records)
     */
    public static void read(Path input, InputSpec spec, RecordSink sink) throws IOException {
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString(), null, "input not found");
        }
        DateParser dates = new DateParser(spec.dateFormats());
        if (!Files.isDirectory(input)) {
            readFile(input, input.toString(), input.getFileName().toString(), true, spec, dates, sink);
            return;
        }
        for (Path rel : listFiles(input, sink)) {
            String relName = rel.toString().replace('\\', '/');
            readFile(input.resolve(rel), input.resolve(rel).toString(), relName, false, spec, dates, sink);
        }
    }

    /**
     * Reads one file of an input, for callers that walk folders themselves: the result is the same as the
     * part of {@link #read} that concerns this file.
     *
     * @param file     the file
     * @param name     how locations name it (the {@link SourceLocation#file()} of its records)
     * @param relative its path relative to the input folder ('/' separated): the id of a text article and the
     *                 source of a path date; null when the file is itself the input (then its file name is used,
     *                 and an unknown extension is sniffed instead of reported)
     */
    public static void readFile(Path file, String name, String relative, InputSpec spec, RecordSink sink)
            throws IOException {
        if (relative != null && ignoredInFolder(relative)) {
            return;
        }
        String rel = relative != null ? relative : file.getFileName().toString();
        readFile(file, name, rel, relative == null, spec, new DateParser(spec.dateFormats()), sink);
    }

    /**
     * True for a folder entry that {@link #read} skips silently: a hidden file or folder on the path (name
     * starting with '.') or a README, LICENSE or CHANGELOG file.
     */
    public static boolean ignoredInFolder(String relative) {
        for (String part : relative.replace('\\', '/').split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return documentation(Path.of(relative.replace('\\', '/').replaceAll(".*/", "")));
    }

    /** The regular, non-hidden files under a folder, relative to it, sorted by their '/'-separated path. */
    static List<Path> listFiles(Path root, RecordSink sink) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && !documentation(file)) {
                    files.add(root.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                sink.error(new RecordError(new SourceLocation(file.toString(), 0), "cannot read: " + exc.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> a.toString().replace('\\', '/').compareTo(b.toString().replace('\\', '/')));
        return files;
    }

    private static boolean documentation(Path p) {
        String n = p.getFileName().toString().toUpperCase(Locale.ROOT);
        int dot = n.indexOf('.');
        String base = dot < 0 ? n : n.substring(0, dot);
        return base.equals("README") || base.equals("LICENSE") || base.equals("CHANGELOG");
    }

    private static boolean hidden(Path p) {
        Path n = p.getFileName();
        return n != null && n.toString().startsWith(".");
    }

    private static void readFile(Path file, String name, String rel, boolean explicit, InputSpec spec,
                                 DateParser dates, RecordSink sink) throws IOException {
        SourceLocation whole = new SourceLocation(name, 0);
        byte[] head;
        try {
            head = TextBytes.head(file);
        } catch (IOException e) {
            sink.error(new RecordError(whole, "cannot read: " + e.getMessage()));
            return;
        }
        String problem = TextBytes.unreadableReason(TextBytes.sniff(head));
        if (problem != null) {
            sink.error(new RecordError(whole, problem));
            return;
        }
        String lower = rel.toLowerCase(Locale.ROOT);
        String ext = lower.lastIndexOf('.') > lower.lastIndexOf('/') ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        switch (ext) {
            case "txt", "md", "markdown" -> readText(file, name, rel, ext, spec, sink);
            case "jsonl", "ndjson" -> new JsonlReader(spec, dates).read(file, name, sink);
            case "csv", "tsv" -> new CsvInputReader(spec, dates).read(file, name, head, sink);
            default -> {
                if (!explicit) {
                    sink.error(new RecordError(whole, "unsupported file type" + (ext.isEmpty() ? "" : " '." + ext + "'")
                            + " (expected .txt, .md, .jsonl, .ndjson, .csv or .tsv): skipped"));
                } else if (firstNonBlank(head) == '{') {
                    new JsonlReader(spec, dates).read(file, name, sink);
                } else {
                    readText(file, name, rel, ext, spec, sink);
                }
            }
        }
    }

    private static int firstNonBlank(byte[] head) {
        int i = TextBytes.sniff(head) == TextBytes.Kind.UTF8_BOM ? 3 : 0;
        for (; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }

    private static void readText(Path file, String name, String rel, String ext, InputSpec spec, RecordSink sink)
            throws IOException {
        SourceLocation whole = new SourceLocation(name, 0);
        long size = Files.size(file);
        if (size > spec.maxRecordBytes()) {
            sink.error(new RecordError(whole, "file of " + size + " bytes is larger than the record limit of "
                    + spec.maxRecordBytes() + " bytes: skipped"));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        int off = TextBytes.sniff(bytes) == TextBytes.Kind.UTF8_BOM ? 3 : 0;
        String text;
        try {
            text = off == 3 ? TextBytes.decodeStrict(bytes, off, bytes.length - off, java.nio.charset.StandardCharsets.UTF_8)
                    : TextBytes.decode(bytes, off, bytes.length - off, spec.encoding());
        } catch (TextBytes.BadBytes e) {
            long line = 1;
            for (int i = off; i < off + e.byteOffset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            sink.error(new RecordError(new SourceLocation(name, line), e.getMessage()));
            return;
        }
        if (text.isBlank()) {
            sink.error(new RecordError(whole, "no text"));
            return;
        }
        String title = ext.startsWith("m") ? markdownTitle(text) : null;
        sink.document(new Document(rel, text, null, pathDate(rel), title, null, null, whole));
    }

    private static String markdownTitle(String text) {
        for (String line : text.split("\n", 50)) {
            String t = line.trim();
            if (t.startsWith("#")) {
                String h = t.replaceFirst("^#+", "").trim();
                return h.isEmpty() ? null : h;
            }
            if (!t.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    /** The first valid yyyy-MM-dd date in a relative path, or null. */
    static LocalDate pathDate(String rel) {
        Matcher m = PATH_DATE.matcher(rel);
        while (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // try the next one
            }
        }
        return null;
    }
}
