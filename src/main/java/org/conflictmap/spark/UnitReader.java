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
 * Reads one input file inside a task and turns it into {@link Outcome}s, in the order the
 * single-machine run meets its records. A file on a Hadoop file system is first copied to a
 * task-local temporary file (deleted afterwards) so the very same reader parses it; locations and
 * messages then name the URI. A pure function of the file content: a retried task yields the same
 * outcomes.
 */
final class UnitReader {

    private final PipelineStages stages;
    private final Configuration hadoop;

    UnitReader(PipelineStages stages, Configuration hadoop) {
        this.stages = stages;
        this.hadoop = hadoop;
    }

    /** The outcomes of one file, in input order, ending with an END (or a lone UNREADABLE) outcome. */
    List<Outcome> read(InputUnit unit) {
        if (unit.local()) {
            Path file = stages.localPath(unit);
            Collector sink = new Collector(unit.index(), null, null);
            try {
                String sha = sha256(file);
                stages.read(unit, file, sink);
                sink.end(new Outcome.FileFacts(unit.name(), Files.size(file), sha));
                return sink.outcomes;
            } catch (IOException e) {
                return unreadable(unit, e.getMessage());
            }
        }
        Path dir = null;
        Path local = null;
        try {
            dir = Files.createTempDirectory("conflictmap-spark-");
            org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(unit.name());
            local = dir.resolve(src.getName().isEmpty() ? "input" : src.getName());
            MessageDigest md = sha256();
            FileSystem fs = src.getFileSystem(hadoop);
            try (InputStream in = new DigestInputStream(fs.open(src), md);
                 OutputStream out = Files.newOutputStream(local)) {
                in.transferTo(out);
            }
            Collector sink = new Collector(unit.index(), local.toString(), unit.name());
            stages.read(unit, local, sink);
            sink.end(new Outcome.FileFacts(unit.name(), Files.size(local), HexFormat.of().formatHex(md.digest())));
            return sink.outcomes;
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            return unreadable(unit, local == null ? msg : msg.replace(local.toString(), unit.name()));
        } finally {
            deleteQuietly(local);
            deleteQuietly(dir);
        }
    }

    private static List<Outcome> unreadable(InputUnit unit, String message) {
        // the single-machine run keeps nothing of a file it could not finish reading
        return List.of(new Outcome(unit.index(), 0, Outcome.Kind.UNREADABLE, null, null, null, message, null, null));
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
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Collects the outcomes of one file, extracting events as records arrive (streaming: texts are
     * dropped once extracted). When {@code from} is set, that local path is renamed {@code to} in every
     * location and message.
     */
    private final class Collector implements RecordSink {
        private final int unit;
        private final String from;
        private final String to;
        private final List<Outcome> outcomes = new ArrayList<>();
        private long seq;

        Collector(int unit, String from, String to) {
            this.unit = unit;
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
            outcomes.add(new Outcome(unit, seq++, Outcome.Kind.DOCUMENT, doc.id(), doc.location(), r, failure,
                    null, null));
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
            outcomes.add(new Outcome(unit, seq++, Outcome.Kind.ROW, r0.id(), r0.location(), r, failure, null, null));
        }

        @Override
        public void error(RecordError e) {
            outcomes.add(new Outcome(unit, seq++, Outcome.Kind.ERROR, null, null, null, null, fix(e), null));
        }

        @Override
        public void warning(RecordError w) {
            outcomes.add(new Outcome(unit, seq++, Outcome.Kind.WARNING, null, null, null, null, fix(w), null));
        }

        void end(Outcome.FileFacts facts) {
            outcomes.add(new Outcome(unit, seq++, Outcome.Kind.END, null, null, null, null, null, facts));
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
