package org.conflictmap.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;
import org.conflictmap.ingest.SourceLocation;

/**
 * Reads one input file inside a task and turns it into {@link Item}s, in the order the
 * single-machine run meets them: reader errors, event reports, unresolved names, warnings, and a
 * closing {@link UnitStats}. A file on a Hadoop file system is first copied to a task-local temporary
 * file (deleted afterwards) so the very same reader parses it; locations then name the URI.
 * Pure function of the file content: a retried task yields the same items.
 */
final class UnitReader {

    private final PipelineStages stages;
    private final Configuration hadoop;

    UnitReader(PipelineStages stages, Configuration hadoop) {
        this.stages = stages;
        this.hadoop = hadoop;
    }

    /** The items of one file, in input order. */
    List<Item> read(InputUnit unit) throws IOException {
        Collector sink = new Collector(unit.index());
        if (unit.local()) {
            Path file = Path.of(unit.name());
            String sha = sha256(file);
            stages.read(file, sink);
            sink.finish(unit.name(), Files.size(file), sha);
            return sink.items;
        }
        Path dir = Files.createTempDirectory("conflictmap-spark-");
        org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(unit.name());
        Path local = dir.resolve(src.getName().isEmpty() ? "input" : src.getName());
        try {
            MessageDigest md = sha256();
            FileSystem fs = src.getFileSystem(hadoop);
            try (InputStream in = new DigestInputStream(fs.open(src), md);
                 OutputStream out = Files.newOutputStream(local)) {
                in.transferTo(out);
            }
            Relabel relabel = new Relabel(local.toString(), unit.name(), sink);
            stages.read(local, relabel);
            sink.finish(unit.name(), Files.size(local), HexFormat.of().formatHex(md.digest()));
            return sink.items;
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
    }

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

    /** Collects the items of one file, extracting events as records arrive (streaming). */
    private final class Collector implements RecordSink {
        private final int unit;
        private final List<Item> items = new ArrayList<>();
        private long seq;
        private long documents;
        private long rows;
        private long errors;
        private long mentions;

        Collector(int unit) {
            this.unit = unit;
        }

        @Override
        public void document(Document document) {
            documents++;
            add(stages.extract(document));
        }

        @Override
        public void eventRow(EventRow row) {
            rows++;
            add(stages.extract(row));
        }

        @Override
        public void error(RecordError error) {
            errors++;
            items.add(Item.error(unit, seq++, error));
        }

        private void add(ExtractionResult r) {
            for (EventMention m : r.mentions()) {
                mentions++;
                items.add(Item.mention(unit, seq++, m));
            }
            for (UnresolvedName u : r.unresolved()) {
                items.add(Item.unresolved(unit, seq++, u));
            }
            for (RecordError w : r.warnings()) {
                items.add(Item.warning(unit, seq++, w));
            }
        }

        void finish(String file, long bytes, String sha) {
            items.add(Item.stats(unit, seq++, new UnitStats(file, bytes, sha, documents, rows, errors, mentions)));
        }
    }

    /** Renames the task-local copy back to the URI in every location the reader reports. */
    private static final class Relabel implements RecordSink {
        private final String from;
        private final String to;
        private final RecordSink next;

        Relabel(String from, String to, RecordSink next) {
            this.from = from;
            this.to = to;
            this.next = next;
        }

        private SourceLocation fix(SourceLocation loc) {
            return loc != null && from.equals(loc.file()) ? new SourceLocation(to, loc.line()) : loc;
        }

        @Override
        public void document(Document d) {
            next.document(new Document(d.id(), d.text(), d.lang(), d.date(), d.title(), d.source(), d.url(),
                    fix(d.location())));
        }

        @Override
        public void eventRow(EventRow r) {
            next.eventRow(new EventRow(fix(r.location()), r.id() == null ? null : r.id().replace(from, to), r.date(), r.eventType(), r.subEventType(),
                    r.country(), r.admin1(), r.admin2(), r.place(), r.lat(), r.lon(), r.fatalities(), r.notes()));
        }

        @Override
        public void error(RecordError e) {
            next.error(new RecordError(fix(e.location()), e.reason().replace(from, to)));
        }
    }

    /** Wraps I/O failures for Spark functions that cannot throw checked exceptions. */
    static UncheckedIOException unchecked(InputUnit unit, IOException e) {
        return new UncheckedIOException("cannot read " + unit.name() + ": " + e.getMessage(), e);
    }
}
