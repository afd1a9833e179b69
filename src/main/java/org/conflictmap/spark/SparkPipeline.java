package org.conflictmap.spark;

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
import scala.Tuple2;

/**
 * The Spark job, in two passes. The scan job hashes every input file on the executors and finds, in each
 * large JSONL file, line starts about every {@code partBytes} bytes ({@link UnitScanner}). The read job
 * then spreads the parts (whole files, or line-aligned ranges of large JSONL files) over tasks in input
 * order (part i of slice k comes before every part of slice k+1); each task reads its parts with the
 * single-machine reader (a range with its part reader, numbered from the range's first line) and
 * geoparses/extracts with the stages of its JVM ({@link JvmStages}). The outcomes stay cached on the
 * executors: the driver streams them back in input order ({@link Run#outcomes()}), and event reports
 * are grouped by (place, day, type) in a shuffle and merged group by group by the single-machine merger
 * ({@link Run#events}). Every transformation is a pure function of its input, so a retried task
 * recomputes the same outcomes and nothing is counted twice.
 */
public final class SparkPipeline {

    /** Smallest automatic part size: below it, the per-task overhead outweighs the parallelism. */
    static final long MIN_AUTO_PART_BYTES = 1L << 20;

    private final JavaSparkContext jsc;
    private final StagesRecipe recipe;
    private final int partitions;
    private final long partBytes;

    /**
     * @param jsc        the Spark context
     * @param recipe     how executors build the stages
     * @param partitions number of read tasks and of shuffle partitions; 0 = 4 × default parallelism
     */
    public SparkPipeline(JavaSparkContext jsc, StagesRecipe recipe, int partitions) {
        this(jsc, recipe, partitions, 0);
    }

    /**
     * @param partBytes target size of the parts of a large JSONL file; 0 = automatic (the total input size
     *                  divided by the number of partitions, at least 1 MiB); negative = never split files
     */
    public SparkPipeline(JavaSparkContext jsc, StagesRecipe recipe, int partitions, long partBytes) {
        this.jsc = jsc;
        this.recipe = recipe;
        this.partitions = partitions > 0 ? partitions : Math.max(1, 4 * jsc.defaultParallelism());
        this.partBytes = partBytes;
    }

    /** Scans every input file on the executors (all tasks in parallel): facts, and part boundaries. */
    public List<FileScan> scan(List<InputUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        StagesRecipe r = recipe;
        long part = partBytes != 0 ? Math.max(0, partBytes) : autoPartBytes(units);
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        try {
            int slices = Math.max(1, Math.min(units.size(), partitions));
            return new ArrayList<>(jsc.parallelize(units, slices).mapPartitions(it -> {
                UnitScanner scanner = new UnitScanner(JvmStages.get(r), conf.value().value(), part);
                List<FileScan> out = new ArrayList<>();
                while (it.hasNext()) {
                    out.add(scanner.scan(it.next()));
                }
                return out.iterator();
            }).collect());
        } finally {
            conf.destroy();
        }
    }

    /** Total input size / partitions, at least {@link #MIN_AUTO_PART_BYTES} (sizes read on the driver). */
    private long autoPartBytes(List<InputUnit> units) {
        long total = 0;
        for (InputUnit u : units) {
            total += InputUnits.size(u, jsc.hadoopConfiguration());
        }
        return Math.max(MIN_AUTO_PART_BYTES, (total + partitions - 1) / partitions);
    }

    /** Scans, then reads and extracts every input file on the executors, and keeps the outcomes there. */
    public Run start(List<InputUnit> units) {
        return start(units, scan(units));
    }

    /** Reads and extracts every input file, in the parts of its scan, and keeps the outcomes on the executors. */
    public Run start(List<InputUnit> units, List<FileScan> scans) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            InputUnit u = units.get(i);
            FileScan sc = scans.get(i);
            if (sc.unit() != u.index()) {
                throw new IllegalArgumentException("scan of unit " + sc.unit() + " given for unit " + u.index());
            }
            parts.addAll(sc.parts(u));
        }
        StagesRecipe r = recipe;
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        int slices = Math.max(1, Math.min(parts.size(), partitions));
        JavaRDD<Outcome> outcomes = jsc.parallelize(parts, slices)
                .mapPartitions(it -> readParts(r, conf.value(), it))
                .persist(StorageLevel.MEMORY_AND_DISK_SER()); // as Kryo bytes: no per-object size estimation
        outcomes.count(); // computes every partition now, in parallel
        return new Run(outcomes, conf, r, partitions);
    }

    private static Iterator<Outcome> readParts(StagesRecipe recipe, SerializableConfiguration conf,
                                               Iterator<Part> parts) {
        UnitReader reader = new UnitReader(JvmStages.get(recipe), conf.value());
        List<Outcome> out = new ArrayList<>();
        while (parts.hasNext()) {
            out.addAll(reader.read(parts.next()));
        }
        return out.iterator();
    }

    /** The outcomes of one started job, cached on the executors until {@link #close()}. */
    public static final class Run implements AutoCloseable {
        private final JavaRDD<Outcome> outcomes;
        private final Broadcast<SerializableConfiguration> conf;
        private final StagesRecipe recipe;
        private final int partitions;

        private Run(JavaRDD<Outcome> outcomes, Broadcast<SerializableConfiguration> conf, StagesRecipe recipe,
                    int partitions) {
            this.outcomes = outcomes;
            this.conf = conf;
            this.recipe = recipe;
            this.partitions = partitions;
        }

        /** Every outcome in input order, fetched one partition at a time (bounded driver memory). */
        public Iterator<Outcome> outcomes() {
            return outcomes.toLocalIterator();
        }

        /** Number of event reports over all files. */
        public long mentions() {
            return outcomes.filter(Outcome::extracted).map(o -> (long) o.result().mentions().size())
                    .fold(0L, Long::sum);
        }

        /**
         * The merged events of all files (files that could not be read contribute nothing, as in the
         * single-machine run), in the given order.
         */
        public List<Event> events(Comparator<Event> order) {
            StagesRecipe r = recipe;
            JavaPairRDD<GroupKey, Tuple2<Position, EventMention>> keyed = outcomes.filter(Outcome::extracted)
                    .flatMapToPair(o -> {
                        List<Tuple2<GroupKey, Tuple2<Position, EventMention>>> out = new ArrayList<>();
                        int k = 0;
                        for (EventMention m : o.result().mentions()) {
                            out.add(new Tuple2<>(GroupKey.of(m),
                                    new Tuple2<>(new Position(o.unit(), o.part(), o.seq(), k++), m)));
                        }
                        return out.iterator();
                    });
            List<Event> events = new ArrayList<>(keyed.groupByKey(partitions).flatMap(group -> {
                List<Tuple2<Position, EventMention>> reports = new ArrayList<>();
                group._2().forEach(reports::add);
                reports.sort((a, b) -> a._1().compareTo(b._1()));
                List<EventMention> mentions = new ArrayList<>(reports.size());
                for (Tuple2<Position, EventMention> t : reports) {
                    mentions.add(t._2());
                }
                return JvmStages.get(r).merge(mentions).iterator();
            }).collect());
            events.sort(order);
            return events;
        }

        /** Where a report stands in the single-machine run: file, part, record within the part, report within the record. */
        record Position(int unit, int part, long seq, int index) implements Comparable<Position> {
            @Override
            public int compareTo(Position o) {
                int c = Integer.compare(unit, o.unit);
                if (c == 0) {
                    c = Integer.compare(part, o.part);
                }
                if (c == 0) {
                    c = Long.compare(seq, o.seq);
                }
                return c != 0 ? c : Integer.compare(index, o.index);
            }
        }

        @Override
        public void close() {
            outcomes.unpersist(false);
            conf.destroy();
        }
    }
}
