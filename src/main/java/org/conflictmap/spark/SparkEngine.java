package org.conflictmap.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.api.java.JavaSparkContext;
import org.conflictmap.batch.BatchRunner;
import org.conflictmap.batch.FigureStage;
import org.conflictmap.batch.InputFiles;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunInputs;
import org.conflictmap.batch.RunLog;
import org.conflictmap.batch.RunPipeline;

/**
 * Runs {@code conflictmap run} with Spark doing the heavy part: the batch runner keeps everything it
 * does in a local run (configuration, lock, incremental state, errors.csv, counts, data files, figures,
 * manifest.json, exit codes), while reading, geoparsing and event extraction run in Spark tasks and
 * events are merged per (place, day, type) group on the executors. The gazetteer file is shipped
 * with the job ({@code addFile}) and opened once per executor JVM.
 */
public final class SparkEngine {

    private final JavaSparkContext jsc;
    private final PipelineSource source;
    private final int partitions;

    /**
     * @param jsc        the Spark context (spark-submit's, or one made by {@link SparkMain})
     * @param source     the gazetteer provider and pipeline factory, the same as the local run's
     * @param partitions read tasks and shuffle partitions; 0 = 4 × default parallelism
     */
    public SparkEngine(JavaSparkContext jsc, PipelineSource source, int partitions) {
        this.jsc = jsc;
        this.source = source;
        this.partitions = partitions;
    }

    /** Runs like {@link BatchRunner#run}, with the same result and exceptions. */
    public BatchRunner.Result run(RunConfig config, boolean full, List<FigureStage> stages, RunLog log,
                                  String version) throws RunException {
        AtomicReference<SparkRunPipeline> made = new AtomicReference<>();
        RunPipeline.Factory factory = (cfg, gaz) -> {
            RunPipeline local = source.pipeline(cfg, gaz);
            String gazPath = null;
            if (gaz.file() != null) {
                gazPath = gaz.file().toAbsolutePath().toString();
                jsc.addFile(gazPath);
            }
            List<InputUnit> units = units(cfg);
            BatchRecipe recipe = new BatchRecipe(KryoBox.of(cfg), gazPath, gaz.sha256(), source);
            log.info("spark: " + units.size() + " input files on " + jsc.master() + " (default parallelism "
                    + jsc.defaultParallelism() + ")");
            SparkRunPipeline p = new SparkRunPipeline(local, units,
                    () -> new SparkPipeline(jsc, recipe, partitions).start(units));
            made.set(p);
            return p;
        };
        try {
            return new BatchRunner(factory, source::gazetteer, stages, log, version).run(config, full);
        } finally {
            SparkRunPipeline p = made.get();
            if (p != null) {
                p.close();
            }
        }
    }

    /** The run's input files as Spark work units (with absolute paths for executors in other folders). */
    static List<InputUnit> units(RunConfig cfg) throws RunException {
        List<InputUnit> units = new ArrayList<>();
        for (InputFiles.InputFile f : RunInputs.files(cfg)) {
            units.add(new InputUnit(units.size(), f.name(), true,
                    new BatchInput(f, f.path().toAbsolutePath().normalize().toString())));
        }
        return units;
    }
}
