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
 * events are merged per (place, day, type) group on the executors. Inputs may be Hadoop URIs; files are
 * hashed on the executors and large JSONL files read in parallel parts ({@link SparkInputs},
 * {@link SparkPipeline}). The gazetteer file is shipped with the job ({@code addFile}) and opened once per
 * executor JVM.
 */
public final class SparkEngine {

    /**
     * Spark setting: target size of the parts a large JSONL input is read in (Spark size syntax, e.g.
     * {@code 64m}); default 0 = the total input size / the number of partitions, at least 1 MiB.
     */
    public static final String PART_BYTES = "spark.conflictmap.partBytes";

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
        SparkInputs inputs = new SparkInputs(jsc.hadoopConfiguration());
        long partBytes = jsc.getConf().getSizeAsBytes(PART_BYTES, "0");
        RunPipeline.Factory factory = (cfg, gaz) -> {
            RunPipeline local = source.pipeline(cfg, gaz);
            String gazPath = null;
            if (gaz.file() != null) {
                gazPath = gaz.file().toAbsolutePath().toString();
                jsc.addFile(gazPath);
            }
            List<InputUnit> units = units(cfg, inputs);
            BatchRecipe recipe = new BatchRecipe(KryoBox.of(cfg), gazPath, gaz.sha256(), source);
            log.info("spark: " + units.size() + " input files on " + jsc.master() + " (default parallelism "
                    + jsc.defaultParallelism() + ")");
            SparkPipeline job = new SparkPipeline(jsc, recipe, partitions, partBytes);
            inputs.prepare(job, units);
            SparkRunPipeline p = new SparkRunPipeline(local, units, () -> {
                List<FileScan> scans = inputs.scans();
                int parts = 0;
                for (FileScan sc : scans) {
                    parts += sc.partStarts().size() + 1;
                }
                log.info("spark: reading " + units.size() + " input files in " + parts + " parts");
                return job.start(units, scans);
            });
            made.set(p);
            return p;
        };
        try {
            return new BatchRunner(factory, source::gazetteer, stages, log, version).withInputSource(inputs)
                    .run(config, full);
        } finally {
            SparkRunPipeline p = made.get();
            if (p != null) {
                p.close();
            }
        }
    }

    /**
     * The run's input files as Spark work units: local files with absolute paths (for executors in other
     * folders), files named by a URI read through Hadoop.
     */
    static List<InputUnit> units(RunConfig cfg, SparkInputs inputs) throws RunException {
        List<InputUnit> units = new ArrayList<>();
        for (InputFiles.InputFile f : RunInputs.files(cfg, inputs)) {
            units.add(f.path() == null ? new InputUnit(units.size(), f.name(), false, new BatchInput(f, null))
                    : new InputUnit(units.size(), f.name(), true,
                    new BatchInput(f, f.path().toAbsolutePath().normalize().toString())));
        }
        return units;
    }
}
