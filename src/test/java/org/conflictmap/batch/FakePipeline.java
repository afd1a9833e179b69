package org.conflictmap.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.EventType;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.events.Precision;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Mention;
import org.conflictmap.geoparse.MentionKind;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordError;
import org.conflictmap.ingest.RecordSink;
import org.conflictmap.ingest.SourceLocation;

/**
 * A small, fully deterministic stand-in for the real stages, so the runner's orchestration can be tested
 * on its own. Input format, one record per line: {@code DATE|TEXT} is an article, {@code ROW|DATE|TYPE|PLACE}
 * an event row, anything else an unreadable record. A file named {@code ioerror*} fails to read; a text
 * containing {@code CRASH} makes the geoparser throw. Capitalised words are looked up in the gazetteer;
 * unknown ones starting with 'X' are unresolved names. "bomb" makes an explosion, else a battle.
 */
final class FakePipeline implements RunPipeline {

    private final Gazetteer gazetteer;

    FakePipeline(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void read(InputFiles.InputFile file, RecordSink sink) throws IOException {
        if (file.path().getFileName().toString().startsWith("ioerror")) {
            throw new IOException("simulated disk failure");
        }
        List<String> lines = Files.readAllLines(file.path(), StandardCharsets.UTF_8);
        String id = file.relative() == null ? file.path().getFileName().toString() : file.relative();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            SourceLocation loc = new SourceLocation(file.name(), i + 1);
            if (l.isBlank()) {
                continue;
            }
            String[] f = l.split("\\|", -1);
            try {
                if (f.length == 4 && f[0].equals("ROW")) {
                    sink.eventRow(new EventRow(loc, id + "#" + (i + 1), LocalDate.parse(f[1]), f[2], null, null, null,
                            null, f[3], null, null, 3, f[3] + " row"));
                } else if (f.length == 2) {
                    sink.document(new Document(id + "#" + (i + 1), f[1], "en", LocalDate.parse(f[0]), null, null,
                            null, loc));
                } else {
                    sink.error(new RecordError(loc, "malformed record: expected DATE|TEXT"));
                }
            } catch (java.time.format.DateTimeParseException e) {
                sink.error(new RecordError(loc, "unparsable date: " + f[0]));
            }
        }
    }

    @Override
    public GeoparseResult geoparse(Document d) {
        if (d.text().contains("CRASH")) {
            throw new IllegalStateException("simulated geoparser bug");
        }
        List<Mention> ms = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("=HYPERLINK\\([^)]*\\)|[\\p{Lu}+][\\p{L}]*").matcher(d.text());
        while (m.find()) {
            String w = m.group();
            List<Place> c = gazetteer.candidates(NameNormalizer.normalize(w));
            if (!c.isEmpty()) {
                ms.add(new Mention(m.start(), m.end(), w, MentionKind.TOPONYM, c.get(0), 0.9, List.of()));
            } else if (w.startsWith("X") || w.startsWith("+")) {
                ms.add(new Mention(m.start(), m.end(), w, MentionKind.TOPONYM, null, 0, List.of()));
            }
        }
        return new GeoparseResult("en", ms);
    }

    @Override
    public ExtractionResult extract(Document d, GeoparseResult parsed) {
        List<EventMention> out = new ArrayList<>();
        List<UnresolvedName> un = new ArrayList<>();
        EventType t = d.text().contains("bomb") ? EventType.EXPLOSIONS_REMOTE_VIOLENCE : EventType.BATTLES;
        for (Mention m : parsed.mentions()) {
            if (m.isResolved()) {
                out.add(new EventMention(d.id(), d.date(), t, m.place(), Precision.PLACE, m.place().lat(),
                        m.place().lon(), d.text(), null, d.location()));
            } else {
                un.add(new UnresolvedName(m.surface(), d.id(), d.text()));
            }
        }
        List<RecordError> warnings = d.text().contains("doubt")
                ? List.of(new RecordError(d.location(), "doubtful sentence")) : List.of();
        return new ExtractionResult(out, un, warnings);
    }

    @Override
    public ExtractionResult extract(EventRow r) {
        List<Place> c = gazetteer.candidates(NameNormalizer.normalize(r.place()));
        if (c.isEmpty()) {
            return new ExtractionResult(List.of(), List.of(new UnresolvedName(r.place(), r.id(), r.notes())), List.of());
        }
        Place p = c.get(0);
        return new ExtractionResult(List.of(new EventMention(r.id(), r.date(), EventType.parse(r.eventType()), p,
                Precision.PLACE, p.lat() + 0.01, p.lon(), r.notes(), r.fatalities(), r.location())), List.of(), List.of());
    }

    @Override
    public List<Event> merge(Collection<EventMention> mentions) {
        Map<String, List<EventMention>> groups = new TreeMap<>();
        for (EventMention m : mentions) {
            groups.computeIfAbsent(m.date() + "|" + m.type().key() + "|" + m.place().id(), k -> new ArrayList<>()).add(m);
        }
        List<Event> events = new ArrayList<>();
        for (Map.Entry<String, List<EventMention>> g : groups.entrySet()) {
            EventMention f = g.getValue().get(0);
            TreeSet<String> docs = new TreeSet<>();
            Integer fat = null;
            for (EventMention m : g.getValue()) {
                docs.add(m.documentId());
                if (m.fatalities() != null) {
                    fat = (fat == null ? 0 : fat) + m.fatalities();
                }
            }
            Place p = f.place();
            events.add(new Event(Hashing.sha256(g.getKey()).substring(0, 12), f.date(), f.type(), p.id(), p.name(),
                    p.feature(), f.precision(), p.country(), p.country(), p.admin1(), f.lat(), f.lon(), docs.size(),
                    fat, List.copyOf(docs), f.sentence()));
        }
        events.sort(PartitionedMerge.EVENT_ORDER);
        return events;
    }

    @Override
    public List<AggregateRow> aggregate(List<Event> events) {
        Map<String, int[]> byType = new LinkedHashMap<>();
        for (Event e : events) {
            int[] c = byType.computeIfAbsent(e.type().key(), k -> new int[2]);
            c[0]++;
            c[1] += e.sources();
        }
        List<AggregateRow> rows = new ArrayList<>();
        byType.forEach((k, c) -> rows.add(new AggregateRow("type", k, k, k, c[0], c[1])));
        return rows;
    }
}
