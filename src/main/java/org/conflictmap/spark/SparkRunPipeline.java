package org.conflictmap.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.conflictmap.batch.InputFiles;
import org.conflictmap.batch.RunPipeline;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.JsonlParts;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;

/**
 * The driver side of {@code run --engine spark}: a {@link RunPipeline} for the batch runner whose work
 * was done on the executors. On the first {@link #read}, the Spark job reads and extracts every input
 * file; each {@code read} then replays that file's outcomes in record order (reader errors and warnings
 * as they were, each document or row as a text-less stand-in whose {@code geoparse}/{@code extract}
 * return the executor's result or rethrow its failure; the unknown JSON fields of a file read in parts
 * reported once at its end). So the batch runner writes its per-file results,
 * counts, errors.csv, unresolved.csv and manifest exactly as in a local run. {@link #merge} answers with
 * the events merged on the executors, group by group, for exactly the reports it is given.
 */
final class SparkRunPipeline implements RunPipeline, AutoCloseable {

    /** The order of merged events (the RunPipeline contract: day, type, place id). */
    static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::date).thenComparing(Event::type)
            .thenComparingLong(Event::placeId);

    private static final GeoparseResult REPLAYED = new GeoparseResult(null, List.of());

    private final RunPipeline local;
    private final Supplier<SparkPipeline.Run> starter;
    private final Map<String, Integer> unitByName = new HashMap<>();
    private final Map<Object, Outcome> standIns = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Set<Integer> replayed = new HashSet<>();
    private SparkPipeline.Run run;
    private Iterator<Outcome> stream;
    private Outcome pending;
    private Map<GroupKey, Event> events;

    /**
     * @param local   the driver's own pipeline (aggregates; files or merges the job did not cover)
     * @param units   the job's input files, in input order
     * @param starter starts the Spark job over {@code units}
     */
    SparkRunPipeline(RunPipeline local, List<InputUnit> units, Supplier<SparkPipeline.Run> starter) {
        this.local = local;
        this.starter = starter;
        for (InputUnit u : units) {
            unitByName.put(u.name(), u.index());
        }
    }

    @Override
    public void read(InputFiles.InputFile file, RecordSink sink) throws IOException {
        Integer unit = unitByName.get(file.name());
        if (unit == null) {
            local.read(file, sink);
            return;
        }
        if (run == null) {
            run = starter.get();
            stream = run.outcomes();
            pending = stream.hasNext() ? stream.next() : null;
        }
        while (pending != null && pending.unit() < unit) {
            advance();
        }
        if (pending == null || pending.unit() > unit) {
            throw new IllegalStateException("Spark outcomes of " + file.name() + " already passed (files read out of order)");
        }
        replayed.add(unit);
        List<List<String>> fields = new ArrayList<>();
        String label = null;
        while (pending != null && pending.unit() == unit) {
            Outcome o = pending;
            advance();
            switch (o.kind()) {
                case DOCUMENT -> {
                    Document d = new Document(o.id(), "", null, null, null, null, null, o.location());
                    standIns.put(d, o);
                    sink.document(d);
                }
                case ROW -> {
                    EventRow r = new EventRow(o.location(), o.id(), null, null, null, null, null, null, "", null,
                            null, null, null);
                    standIns.put(r, o);
                    sink.eventRow(r);
                }
                case ERROR -> sink.error(o.error());
                case WARNING -> sink.warning(o.error());
                case UNREADABLE -> {
                    skipUnit(unit);
                    throw new IOException(o.failure());
                }
                case FIELDS -> {
                    fields.add(o.fields());
                    label = o.id();
                }
                case END -> {
                    RecordError w = label == null ? null : JsonlParts.unknownFields(label, fields);
                    if (w != null) {
                        sink.warning(w);
                    }
                }
                default -> throw new IllegalStateException("unknown outcome " + o.kind());
            }
        }
    }

    private void advance() {
        pending = stream.hasNext() ? stream.next() : null;
    }

    private void skipUnit(int unit) {
        while (pending != null && pending.unit() == unit) {
            advance();
        }
    }

    @Override
    public GeoparseResult geoparse(Document document) {
        Outcome o = standIns.get(document);
        if (o == null) {
            return local.geoparse(document);
        }
        if (o.failure() != null) {
            standIns.remove(document);
            throw new ReplayedFailure(o.failure());
        }
        return REPLAYED;
    }

    @Override
    public ExtractionResult extract(Document document, GeoparseResult parsed) {
        Outcome o = standIns.remove(document);
        return o == null ? local.extract(document, parsed) : o.result();
    }

    @Override
    public ExtractionResult extract(EventRow row) {
        Outcome o = standIns.remove(row);
        if (o == null) {
            return local.extract(row);
        }
        if (o.failure() != null) {
            throw new ReplayedFailure(o.failure());
        }
        return o.result();
    }

    /**
     * The events of exactly the given reports, as merged on the executors; falls back to the local merge
     * when some of the run's files were not read by the Spark job (e.g. results reused from an earlier run).
     */
    @Override
    public List<Event> merge(Collection<EventMention> mentions) {
        if (run == null || replayed.size() != unitByName.size()) {
            return local.merge(mentions);
        }
        if (events == null) {
            Map<GroupKey, Event> byKey = new HashMap<>();
            for (Event e : run.events(EVENT_ORDER)) {
                byKey.put(new GroupKey(e.placeId(), e.date().toEpochDay(), e.type().ordinal()), e);
            }
            events = byKey;
        }
        Set<GroupKey> keys = new LinkedHashSet<>();
        for (EventMention m : mentions) {
            keys.add(GroupKey.of(m));
        }
        List<Event> out = new ArrayList<>(keys.size());
        for (GroupKey k : keys) {
            Event e = events.get(k);
            if (e == null) {
                throw new IllegalStateException("no event merged on the executors for " + k);
            }
            out.add(e);
        }
        out.sort(EVENT_ORDER);
        return List.copyOf(out);
    }

    @Override
    public List<AggregateRow> aggregate(List<Event> events) {
        return local.aggregate(events);
    }

    @Override
    public void close() {
        if (run != null) {
            run.close();
        }
    }

    /** An exception of a task, rethrown on the driver with the same text. */
    static final class ReplayedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String text;

        ReplayedFailure(String text) {
            super(text, null, false, false);
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
