package org.conflictmap.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.conflictmap.batch.InputFiles;
import org.conflictmap.batch.LoadedGazetteer;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunPipeline;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Aggregator;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventExtractor;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.EventMerger;
import org.conflictmap.events.EventOptions;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.InputReader;
import org.conflictmap.ingest.InputSpec;
import org.conflictmap.ingest.RecordSink;

/**
 * A run pipeline made of the real stages (input reader, gazetteer geoparser, event extractor, merger,
 * aggregator) over a small in-memory South Caucasus gazetteer. A text containing "CRASH" makes the
 * geoparser throw, like a bug would.
 */
final class ComponentsPipeline implements RunPipeline {

    private final Gazetteer gazetteer;
    private final GazetteerGeoparser geoparser;
    private final EventExtractor extractor;

    ComponentsPipeline(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.geoparser = GazetteerGeoparser.create(gazetteer);
        this.extractor = new EventExtractor(gazetteer, EventOptions.defaults());
    }

    static InMemoryGazetteer gazetteer() {
        Place am = new Place(174982, "Armenia", "A", "PCLI", "AM", "", 40.25, 45.0, 2_968_000,
                new BBox(43.4, 38.8, 46.6, 41.3));
        Place az = new Place(587116, "Azerbaijan", "A", "PCLI", "AZ", "", 40.5, 47.5, 9_900_000,
                new BBox(44.7, 38.3, 50.6, 41.9));
        Place yerevan = new Place(616052, "Yerevan", "P", "PPLC", "AM", "11", 40.18111, 44.51361, 1_093_485, null);
        Place stepanakert = new Place(174875, "Stepanakert", "P", "PPLA", "AZ", "", 39.8177, 46.7528, 55_200, null);
        Place baku = new Place(587084, "Baku", "P", "PPLC", "AZ", "09", 40.37767, 49.89201, 1_116_513, null);
        Place ganja = new Place(586523, "Ganja", "P", "PPLA", "AZ", "23", 40.68278, 46.36056, 301_699, null);
        Place moscow = new Place(524901, "Moscow", "P", "PPLC", "RU", "48", 55.75222, 37.61556, 10_381_222, null);
        Place ankara = new Place(323786, "Ankara", "P", "PPLC", "TR", "68", 39.91987, 32.85427, 3_517_182, null);
        return InMemoryGazetteer.of(Map.of(
                am, List.of("Arménie", "Армения"),
                az, List.of("Azerbaïdjan", "Азербайджан"),
                yerevan, List.of("Erevan", "Ереван"),
                stepanakert, List.of("Khankendi", "Степанакерт"),
                baku, List.of("Bakou", "Баку"),
                ganja, List.of("Gandja", "Гянджа"),
                moscow, List.of("Moscou", "Москва"),
                ankara, List.of("Анкара")));
    }

    @Override
    public void read(InputFiles.InputFile file, RecordSink sink) throws IOException {
        InputReader.read(file.path(), InputSpec.defaults(), sink);
    }

    @Override
    public GeoparseResult geoparse(Document document) {
        if (document.text().contains("CRASH")) {
            throw new IllegalStateException("simulated geoparser bug in " + document.id());
        }
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
    public List<AggregateRow> aggregate(List<Event> events) {
        return Aggregator.aggregate(events);
    }

    /** The source both engines use in the tests: in-memory gazetteer, real stages. */
    static final class Source implements PipelineSource {
        private static final long serialVersionUID = 1L;

        @Override
        public LoadedGazetteer gazetteer(Path file) {
            return LoadedGazetteer.inMemory(ComponentsPipeline.gazetteer());
        }

        @Override
        public RunPipeline pipeline(RunConfig config, LoadedGazetteer gazetteer) {
            return new ComponentsPipeline(gazetteer.gazetteer());
        }
    }
}
