package org.conflictmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code conflictmap gazetteer}: build, query and benchmark the compiled gazetteer. */
@Command(name = "gazetteer",
        mixinStandardHelpOptions = true,
        description = {
            "Build, query and benchmark the compiled place gazetteer (gazetteer/gazetteer.bin).",
            "The gazetteer is found at --gazetteer FILE, else $CONFLICTMAP_GAZETTEER, else",
            "./gazetteer/gazetteer.bin, else gazetteer/gazetteer.bin beside the jar's folder."
        },
        subcommands = {GazetteerBuildCommand.class, GazetteerLookupCommand.class, GazetteerBenchCommand.class})
public final class GazetteerCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
