package org.conflictmap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.conflictmap.batch.BatchRunner;
import org.conflictmap.batch.ExitCode;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunLog;
import org.conflictmap.batch.RunSetup;
import org.conflictmap.batch.StandardRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap run}: the batch job, from articles and event tables to events, data layers and figures. */
@Command(name = "run", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Reads articles (.txt/.md files, JSONL, CSV) and event tables (CSV, ACLED layout by default),",
            "finds and resolves every place name, builds dated, typed events and writes under the output folder:",
            "  events.csv places.csv unresolved.csv errors.csv aggregates.csv events.geojson events.kml events.gpkg",
            "  manifest.json (version, configuration, input/gazetteer/output SHA-256, counts, timings)",
            "and then the maps, charts and report when those stages are installed.",
            "With no arguments it runs on the bundled sample (./sample, else next to the jar) into ./output.",
            "Reruns are incremental: only new or changed input files are parsed again, and the outputs are",
            "byte-identical to those of a full run. A second run on the same output folder is refused.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  conflictmap run                                   # the bundled sample -> output/",
            "  conflictmap run --input articles/ --input acled.csv --output out/",
            "  conflictmap run --config nightly.yml --threads 2",
            "  conflictmap run --config nightly.yml --dry-run    # check configuration and inputs, write nothing",
            "",
            "Exit codes:",
            "  0   success",
            "  65  some input records were bad: outputs are still written, errors.csv lists them",
            "  66  no input (a configured input does not exist, or holds no files)",
            "  73  the output folder cannot be written, or another run holds its lock",
            "  74  I/O error reading an input or the gazetteer",
            "  78  bad configuration (the message names file and line)",
            "  1   internal error (a bug: please report it with the log)",
            "Logs go to stderr; a progress line is drawn only when stderr is a terminal."
        })
public final class RunCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML configuration (see conflictmap.yml); flags below override it.")
    Path config;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH",
            description = "An input file or folder (repeatable); replaces the configured inputs. With --engine spark,"
                    + " also a Hadoop URI (hdfs://, s3a://, file://; globs allowed).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: output).")
    Path output;

    @Option(names = "--full", description = "Parse every input again, ignoring cached results.")
    boolean full;

    @Option(names = "--dry-run", description = "Check the configuration, inputs and output folder; write nothing.")
    boolean dryRun;

    @Option(names = {"-g", "--gazetteer"}, paramLabel = "FILE",
            description = "Compiled gazetteer (default: $CONFLICTMAP_GAZETTEER, else gazetteer/gazetteer.bin).")
    Path gazetteer;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Geoparsing threads (default: one per core).")
    Integer threads;

    @picocli.CommandLine.Mixin
    EngineOption engine = new EngineOption();

    @Option(names = {"-v", "--verbose"}, description = "Also log progress messages per input file.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Function<RunLog, BatchRunner> runners;

    /** The command with the standard stages. */
    public RunCommand() {
        this(StandardRun::runner);
    }

    /** The command with another runner (tests). */
    public RunCommand(Function<RunLog, BatchRunner> runners) {
        this.runners = runners;
    }

    @Override
    public Integer call() {
        RunLog log = RunLog.console(verbose);
        try {
            RunConfig cfg = RunSetup.resolveArgs(config, inputs, output, gazetteer, threads);
            BatchRunner runner = runners.apply(log);
            if (dryRun) {
                for (String line : runner.plan(cfg)) {
                    System.out.println(line);
                }
                System.out.println("dry run: configuration and inputs OK; nothing written.");
                return ExitCode.OK;
            }
            BatchRunner.Result r = engine.run(runner, cfg, full, log);
            log.summary(r.summary());
            return r.exitCode();
        } catch (RunException e) {
            log.error(e.getMessage());
            return e.exitCode();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            log.error("internal error: " + e + "\n" + sw);
            return ExitCode.INTERNAL;
        }
    }
}
