package org.conflictmap.cli;

import org.conflictmap.batch.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar conflictmap.jar COMMAND ...}. */
@Command(name = "conflictmap",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Offline geoparser and map/chart renderer for armed-conflict reporting.",
            "Reads articles in many languages and event tables, resolves every place name against a",
            "GeoNames-derived gazetteer, and writes events, GIS layers, maps, charts and an HTML report.",
            "",
            "Run 'conflictmap COMMAND --help' to learn a command."
        },
        footer = {
            "",
            "Exit codes: 0 success; 1 internal error or nothing found; 2 bad command line;",
            "  65 some input records were bad; 66 no input; 73 output cannot be written;",
            "  74 I/O error; 78 bad configuration.",
            "Place names: GeoNames (CC BY 4.0) - Boundaries: Natural Earth (public domain)."
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // one line per subcommand; keep alphabetical to ease merges
        cl.addSubcommand(new BasemapCommand());
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new ChartCommand());
        cl.addSubcommand(new EvalCommand());
        cl.addSubcommand(new GazetteerCommand());
        cl.addSubcommand(new GeoparseCommand());
        cl.addSubcommand(new MapBenchCommand());
        cl.addSubcommand(new MapCommand());
        cl.addSubcommand(new ReportCommand());
        cl.addSubcommand(new RunCommand());
        cl.addSubcommand(new TrainCommand());
        cl.addSubcommand(new ValidateCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        HelpLayout.install(cl);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Reads the version from the jar manifest (or "dev" when run from classes). */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"conflictmap " + version()};
        }

        /** The tool version (one definition: {@link ToolVersion}). */
        public static String version() {
            return ToolVersion.get();
        }
    }
}
