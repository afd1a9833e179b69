package org.conflictmap.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.conflictmap.batch.BatchRunner;
import org.conflictmap.batch.ExitCode;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunLog;
import picocli.CommandLine.Option;

/**
 * {@code --engine local|spark} for {@code run}. The Spark engine is reached by reflection, so the command
 * line (and {@code --help}) never loads a Spark class, and runs without Spark on the class path.
 */
public final class EngineOption {

    /** Where the work runs. */
    public enum Engine { LOCAL, SPARK }

    @Option(names = "--engine", paramLabel = "ENGINE", description = "local (default): threads of this JVM. "
            + "spark: a Spark job (reading, geoparsing and events in Spark tasks; the same output files). "
            + "Needs Spark 3.5 on the class path: see docs/spark.md.")
    Engine engine = Engine.LOCAL;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark, e.g. local[2], spark://host:7077 (default: local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spark read tasks and shuffle partitions (default: 4 x Spark's default parallelism).")
    int partitions;

    /** Runs the configuration with the chosen engine. */
    BatchRunner.Result run(BatchRunner local, RunConfig cfg, boolean full, RunLog log) throws RunException {
        if (engine != Engine.SPARK) {
            return local.run(cfg, full);
        }
        Method launch;
        try {
            Class.forName("org.apache.spark.SparkContext", false, EngineOption.class.getClassLoader());
            launch = Class.forName("org.conflictmap.spark.SparkLauncher").getMethod("run", RunConfig.class,
                    boolean.class, String.class, int.class, RunLog.class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            throw new RunException(ExitCode.CONFIG, "--engine spark needs Apache Spark 3.5 (Scala 2.13) on the class "
                    + "path, before this jar: java <add-opens flags> -cp \"$SPARK_HOME/jars/*:conflictmap.jar\" "
                    + "org.conflictmap.cli.Main run --engine spark ..., or spark-submit (see docs/spark.md)");
        }
        try {
            return (BatchRunner.Result) launch.invoke(null, cfg, full, master, partitions, log);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RunException re) {
                throw re;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
