package org.conflictmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictmap.batch.ConfigException;
import org.conflictmap.batch.ConfigLoader;
import org.conflictmap.batch.ExitCode;
import org.conflictmap.batch.FigureStage;
import org.conflictmap.batch.FigureStages;
import org.conflictmap.batch.InputConfig;
import org.conflictmap.batch.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflictmap validate}: checks a run configuration without running it. */
@Command(name = "validate", usageHelpAutoWidth = true,
        description = {
            "Checks a run configuration: YAML syntax, unknown keys, types and ranges (each problem with its",
            "line number), the maps/charts/report sections, and whether the inputs exist.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 valid (missing inputs are warnings); 78 invalid configuration."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", required = true, description = "The YAML configuration.")
    Path config;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final List<FigureStage> stages;

    /** Validates against the standard figure stages. */
    public ValidateCommand() {
        this(FigureStages.standard());
    }

    ValidateCommand(List<FigureStage> stages) {
        this.stages = stages;
    }

    @Override
    public Integer call() {
        try {
            RunConfig cfg = ConfigLoader.load(config);
            List<String> problems = new java.util.ArrayList<>();
            for (FigureStage s : stages) {
                for (String p : s.validate(cfg.section(s.name()))) {
                    problems.add(config + ": " + s.name() + ": " + p);
                }
            }
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            for (InputConfig in : cfg.inputs()) {
                if (in.uri() != null) {
                    System.err.println("conflictmap: note: input " + in.uri()
                            + " is a URI: only the Spark engine reads it (run --engine spark, or spark-submit);"
                            + " not checked here");
                } else if (!Files.exists(in.path())) {
                    System.err.println("conflictmap: warning: input not found: " + in.path());
                }
            }
            System.out.println(config + ": configuration OK (" + cfg.inputs().size() + " inputs, output "
                    + cfg.output() + ")");
            return ExitCode.OK;
        } catch (ConfigException e) {
            System.err.println("conflictmap: error: " + e.getMessage());
            return ExitCode.CONFIG;
        }
    }
}
