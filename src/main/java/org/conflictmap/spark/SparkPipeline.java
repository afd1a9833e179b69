package org.conflictmap.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventMention;
import org.conflictmap.events.UnresolvedName;
import org.conflictmap.ingest.RecordError;
import scala.Tuple2;

/**
 * The Spark job: input files are spread over tasks; each task reads its files with the single-machine
 * reader and geoparses/extracts with the stages of its JVM ({@link JvmStages}); event reports are
 * grouped by (place, day, type) in a shuffle, each group is sorted back into input order and merged by
 * the single-machine merger; the driver collects the (small) events, names and errors and puts them
 * in the single-machine order. Every transformation is a pure function of its input, so a retried
 * task recomputes the same items and nothing is counted twice.
 */
public final class SparkPipeline {

    private final JavaSparkContext jsc;
    private final StagesRecipe recipe;
    private final int partitions;

    /**
     * @param jsc        the Spark context
     * @param recipe     how executors build the stages
     * @param partitions number of read tasks and of shuffle partitions; 0 = 2 × default parallelism
     */
    public SparkPipeline(JavaSparkContext jsc, StagesRecipe recipe, int partitions) {
        this.jsc = jsc;
        this.recipe = recipe;
        this.partitions = partitions > 0 ? partitions : Math.max(1, 2 * jsc.defaultParallelism());
    }

    /** Runs the job over input files listed in input order. */
    public CollectedRun run(List<InputUnit> units) {
        if (units.isEmpty()) {
            return new CollectedRun(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        StagesRecipe r = recipe;
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        int slices = Math.min(units.size(), partitions);
        JavaRDD<Item> items = jsc.parallelize(units, slices)
                .mapPartitions(it -> readUnits(r, conf.value(), it))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            List<Event> events = new ArrayList<>(mergeEvents(items, r, partitions).collect());
            events.sort(JvmStages.get(r).eventOrder());
            List<Item> rest = new ArrayList<>(items.filter(i -> i.kind() != Item.Kind.MENTION).collect());
            rest.sort(Comparator.naturalOrder());
            List<UnresolvedName> unresolved = new ArrayList<>();
            List<RecordError> errors = new ArrayList<>();
            List<RecordError> warnings = new ArrayList<>();
            List<UnitStats> files = new ArrayList<>();
            for (Item i : rest) {
                switch (i.kind()) {
                    case UNRESOLVED -> unresolved.add(i.unresolved());
                    case ERROR -> errors.add(i.error());
                    case WARNING -> warnings.add(i.error());
                    case STATS -> files.add(i.stats());
                    default -> throw new IllegalStateException("unexpected " + i.kind());
                }
            }
            return new CollectedRun(events, unresolved, errors, warnings, files);
        } finally {
            items.unpersist(false);
            conf.destroy();
        }
    }

    private static Iterator<Item> readUnits(StagesRecipe recipe, SerializableConfiguration conf,
                                            Iterator<InputUnit> units) {
        UnitReader reader = new UnitReader(JvmStages.get(recipe), conf.value());
        List<Item> out = new ArrayList<>();
        while (units.hasNext()) {
            InputUnit u = units.next();
            try {
                out.addAll(reader.read(u));
            } catch (IOException e) {
                throw UnitReader.unchecked(u, e);
            }
        }
        return out.iterator();
    }

    /** Groups event reports by (place, day, type) and merges each group in input order. */
    static JavaRDD<Event> mergeEvents(JavaRDD<Item> items, StagesRecipe recipe, int partitions) {
        JavaPairRDD<GroupKey, Item> keyed = items.filter(i -> i.kind() == Item.Kind.MENTION)
                .mapToPair(i -> new Tuple2<>(GroupKey.of(i.mention()), i));
        return keyed.groupByKey(partitions).flatMap(group -> {
            List<Item> reports = new ArrayList<>();
            group._2().forEach(reports::add);
            reports.sort(Comparator.naturalOrder());
            List<EventMention> mentions = new ArrayList<>(reports.size());
            for (Item i : reports) {
                mentions.add(i.mention());
            }
            return JvmStages.get(recipe).merge(mentions).iterator();
        });
    }
}
