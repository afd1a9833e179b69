package org.conflictmap.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.conflictmap.batch.InputFiles;
import org.conflictmap.batch.LoadedGazetteer;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunPipeline;
import org.conflictmap.batch.StandardPipeline;
import org.conflictmap.events.AggregateRow;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.ExtractionResult;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparse.GeoparseResult;
import org.conflictmap.ingest.Document;
import org.conflictmap.ingest.EventRow;
import org.conflictmap.ingest.RecordSink;

/**
 * The real pipeline of {@code run} ({@link StandardPipeline}) over a small in-memory South Caucasus
 * gazetteer, for both engines in the tests, with two injected faults: a text containing "CRASH" makes the
 * geoparser throw (like a bug would), and optionally the 10th record a first task attempt geoparses
 * kills that task (a lost executor), so Spark must retry it.
 */
final class TestPipelines {

    /** Tasks killed so far in this JVM (test bookkeeping only). */
    static final AtomicInteger KILLED = new AtomicInteger();
    private static final Map<Long, AtomicInteger> RECORDS = new ConcurrentHashMap<>();

    private TestPipelines() {
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

    static LoadedGazetteer loaded() {
        return LoadedGazetteer.inMemory(gazetteer());
    }

    /** The standard pipeline with the injected faults. */
    static RunPipeline create(RunConfig config, LoadedGazetteer gaz, boolean killFirstAttempts) throws RunException {
        RunPipeline p = StandardPipeline.create(config, gaz);
        return new RunPipeline() {
            @Override
            public void read(InputFiles.InputFile file, RecordSink sink) throws IOException {
                p.read(file, sink);
            }

            @Override
            public GeoparseResult geoparse(Document d) {
                TaskContext tc = TaskContext.get();
                if (killFirstAttempts && tc != null && tc.attemptNumber() == 0
                        && RECORDS.computeIfAbsent(tc.taskAttemptId(), k -> new AtomicInteger()).incrementAndGet() == 10) {
                    KILLED.incrementAndGet();
                    throw new TaskKilled("executor lost (injected) in task " + tc.taskAttemptId());
                }
                if (d.text().contains("CRASH")) {
                    throw new IllegalStateException("simulated geoparser bug in " + d.id());
                }
                return p.geoparse(d);
            }

            @Override
            public ExtractionResult extract(Document d, GeoparseResult g) {
                return p.extract(d, g);
            }

            @Override
            public ExtractionResult extract(EventRow r) {
                return p.extract(r);
            }

            @Override
            public List<Event> merge(Collection<EventMention> m) {
                return p.merge(m);
            }

            @Override
            public List<AggregateRow> aggregate(List<Event> e) {
                return p.aggregate(e);
            }
        };
    }

    /** Not an exception a record can cause: kills the whole task, like a lost executor. */
    static final class TaskKilled extends Error {
        private static final long serialVersionUID = 1L;

        TaskKilled(String message) {
            super(message);
        }
    }

    /** The source both engines use in the tests: in-memory gazetteer, the standard pipeline with its faults. */
    static class Source implements PipelineSource {
        private static final long serialVersionUID = 1L;

        @Override
        public LoadedGazetteer gazetteer(Path file) {
            return loaded();
        }

        @Override
        public RunPipeline pipeline(RunConfig config, LoadedGazetteer gazetteer) throws RunException {
            return create(config, gazetteer, false);
        }

        @Override
        public boolean standardReader() {
            return true;
        }
    }

    /** As {@link Source}, and the first attempt of every task dies at its 10th geoparsed record. */
    static final class Killing extends Source {
        private static final long serialVersionUID = 1L;

        @Override
        public RunPipeline pipeline(RunConfig config, LoadedGazetteer gazetteer) throws RunException {
            return create(config, gazetteer, true);
        }
    }
}
