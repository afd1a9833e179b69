package org.conflictmap.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;
import org.conflictmap.ingest.SourceLocation;

/**
 * Reads one {@link Part} inside a task and turns it into {@link Outcome}s, in the order the
 * single-machine run meets its records. A whole file on a Hadoop file system is first copied to a
 * task-local temporary file (deleted afterwards) so the very same reader parses it; locations and
 * messages then name the URI. A part of a large JSONL file is read from its byte range (seek) with the
 * stages' part reader, numbered from its first line. A pure function of the file content: a retried task
 * yields the same outcomes.
 */
final class UnitReader {

    private final PipelineStages stages;
    private final Configuration hadoop;

    UnitReader(PipelineStages stages, Configuration hadoop) {
        this.stages = stages;
        this.hadoop = hadoop;
    }

    /** The outcomes of one part, in input order; the last part of a file ends with END (or a lone UNREADABLE). */
    List<Outcome> read(Part part) {
        return part.parts() == 1 ? readWhole(part) : readPart(part);
    }

    private List<Outcome> readPart(Part part) {
        InputUnit unit = part.unit();
        Collector sink = new Collector(unit.index(), part.part(), null, null);
        try (InputStream raw = UnitScanner.open(unit, hadoop, stages)) {
            InputStream in = seek(raw, part.start());
            List<String> fields = stages.readPart(unit, new Bounded(in, part.end() - part.start()), part.start() == 0,
                    part.firstLine(), sink);
            sink.add(Outcome.Kind.FIELDS, stages.fileLabel(unit), fields);
            if (part.last()) {
                sink.end(part.facts());
            }
            return sink.outcomes;
        } catch (IOException e) {
            return unreadable(part, e.getMessage());
        }
    }

    private static InputStream seek(InputStream in, long pos) throws IOException {
        if (in instanceof org.apache.hadoop.fs.Seekable s) {
            s.seek(pos);
        } else {
            in.skipNBytes(pos); // a file channel's stream skips by moving its position
        }
        return in;
    }

    private List<Outcome> readWhole(Part part) {
        InputUnit unit = part.unit();
        if (unit.local()) {
            Path file = stages.localPath(unit);
            Collector sink = new Collector(unit.index(), 0, null, null);
            try {
                stages.read(unit, file, sink);
                sink.end(part.facts());
                return sink.outcomes;
            } catch (IOException e) {
                return unreadable(part, e.getMessage());
            }
        }
        Path dir = null;
        Path local = null;
        try {
            dir = Files.createTempDirectory("conflictmap-spark-");
            org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(unit.name());
            local = dir.resolve(src.getName().isEmpty() ? "input" : src.getName());
            FileSystem fs = src.getFileSystem(hadoop);
            try (InputStream in = fs.open(src); OutputStream out = Files.newOutputStream(local)) {
                in.transferTo(out);
            }
            Collector sink = new Collector(unit.index(), 0, local.toString(), unit.name());
            stages.read(unit, local, sink);
            sink.end(part.facts());
            return sink.outcomes;
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            return unreadable(part, local == null ? msg : msg.replace(local.toString(), unit.name()));
        } finally {
            deleteQuietly(local);
            deleteQuietly(dir);
        }
    }

    private static List<Outcome> unreadable(Part part, String message) {
        // the single-machine run keeps nothing of a file it could not finish reading
        return List.of(new Outcome(part.unit().index(), part.part(), 0, Outcome.Kind.UNREADABLE, null, null, null,
                message, null, null, null));
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }

    /** SHA-256 of a file, lower-case hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** At most {@code limit} bytes of a stream (the part's range); closing it leaves the stream to its owner. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the owner closes the file
        }
    }

    /**
     * Collects the outcomes of one file, extracting events as records arrive (streaming: texts are
     * dropped once extracted). When {@code from} is set, that local path is renamed {@code to} in every
     * location and message.
     */
    private final class Collector implements RecordSink {
        private final int unit;
        private final int part;
        private final String from;
        private final String to;
        private final List<Outcome> outcomes = new ArrayList<>();
        private long seq;

        Collector(int unit, int part, String from, String to) {
            this.unit = unit;
            this.part = part;
            this.from = from;
            this.to = to;
        }

        @Override
        public void document(Document d) {
            Document doc = from == null ? d : new Document(d.id(), d.text(), d.lang(), d.date(), d.title(),
                    d.source(), d.url(), fix(d.location()));
            ExtractionResult r = null;
            String failure = null;
            try {
                r = stages.extract(doc);
            } catch (RuntimeException | StackOverflowError e) {
                failure = e.toString();
            }
            outcomes.add(new Outcome(unit, part, seq++, Outcome.Kind.DOCUMENT, doc.id(), doc.location(), r, failure,
                    null, null, null));
        }

        @Override
        public void eventRow(EventRow row) {
            EventRow r0 = from == null ? row : new EventRow(fix(row.location()), fix(row.id()), row.date(),
                    row.eventType(), row.subEventType(), row.country(), row.admin1(), row.admin2(), row.place(),
                    row.lat(), row.lon(), row.fatalities(), row.notes());
            ExtractionResult r = null;
            String failure = null;
            try {
                r = stages.extract(r0);
            } catch (RuntimeException | StackOverflowError e) {
                failure = e.toString();
            }
            outcomes.add(new Outcome(unit, part, seq++, Outcome.Kind.ROW, r0.id(), r0.location(), r, failure, null,
                    null, null));
        }

        @Override
        public void error(RecordError e) {
            outcomes.add(new Outcome(unit, part, seq++, Outcome.Kind.ERROR, null, null, null, null, fix(e), null, null));
        }

        @Override
        public void warning(RecordError w) {
            outcomes.add(new Outcome(unit, part, seq++, Outcome.Kind.WARNING, null, null, null, null, fix(w), null,
                    null));
        }

        void end(Outcome.FileFacts facts) {
            outcomes.add(new Outcome(unit, part, seq++, Outcome.Kind.END, null, null, null, null, null, facts, null));
        }

        void add(Outcome.Kind kind, String id, List<String> fields) {
            outcomes.add(new Outcome(unit, part, seq++, kind, id, null, null, null, null, null, fields));
        }

        private String fix(String s) {
            return from == null || s == null ? s : s.replace(from, to);
        }

        private SourceLocation fix(SourceLocation loc) {
            return from == null || loc == null ? loc : new SourceLocation(fix(loc.file()), loc.line());
        }

        private RecordError fix(RecordError e) {
            return from == null ? e : new RecordError(fix(e.location()), fix(e.reason()));
        }
    }
}
