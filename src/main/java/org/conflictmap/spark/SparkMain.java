package org.conflictmap.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictmap.batch.BatchRunner;
import org.conflictmap.batch.ExitCode;
import org.conflictmap.batch.InputConfig;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunLog;
import org.conflictmap.batch.RunSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The spark-submit entry point: the options of {@code conflictmap run} that make sense on a cluster.
 * <pre>
 * spark-submit --class org.conflictmap.spark.SparkMain --master yarn --files gazetteer/gazetteer.bin \
 *   --driver-java-options "$ADD_OPENS" --conf spark.executor.extraJavaOptions="$ADD_OPENS" \
 *   target/conflictmap.jar --config nightly.yml --gazetteer gazetteer/gazetteer.bin
 * </pre>
 */
@Command(name = "conflictmap-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs 'conflictmap run' with Spark: reading, geoparsing and event extraction in Spark tasks,",
            "events merged per (place, day, type) on the executors, and the very same output files as a",
            "local run (events.csv places.csv unresolved.csv errors.csv aggregates.csv events.geojson",
            "events.kml events.gpkg manifest.json, then figures), written by the driver under --output.",
            "Inputs and the output folder must be visible to the driver and executors alike (a shared mount);",
            "the gazetteer is shipped with the job (--files) and opened once per executor JVM."
        },
        footer = {"", "Exit codes: as 'conflictmap run' (0, 65, 66, 73, 74, 78, 1)."})
public final class SparkMain implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "YAML configuration (as for 'run').")
    Path config;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH|URI",
            description = "Input file or folder, or a Hadoop URI (hdfs://, s3a://, file://; globs allowed); repeatable.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|URI",
            description = "Output folder (default: output), or a Hadoop URI: the run writes a local staging folder"
                    + " (--staging), then copies it there.")
    String output;

    @Option(names = "--staging", paramLabel = "DIR",
            description = "Local folder the driver writes before copying to an output URI (default: one per URI"
                    + " under the temporary folder; kept, with the incremental state).")
    Path staging;

    @Option(names = {"-g", "--gazetteer"}, paramLabel = "FILE", description = "Compiled gazetteer file.")
    Path gazetteer;

    @Option(names = "--full", description = "Parse every input again, ignoring cached results.")
    boolean full;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not given by spark-submit (default: local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Read tasks and shuffle partitions (default: 4 x default parallelism).")
    int partitions;

    @Option(names = {"-v", "--verbose"}, description = "Log per input file.")
    boolean verbose;

    @Override
    public Integer call() {
        RunLog log = RunLog.console(verbose);
        try {
            BatchRunner.Result r;
            if (output != null && InputConfig.isUri(output)) {
                Path stage = staging != null ? staging : RemoteOutput.staging(output);
                RunConfig cfg = RunSetup.resolveArgs(config, inputs, stage, gazetteer, null);
                r = SparkLauncher.run(cfg, full, master, partitions, log, output);
                log.info("copied the outputs from " + stage + " to " + output);
            } else {
                RunConfig cfg = RunSetup.resolveArgs(config, inputs, output == null ? null : Path.of(output),
                        gazetteer, null);
                r = SparkLauncher.run(cfg, full, master, partitions, log);
            }
            log.summary(r.summary());
            return r.exitCode();
        } catch (RunException e) {
            log.error(e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            log.error("internal error: " + e);
            e.printStackTrace();
            return ExitCode.INTERNAL;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }
}
