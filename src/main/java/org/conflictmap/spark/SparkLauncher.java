package org.conflictmap.spark;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.conflictmap.batch.BatchRunner;
import org.conflictmap.batch.ExitCode;
import org.conflictmap.batch.FigureStage;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunLog;

/**
 * Starts a Spark context, runs {@link SparkEngine} on it and stops it (an application entry point;
 * code that owns a context calls {@link SparkEngine} directly). Called by {@link SparkMain} under
 * spark-submit, and reflectively by {@code conflictmap run --engine spark}, so the command line never
 * links Spark unless asked to.
 */
public final class SparkLauncher {

    private SparkLauncher() {
    }

    /**
     * Runs a configuration with the standard stages on Spark.
     *
     * @param master     Spark master URL, or null for spark-submit's (else {@code local[*]})
     * @param partitions read tasks and shuffle partitions; 0 = 4 × default parallelism
     */
    public static BatchRunner.Result run(RunConfig config, boolean full, String master, int partitions, RunLog log)
            throws RunException {
        return run(config, full, master, partitions, log, new StandardSource(), StandardSource.stages(),
                StandardSource.version());
    }

    /**
     * Runs the configuration (whose output is the local staging folder) and publishes the staging folder to
     * {@code outputUri} (see {@link RemoteOutput}).
     */
    public static BatchRunner.Result run(RunConfig config, boolean full, String master, int partitions, RunLog log,
                                         String outputUri) throws RunException {
        JavaSparkContext jsc = context(master);
        try {
            SparkEngine engine = new SparkEngine(jsc, new StandardSource(), partitions);
            return RemoteOutput.run(outputUri, config.output(), jsc.hadoopConfiguration(),
                    stage -> engine.run(config.withOutput(stage), full, StandardSource.stages(), log,
                            StandardSource.version()));
        } finally {
            jsc.stop();
        }
    }

    /** Runs with a given pipeline source and figure stages. */
    public static BatchRunner.Result run(RunConfig config, boolean full, String master, int partitions, RunLog log,
                                         PipelineSource source, List<FigureStage> stages, String version)
            throws RunException {
        JavaSparkContext jsc = context(master);
        try {
            return new SparkEngine(jsc, source, partitions).run(config, full, stages, log, version);
        } finally {
            jsc.stop();
        }
    }

    /** A Spark context configured for the job (driver bound to 127.0.0.1 when local), or the active one if it fits. */
    static JavaSparkContext context(String master) throws RunException {
        SparkConf conf = SparkSessions.configure(new SparkConf());
        if (master != null && !master.isBlank()) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
        String serializer = jsc.getConf().get("spark.serializer", "");
        String registrator = jsc.getConf().get("spark.kryo.registrator", "");
        if (!serializer.endsWith("KryoSerializer") || !registrator.contains(RecordKryo.class.getName())) {
            throw new RunException(ExitCode.CONFIG, "the running Spark context does not use Kryo with "
                    + RecordKryo.class.getName() + " (spark.serializer=" + serializer + ", spark.kryo.registrator="
                    + registrator + "): start the job with SparkMain or set both");
        }
        jsc.setLogLevel(jsc.getConf().get("spark.conflictmap.logLevel", "WARN"));
        return jsc;
    }
}
