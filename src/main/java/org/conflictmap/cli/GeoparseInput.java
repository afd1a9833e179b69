package org.conflictmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.conflictmap.ingest.SourceLocation;

/**
 * Streams the documents of a geoparse input: a JSONL file (or stdin, "-") with {@code {"id","text",
 * "lang"?}} per line, or a folder of {@code .txt} files (id = file name, sorted). A record that cannot be
 * used (invalid UTF-8, binary content, not JSON, no text, empty text, too large) comes back with an error
 * instead of a text, so the caller reports it and goes on. Memory is bounded by the largest allowed record.
 */
final class GeoparseInput implements Iterator<GeoparseInput.Rec>, Closeable {

    /** One input record: either a text to parse or an error. */
    record Rec(String id, String text, String lang, SourceLocation location, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final InputStream in;
    private final Iterator<Path> files;
    private final int maxBytes;
    private long line;
    private Rec next;

    private GeoparseInput(String name, InputStream in, Iterator<Path> files, int maxBytes) {
        this.name = name;
        this.in = in;
        this.files = files;
        this.maxBytes = maxBytes;
    }

    /** Opens {@code spec}: "-" for stdin, a folder, or a JSONL file. */
    static GeoparseInput open(String spec, InputStream stdin, int maxBytes) throws IOException {
        if ("-".equals(spec)) {
            return new GeoparseInput("<stdin>", new BufferedInputStream(stdin, 1 << 16), null, maxBytes);
        }
        Path p = Path.of(spec);
        if (Files.isDirectory(p)) {
            List<Path> txt = new ArrayList<>();
            try (Stream<Path> s = Files.list(p)) {
                s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt")).forEach(txt::add);
            }
            txt.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return new GeoparseInput(p.toString(), null, txt.iterator(), maxBytes);
        }
        return new GeoparseInput(p.toString(), new BufferedInputStream(Files.newInputStream(p), 1 << 16), null,
                maxBytes);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = files != null ? nextFile() : nextLine();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return next != null;
    }

    @Override
    public Rec next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Rec r = next;
        next = null;
        return r;
    }

    private Rec nextFile() throws IOException {
        if (!files.hasNext()) {
            return null;
        }
        Path f = files.next();
        String id = f.getFileName().toString();
        SourceLocation loc = new SourceLocation(f.toString(), 0);
        long size = Files.size(f);
        if (size > maxBytes) {
            return new Rec(id, null, null, loc, "document too large: " + size + " bytes (limit " + maxBytes + ")");
        }
        return textRecord(id, null, Files.readAllBytes(f), loc);
    }

    /** Read buffer of the JSONL input. */
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    /** The current line (at most {@code maxBytes} of it). */
    private byte[] lineBuf = new byte[1 << 12];
    /** Reads the lines of the simple shape, keeping its buffers from line to line. */
    private final JsonlBytes jsonl = new JsonlBytes();

    private Rec nextLine() throws IOException {
        while (true) {
            long total = 0;
            int len = 0;
            boolean any = false;
            boolean newline = false;
            while (!newline) {
                if (pos == lim && !fill()) {
                    break;
                }
                any = true;
                int from = pos;
                int end = ByteScan.lineEnd(buf, from, lim);
                newline = end < lim;
                pos = newline ? end + 1 : end;
                int n = end - from;
                int keep = (int) Math.max(0, Math.min(n, maxBytes - total));
                if (keep > 0) {
                    if (len + keep > lineBuf.length) {
                        lineBuf = Arrays.copyOf(lineBuf, Math.max(len + keep, Math.min(lineBuf.length * 2, maxBytes)));
                    }
                    System.arraycopy(buf, from, lineBuf, len, keep);
                    len += keep;
                }
                total += n;
            }
            if (!any) {
                return null;
            }
            int b = newline ? '\n' : -1;
            byte[] bytes = lineBuf;
            line++;
            SourceLocation loc = new SourceLocation(name, line);
            if (len > 0 && bytes[len - 1] == '\r') {
                len--;
            }
            if (total > maxBytes) {
                return new Rec(null, null, null, loc, "record too large: " + total + " bytes (limit " + maxBytes + ")");
            }
            if (isBlank(bytes, len)) {
                if (b == -1) {
                    return null;
                }
                continue;
            }
            JsonlFields.Fields direct = jsonl.fields(bytes, len);
            if (direct != null) {
                // valid UTF-8 and a text with no NUL, control or replacement character: only blankness to check
                String id = direct.id() == null ? "line-" + line : direct.id();
                return direct.text().isBlank() ? new Rec(id, null, null, loc, "empty text")
                        : new Rec(id, direct.text(), direct.lang(), loc, null);
            }
            String json;
            try {
                json = decode(bytes, len);
            } catch (CharacterCodingException e) {
                return new Rec(null, null, null, loc, "invalid UTF-8");
            }
            JsonlFields.Fields fast = JsonlFields.read(json);
            if (fast != null) {
                String id = fast.id();
                return checkText(id == null ? "line-" + line : id, fast.text(), fast.lang(), loc);
            }
            JsonNode node;
            try {
                node = JSON.readTree(json);
            } catch (IOException e) {
                return new Rec(null, null, null, loc, "not a JSON object: " + firstLine(e.getMessage()));
            }
            if (node == null || !node.isObject()) {
                return new Rec(null, null, null, loc, "not a JSON object");
            }
            JsonNode idNode = node.get("id");
            String id = idNode == null || idNode.isNull() ? null : idNode.asText();
            JsonNode textNode = node.get("text");
            if (textNode == null || !textNode.isTextual()) {
                return new Rec(id, null, null, loc, "no \"text\" string field");
            }
            JsonNode langNode = node.get("lang");
            String lang = langNode != null && langNode.isTextual() ? langNode.asText() : null;
            return checkText(id == null ? "line-" + line : id, textNode.asText(), lang, loc);
        }
    }

    /** Refills the read buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = n < 0;
            pos = 0;
            lim = 0;
            return n > 0 || !eof && fill();
        }
        pos = 0;
        lim = n;
        return true;
    }

    private Rec textRecord(String id, String lang, byte[] bytes, SourceLocation loc) {
        String text;
        try {
            text = decode(bytes, bytes.length);
        } catch (CharacterCodingException e) {
            return new Rec(id, null, null, loc, "invalid UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return checkText(id, text, lang, loc);
    }

    private static Rec checkText(String id, String text, String lang, SourceLocation loc) {
        if (text.isBlank()) {
            return new Rec(id, null, null, loc, "empty text");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return new Rec(id, null, null, loc, "binary content (NUL characters)");
            }
            if (c == '\uFFFD' || c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control * 20 > text.length()) {
            return new Rec(id, null, null, loc, "binary content (" + control + " control or replacement characters)");
        }
        return new Rec(id, text, lang, loc, null);
    }

    /**
     * Strict UTF-8 decoding. The fast lenient decoder replaces malformed input by U+FFFD, so only a result
     * holding U+FFFD (rare: a real U+FFFD or invalid input) is decoded again strictly to tell which.
     */
    private static String decode(byte[] bytes, int len) throws CharacterCodingException {
        String s = new String(bytes, 0, len, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, len)).toString();
    }

    private static boolean isBlank(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
