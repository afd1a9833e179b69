package org.conflictmap.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.InMemoryGazetteer;
import org.conflictmap.gazetteer.Place;

/** A tiny South Caucasus gazetteer and runner set-up shared by the batch tests. */
public final class TestFixtures {

    static final Place AM = new Place(174982, "Armenia", "A", "PCLI", "AM", "", 40.25, 45.0, 2_968_000,
            new BBox(43.4, 38.8, 46.6, 41.3));
    static final Place YEREVAN = new Place(616052, "Yerevan", "P", "PPLC", "AM", "11", 40.18111, 44.51361,
            1_093_485, null);
    static final Place STEPANAKERT = new Place(174875, "Stepanakert", "P", "PPLA", "AZ", "", 39.8177, 46.7528,
            55_200, null);
    static final Place BAKU = new Place(587084, "Baku", "P", "PPLC", "AZ", "09", 40.37767, 49.89201, 1_116_513, null);
    static final Place EVIL = new Place(-7, "=HYPERLINK(\"http://x\")", "P", "PPL", "ZZ", "", 10, 20, 0, null);

    private TestFixtures() {
    }

    static InMemoryGazetteer gazetteer() {
        Map<Place, List<String>> m = new LinkedHashMap<>();
        m.put(AM, List.of("Arménie"));
        m.put(YEREVAN, List.of("Erevan", "Ереван"));
        m.put(STEPANAKERT, List.of("Khankendi"));
        m.put(BAKU, List.of("Bakou"));
        m.put(EVIL, List.of());
        return InMemoryGazetteer.of(m);
    }

    /** A runner over the fake pipeline and the tiny gazetteer. */
    public static BatchRunner runner(List<FigureStage> stages) {
        InMemoryGazetteer g = gazetteer();
        return new BatchRunner((cfg, gaz) -> new FakePipeline(gaz.gazetteer()), p -> LoadedGazetteer.inMemory(g),
                stages, RunLog.silent(), "test");
    }

    static BatchRunner runner() {
        return runner(List.of());
    }

    /** Like {@link #runner()}, with a pipeline that merges reports as they arrive (RunPipeline.merging). */
    static BatchRunner streamingRunner() {
        InMemoryGazetteer g = gazetteer();
        return new BatchRunner((cfg, gaz) -> new StreamingPipeline(new FakePipeline(gaz.gazetteer())),
                p -> LoadedGazetteer.inMemory(g), List.of(), RunLog.silent(), "test");
    }

    /** A configuration reading the given inputs into {@code out}. */
    static RunConfig config(Path out, int threads, Path... inputs) {
        return new RunConfig(java.util.Arrays.stream(inputs).map(InputConfig::of).toList(), out, null, threads,
                EventsConfig.DEFAULTS, OutputsConfig.ALL, Map.of(), Map.of(), Map.of());
    }
}
