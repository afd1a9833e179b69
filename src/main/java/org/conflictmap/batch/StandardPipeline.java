package org.conflictmap.batch;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Aggregator;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventAccumulator;
import org.conflictmap.events.EventExtractor;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.EventMerger;
import org.conflictmap.events.EventOptions;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.geoparse.Geoparser;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.InputReader;
import org.conflictmap.ingest.InputSpec;
import org.conflictmap.ingest.RecordSink;

/**
 * The real stages: {@link InputReader} (with each input's {@link InputSpec}), {@link GazetteerGeoparser},
 * {@link EventExtractor}, {@link EventMerger} and {@link Aggregator}, over one gazetteer.
 */
public final class StandardPipeline implements RunPipeline {

    private final Gazetteer gazetteer;
    private final Geoparser geoparser;
    private final EventExtractor extractor;
    private final Map<InputConfig, InputSpec> specs;

    StandardPipeline(Gazetteer gazetteer, Geoparser geoparser, EventExtractor extractor,
                     Map<InputConfig, InputSpec> specs) {
        this.gazetteer = gazetteer;
        this.geoparser = geoparser;
        this.extractor = extractor;
        this.specs = Map.copyOf(specs);
    }

    /** The pipeline of a run; a reading option the readers refuse is a configuration error. */
    public static RunPipeline create(RunConfig config, LoadedGazetteer gaz) throws ConfigException {
        Map<InputConfig, InputSpec> specs = new HashMap<>();
        List<String> problems = new java.util.ArrayList<>();
        for (InputConfig in : config.inputs()) {
            try {
                specs.put(in, spec(in));
            } catch (IllegalArgumentException e) {
                problems.add("input " + in.path() + ": " + e.getMessage());
            }
        }
        EventOptions options;
        try {
            EventsConfig ev = config.events();
            options = new EventOptions(ev.minConfidence(), ev.precision(), ev.defaultType(), ev.farPointKm());
        } catch (IllegalArgumentException e) {
            problems.add("events: " + e.getMessage());
            options = null;
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Gazetteer g = gaz.gazetteer();
        return new StandardPipeline(g, GazetteerGeoparser.create(g, config.weights()), new EventExtractor(g, options), specs);
    }

    /** The reader settings of an input. */
    public static InputSpec spec(InputConfig in) {
        InputSpec.Builder b = InputSpec.builder()
                .delimiter(in.delimiter())
                .encoding(InputSpec.Encoding.parse(in.encoding()));
        if (!in.dateFormats().isEmpty()) {
            b.dateFormats(in.dateFormats());
        }
        if (in.maxRecordMb() > 0) {
            b.maxRecordBytes((long) in.maxRecordMb() << 20);
        }
        in.articleColumns().forEach(b::articleColumn);
        in.eventColumns().forEach(b::eventColumn);
        return b.build();
    }

    @Override
    public void read(InputFiles.InputFile file, RecordSink sink) throws IOException {
        InputSpec spec = specs.get(file.config());
        if (spec == null) {
            spec = spec(file.config());
        }
        InputReader.readFile(file.path(), file.path().toString(), file.relative(), spec, sink);
    }

    @Override
    public GeoparseResult geoparse(Document document) {
        return geoparser.parse(document.text(), document.lang());
    }

    @Override
    public ExtractionResult extract(Document document, GeoparseResult parsed) {
        return extractor.extract(document, parsed);
    }

    @Override
    public ExtractionResult extract(EventRow row) {
        return extractor.extract(row);
    }

    @Override
    public List<Event> merge(Collection<EventMention> mentions) {
        return EventMerger.merge(mentions, gazetteer);
    }

    @Override
    public Merging merging() {
        EventAccumulator acc = new EventAccumulator();
        return new Merging() {
            @Override
            public void add(EventMention m) {
                acc.add(m);
            }

            @Override
            public List<Event> events() {
                return acc.events(gazetteer);
            }
        };
    }

    @Override
    public List<AggregateRow> aggregate(List<Event> events) {
        return Aggregator.aggregate(events);
    }
}
