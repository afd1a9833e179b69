package org.conflictmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpLayoutTest {

    @Test
    void sourceLinesBecomeFilledParagraphs() {
        String[] source = {
            "Reads articles and event tables, finds and resolves every place name and writes",
            "under the output folder:",
            "  events.csv  places.csv",
            "  a very long indented line that goes on and on past the width of the terminal window",
            "and then the maps. A Content-Security-",
            "Policy forbids scripts.",
            "",
            "- an item that is long enough to wrap onto a second line",
        };
        List<String> out = HelpLayout.fill(source, 40);
        assertEquals(List.of(
                "Reads articles and event tables, finds",
                "and resolves every place name and writes",
                "under the output folder:",
                "  events.csv  places.csv",
                "  a very long indented line that goes on",
                "    and on past the width of the",
                "    terminal window",
                "and then the maps. A",
                "Content-Security-Policy forbids scripts.",
                "",
                "- an item that is long enough to wrap",
                "  onto a second line"), out);
    }

    @Test
    void everyCommandsHelpFitsTheUsageWidth() {
        check(Main.commandLine());
    }

    private static void check(CommandLine cl) {
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w));
        String[] lines = w.toString().split("\\R");
        String[] description = cl.getCommandSpec().usageMessage().description();
        for (String line : lines) {
            // a single word longer than the width (a URL, a JSON sample) may stick out; nothing else
            assertTrue(line.length() <= 80 || !line.strip().contains(" "),
                    cl.getCommandName() + ": " + line);
        }
        if (description.length > 0) {
            assertTrue(w.toString().contains(description[0].split(" ")[0]), cl.getCommandName());
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            check(sub);
        }
    }
}
