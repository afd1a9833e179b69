package org.conflictmap.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;

/**
 * Merges any number of event reports in bounded memory. Reports of one event (same day, type and place)
 * are merged only with each other, so the reports are split by a hash of that key into partitions of at
 * most {@code partitionSize} reports on disk, each partition is merged on its own, and the events are put
 * in the merger's order (day, type, place id). With few reports it is a single merge, with no files.
 */
final class PartitionedMerge {

    /** The order of {@link RunPipeline#merge}'s result. */
    static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::date).thenComparing(Event::type)
            .thenComparingLong(Event::placeId);

    private PartitionedMerge() {
    }

    static List<Event> merge(RunPipeline pipeline, Collection<EventMention> reports, long count, long partitionSize,
                             Path workDir) throws IOException {
        if (count <= partitionSize) {
            return pipeline.merge(reports);
        }
        int parts = (int) Math.min(512, (count + partitionSize - 1) / partitionSize);
        Files.createDirectories(workDir);
        List<Path> files = new ArrayList<>();
        List<BufferedWriter> outs = new ArrayList<>();
        List<CacheWriter> writers = new ArrayList<>();
        long[] sizes = new long[parts];
        try {
            for (int i = 0; i < parts; i++) {
                Path f = workDir.resolve("part-" + i + ".jsonl");
                files.add(f);
                BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
                outs.add(w);
                writers.add(new CacheWriter(w));
            }
            for (EventMention m : reports) {
                int p = Math.floorMod(31 * (31 * m.date().hashCode() + m.type().ordinal())
                        + Long.hashCode(m.place().id()), parts);
                writers.get(p).mention(m);
                sizes[p]++;
            }
            for (int i = 0; i < parts; i++) {
                writers.get(i).finish(new InputCounts(0, 0, 0, 0, 0, 0, sizes[i]));
                outs.get(i).close();
            }
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                events.addAll(pipeline.merge(new CachedResults.CachedMentions(List.of(files.get(i)), sizes[i])));
                Files.deleteIfExists(files.get(i));
            }
            events.sort(EVENT_ORDER);
            return List.copyOf(events);
        } finally {
            for (BufferedWriter w : outs) {
                try {
                    w.close();
                } catch (IOException e) {
                    // already closed or failing: the file is deleted below
                }
            }
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Streams the reports of cache files one after the other. */
    static final class CursorIterator implements Iterator<EventMention> {
        private final List<Path> files;
        private final ResultCache.Interner interner = new ResultCache.Interner();
        private int file = -1;
        private ResultCache.Cursor cursor;
        private EventMention next;

        CursorIterator(List<Path> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (cursor == null) {
                        if (++file >= files.size()) {
                            return false;
                        }
                        cursor = new ResultCache.Cursor(files.get(file), interner, true);
                    }
                    Object o = cursor.next();
                    if (o == null) {
                        cursor.close();
                        cursor = null;
                    } else if (o instanceof EventMention m) {
                        next = m;
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public EventMention next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            EventMention m = next;
            next = null;
            return m;
        }
    }
}
