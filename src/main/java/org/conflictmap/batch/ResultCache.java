package org.conflictmap.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.export.ErrorRow;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.ingest.SourceLocation;

/**
 * The compact JSON Lines form of one input file's results, in record order: places ("k":"p", once per
 * file), event reports ("m"), unresolved names ("u"), errors and warnings ("e"), and a final count line
 * ("end"). A report omits its document id, sentence and file when they equal the previous report's.
 * Doubles are written in shortest round-trip form, so reading back gives equal values and cached and
 * fresh results produce byte-identical outputs.
 */
final class ResultCache {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ResultCache() {
    }

    /** Receives what a cache file holds, in order. Default methods ignore a kind. */
    interface Visitor {
        default void mention(EventMention m) {
        }

        default void unresolved(UnresolvedName u) {
        }

        default void error(ErrorRow e) {
        }

        default void end(InputCounts c) {
        }

        /** Whether to decode report lines at all (false makes passes that skip them cheap). */
        default boolean wantsMentions() {
            return true;
        }
    }

    /** Shares equal places and dates across the files of one pass, so cached reports stay small in memory. */
    static final class Interner {
        final Map<Long, Place> places = new HashMap<>();
        final Map<String, LocalDate> dates = new HashMap<>();
    }

    /** Reads a cache file, calling the visitor for each line. A malformed file is an IOException. */
    static void read(Path file, Visitor v, Interner interner) throws IOException {
        try (Cursor c = new Cursor(file, interner, v.wantsMentions())) {
            for (Object o; (o = c.next()) != null; ) {
                if (o instanceof EventMention m) {
                    v.mention(m);
                } else if (o instanceof UnresolvedName u) {
                    v.unresolved(u);
                } else if (o instanceof ErrorRow e) {
                    v.error(e);
                } else if (o instanceof InputCounts ic) {
                    v.end(ic);
                }
            }
        }
    }

    /**
     * Pulls the items of a cache file one at a time (EventMention, UnresolvedName, ErrorRow, then the
     * final InputCounts), so a pass holds one line in memory, not the file.
     */
    static final class Cursor implements AutoCloseable {
        private static final byte[] MENTION_PREFIX = "{\"k\":\"m\"".getBytes(StandardCharsets.US_ASCII);

        private final Path file;
        private final InputStream in;
        private final LineDecoder dec;
        private final boolean mentions;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int lim;
        private byte[] line = new byte[256];
        private int len;
        private long lineNo;
        private boolean ended;

        Cursor(Path file, Interner interner, boolean mentions) throws IOException {
            this.file = file;
            this.in = Files.newInputStream(file);
            this.dec = new LineDecoder(interner);
            this.mentions = mentions;
        }

        /** The next item, or null after the end line. */
        Object next() throws IOException {
            while (nextLine()) {
                lineNo++;
                if (!mentions && startsWith(MENTION_PREFIX)) {
                    continue;
                }
                Object o;
                try {
                    o = dec.decode(line, len);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": damaged cache line: " + e.getMessage(), e);
                }
                if (o instanceof InputCounts) {
                    ended = true;
                }
                if (o != null) {
                    return o;
                }
            }
            if (!ended) {
                throw new IOException(file + ": damaged cache file (no end line)");
            }
            return null;
        }

        private boolean startsWith(byte[] prefix) {
            if (len < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (line[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Reads the next line (without its '\n') into {@code line}; false at the end of the file. */
        private boolean nextLine() throws IOException {
            len = 0;
            boolean any = false;
            while (true) {
                if (pos == lim) {
                    int n = in.read(buf, 0, buf.length);
                    if (n <= 0) {
                        return any;
                    }
                    pos = 0;
                    lim = n;
                }
                any = true;
                int nl = pos;
                while (nl < lim && buf[nl] != '\n') {
                    nl++;
                }
                int n = nl - pos;
                if (len + n > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(len + n, line.length * 2));
                }
                System.arraycopy(buf, pos, line, len, n);
                len += n;
                if (nl < lim) {
                    pos = nl + 1;
                    return true;
                }
                pos = lim;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Decodes lines; keeps the "same as previous" state of one file. */
    private static final class LineDecoder {
        private final Interner in;
        private String doc;
        private String sentence;
        private String file;

        LineDecoder(Interner in) {
            this.in = in;
        }

        /** Decodes one line: an item, or null for a place line. */
        Object decode(byte[] line, int len) throws IOException {
            try (JsonParser p = JSON.createParser(line, 0, len)) {
                if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                        || !"k".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING) {
                    throw new IOException("a line must start with its kind");
                }
                String k = p.getText();
                if ("m".equals(k)) {
                    return mention(p);
                }
                return other(k, fields(p));
            }
        }

        /** Report lines are the bulk of a cache: decoded field by field, without a map. */
        private EventMention mention(JsonParser p) throws IOException {
            String date = null;
            String type = null;
            String prec = null;
            long placeId = Long.MIN_VALUE;
            double lat = Double.NaN;
            double lon = Double.NaN;
            Integer fat = null;
            long ll = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "d" -> doc = p.getText();
                    case "t" -> date = p.getText();
                    case "y" -> type = p.getText();
                    case "p" -> placeId = p.getLongValue();
                    case "r" -> prec = p.getText();
                    case "a" -> lat = p.getDoubleValue();
                    case "o" -> lon = p.getDoubleValue();
                    case "s" -> sentence = p.getText();
                    case "f" -> fat = p.getIntValue();
                    case "lf" -> file = p.getText();
                    case "ll" -> ll = p.getLongValue();
                    default -> throw new IOException("unknown report field '" + name + "'");
                }
            }
            Place pl = in.places.get(placeId);
            if (pl == null || doc == null || date == null || type == null || prec == null || Double.isNaN(lat)
                    || Double.isNaN(lon)) {
                throw new IOException("incomplete report, or report before its place or document");
            }
            return new EventMention(doc, in.dates.computeIfAbsent(date, LocalDate::parse), EventType.parse(type), pl,
                    Precision.parse(prec), lat, lon, sentence, fat, ll >= 0 ? new SourceLocation(file, ll) : null);
        }

        private static Map<String, Object> fields(JsonParser p) throws IOException {
            Map<String, Object> f = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (t) {
                    case VALUE_STRING -> f.put(name, p.getText());
                    case VALUE_NUMBER_INT -> f.put(name, p.getLongValue());
                    case VALUE_NUMBER_FLOAT -> f.put(name, p.getDoubleValue());
                    case START_ARRAY -> {
                        double[] a = new double[4];
                        int i = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            a[i++] = p.getDoubleValue();
                        }
                        f.put(name, a);
                    }
                    case VALUE_NULL -> f.put(name, null);
                    default -> throw new IOException("unexpected " + t);
                }
            }
            return f;
        }

        private Object other(String k, Map<String, Object> f) throws IOException {
            switch (k) {
                case "p" -> {
                    double[] bb = (double[]) f.get("bb");
                    Place pl = new Place(num(f, "id"), str(f, "n"), str(f, "c"), str(f, "fc"), str(f, "cc"),
                            str(f, "a1"), dbl(f, "la"), dbl(f, "lo"), num(f, "pop"),
                            bb == null ? null : new BBox(bb[0], bb[1], bb[2], bb[3]));
                    Place old = in.places.get(pl.id());
                    if (!pl.equals(old)) {
                        in.places.put(pl.id(), pl);
                    }
                    return null;
                }
                case "u" -> {
                    return new UnresolvedName(str(f, "n"), str(f, "d"), str(f, "s"));
                }
                case "e" -> {
                    return new ErrorRow(str(f, "f"), num(f, "l"),
                            "warning".equals(f.get("v")) ? ErrorRow.Severity.WARNING : ErrorRow.Severity.ERROR,
                            str(f, "r"));
                }
                case "end" -> {
                    return new InputCounts(num(f, "read"), num(f, "processed"), num(f, "skipped"),
                            num(f, "documents"), num(f, "rows"), num(f, "warnings"), num(f, "mentions"));
                }
                default -> throw new IOException("unknown line kind '" + k + "'");
            }
        }

        private static String str(Map<String, Object> f, String k) {
            Object o = f.get(k);
            return o == null ? "" : o.toString();
        }

        private static long num(Map<String, Object> f, String k) {
            Object o = f.get(k);
            if (o instanceof Number n) {
                return n.longValue();
            }
            throw new IllegalArgumentException("missing number '" + k + "'");
        }

        private static double dbl(Map<String, Object> f, String k) {
            Object o = f.get(k);
            if (o instanceof Number n) {
                return n.doubleValue();
            }
            throw new IllegalArgumentException("missing number '" + k + "'");
        }
    }

    /** Wraps an IOException for iterator use. */
    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
