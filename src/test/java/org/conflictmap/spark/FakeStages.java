package org.conflictmap.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.EventType;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.events.Precision;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;
import org.conflictmap.ingest.SourceLocation;

/**
 * Small but order-sensitive stand-ins for the reader, extractor and merger, over a tiny in-memory
 * gazetteer: enough to check that the Spark plumbing reproduces a sequential run exactly.
 */
final class FakeStages implements PipelineStages {

    static final List<Place> PLACES = List.of(
            new Place(1, "Stepanakert", "P", "PPLA", "AZ", "26", 39.8153, 46.7519, 55000, null),
            new Place(2, "Erevan", "P", "PPLC", "AM", "11", 40.1811, 44.5136, 1093000, null),
            new Place(3, "Bakou", "P", "PPLC", "AZ", "09", 40.3777, 49.892, 2000000, null),
            new Place(4, "Arménie", "A", "PCLI", "AM", "00", 40.25, 45.0, 3000000,
                    new BBox(43.44, 38.84, 46.63, 41.3)),
            new Place(5, "Ganja", "P", "PPLA", "AZ", "23", 40.6828, 46.3606, 300000, null),
            new Place(6, "Martakert", "P", "PPLA2", "AZ", "26", 40.2108, 46.8103, 4000, null));

    /** Failures injected so far in this JVM (test bookkeeping only). */
    static final AtomicInteger INJECTED = new AtomicInteger();
    private static final java.util.Map<Long, AtomicInteger> PER_TASK = new java.util.concurrent.ConcurrentHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryGazetteer gazetteer;
    private final boolean failFirstAttempt;

    FakeStages(boolean failFirstAttempt) {
        Map<Place, List<String>> names = new LinkedHashMap<>();
        for (Place p : PLACES) {
            names.put(p, List.of());
        }
        this.gazetteer = InMemoryGazetteer.of(names);
        this.failFirstAttempt = failFirstAttempt;
    }

    @Override
    public void read(InputUnit unit, Path file, RecordSink sink) throws IOException {
        RecordSink out = failFirstAttempt ? failingOnFirstAttempt(sink) : sink;
        readFile(file, out);
    }

    /** Lets the 7th record of a task through, then fails the task; only on the task's first attempt. */
    private static RecordSink failingOnFirstAttempt(RecordSink sink) {
        TaskContext tc = TaskContext.get();
        if (tc == null || tc.attemptNumber() > 0) {
            return sink;
        }
        AtomicInteger records = PER_TASK.computeIfAbsent(tc.taskAttemptId(), k -> new AtomicInteger());
        return new RecordSink() {
            private void count() {
                if (records.incrementAndGet() == 7) {
                    INJECTED.incrementAndGet();
                    throw new IllegalStateException("injected failure in task " + tc.taskAttemptId());
                }
            }

            @Override
            public void document(Document d) {
                sink.document(d);
                count();
            }

            @Override
            public void eventRow(EventRow r) {
                sink.eventRow(r);
                count();
            }

            @Override
            public void error(RecordError e) {
                sink.error(e);
                count();
            }
        };
    }

    private void readFile(Path file, RecordSink sink) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            sink.document(new Document(name, text, "fr", LocalDate.of(2020, 10, 1), null, null, null,
                    new SourceLocation(file.toString(), 0)));
            return;
        }
        if (name.endsWith(".fail")) {
            throw new IOException("device error reading " + file);
        }
        if (!name.endsWith(".jsonl")) {
            sink.error(new RecordError(new SourceLocation(file.toString(), 0), "unsupported file type"));
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            readJsonl(r, file.toString(), name, 1, sink);
        }
    }

    private static void readJsonl(BufferedReader r, String file, String name, long firstLine, RecordSink sink)
            throws IOException {
        long line = firstLine - 1;
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            line++;
            SourceLocation loc = new SourceLocation(file, line);
            if (s.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(s);
            } catch (IOException e) {
                sink.error(new RecordError(loc, "invalid JSON"));
                continue;
            }
            if (!n.hasNonNull("text")) {
                sink.error(new RecordError(loc, "missing \"text\""));
                continue;
            }
            LocalDate date = n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null;
            sink.document(new Document(n.path("id").asText(name + ":" + line), n.get("text").asText(),
                    "fr", date, null, null, null, loc));
        }
    }

    @Override
    public boolean splittable(InputUnit unit, byte[] head) {
        return unit.name().endsWith(".jsonl");
    }

    @Override
    public List<String> readPart(InputUnit unit, InputStream in, boolean fileStart, long firstLine, RecordSink sink)
            throws IOException {
        String name = unit.name().substring(unit.name().lastIndexOf('/') + 1);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        readJsonl(r, unit.name(), name, firstLine, failFirstAttempt ? failingOnFirstAttempt(sink) : sink);
        return List.of();
    }

    @Override
    public ExtractionResult extract(Document doc) {
        List<EventMention> mentions = new ArrayList<>();
        List<UnresolvedName> unresolved = new ArrayList<>();
        List<RecordError> warnings = new ArrayList<>();
        if (doc.date() == null) {
            warnings.add(new RecordError(doc.location(), "no date: " + doc.id()));
            return new ExtractionResult(mentions, unresolved, warnings);
        }
        for (String sentence : doc.text().split("(?<=\\.)\\s+")) {
            EventType type = typeOf(sentence);
            String[] words = sentence.split("[^\\p{L}]+");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (w.isEmpty()) {
                    continue;
                }
                List<Place> c = gazetteer.candidates(NameNormalizer.normalize(w));
                if (!c.isEmpty()) {
                    Place p = c.get(0);
                    Precision prec = p.isCountry() ? Precision.COUNTRY : Precision.PLACE;
                    Integer fat = sentence.contains("morts") ? Integer.valueOf(w.length()) : null;
                    mentions.add(new EventMention(doc.id(), doc.date(), type, p, prec, p.lat(), p.lon(),
                            sentence, fat, doc.location()));
                } else if (i > 0 && Character.isUpperCase(w.charAt(0))) {
                    unresolved.add(new UnresolvedName(w, doc.id(), sentence));
                }
            }
        }
        return new ExtractionResult(mentions, unresolved, warnings);
    }

    private static EventType typeOf(String sentence) {
        if (sentence.contains("bombard")) {
            return EventType.EXPLOSIONS_REMOTE_VIOLENCE;
        }
        if (sentence.contains("combats")) {
            return EventType.BATTLES;
        }
        if (sentence.contains("pourparlers")) {
            return EventType.DIPLOMACY;
        }
        return EventType.OTHER;
    }

    @Override
    public ExtractionResult extract(EventRow row) {
        return new ExtractionResult(List.of(), List.of(), List.of());
    }

    /** Order-sensitive on purpose: evidence is the first report's sentence, fatalities the first known count. */
    @Override
    public List<Event> merge(List<EventMention> mentions) {
        Map<String, List<EventMention>> groups = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            groups.computeIfAbsent(m.date() + "|" + m.type().key() + "|" + m.place().id(), k -> new ArrayList<>())
                    .add(m);
        }
        List<Event> events = new ArrayList<>();
        for (Map.Entry<String, List<EventMention>> g : groups.entrySet()) {
            EventMention first = g.getValue().get(0);
            TreeSet<String> docs = new TreeSet<>();
            Integer fat = null;
            for (EventMention m : g.getValue()) {
                docs.add(m.documentId());
                if (fat == null) {
                    fat = m.fatalities();
                }
            }
            Place p = first.place();
            events.add(new Event(g.getKey(), first.date(), first.type(), p.id(), p.name(), p.feature(),
                    first.precision(), p.country(), "", p.admin1(), first.lat(), first.lon(), docs.size(), fat,
                    List.copyOf(docs), first.sentence()));
        }
        events.sort(eventOrder());
        return events;
    }

    /** The order of merged events. */
    static Comparator<Event> eventOrder() {
        return Comparator.comparing(Event::date).thenComparing(Event::type).thenComparingLong(Event::placeId);
    }

    /** The recipe executors use to build these stages. */
    record Recipe(boolean failFirstAttempt) implements StagesRecipe {
        @Override
        public String cacheKey() {
            return "fake:" + failFirstAttempt;
        }

        @Override
        public PipelineStages build() {
            return new FakeStages(failFirstAttempt);
        }
    }
}
