package org.conflictmap.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays out the description and footer of every command as paragraphs filled to the usage width, so that
 * help written as source lines reads as prose on any terminal instead of lines broken twice. A blank line
 * separates paragraphs; a line indented by spaces (a list, an example command) is kept as written, or
 * wrapped under its own indent when too long; a line after one ending in ':' and a line starting with "- "
 * begin a new paragraph.
 */
final class HelpLayout {

    private HelpLayout() {
    }

    /** Installs the layout on {@code cl} and all its subcommands. */
    static void install(CommandLine cl) {
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> text(help.commandSpec().usageMessage().description(), help.commandSpec().usageMessage().width()));
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> text(help.commandSpec().usageMessage().footer(), help.commandSpec().usageMessage().width()));
        for (CommandLine sub : cl.getSubcommands().values()) {
            install(sub);
        }
    }

    private static String text(String[] lines, int width) {
        if (lines.length == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String line : fill(lines, width)) {
            b.append(line).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** The lines of {@code source} filled into paragraphs of at most {@code width} columns. */
    static List<String> fill(String[] source, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        String paraIndent = "";
        String prev = "";
        for (String line : source) {
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            boolean item = line.startsWith("- ");
            if (line.isBlank() || indented || item || prev.endsWith(":")) {
                flush(out, para, paraIndent, width);
            }
            if (line.isBlank()) {
                out.add("");
            } else if (indented && line.length() <= width) {
                out.add(line);
            } else if (indented) {
                int lead = 0;
                while (lead < line.length() && line.charAt(lead) == ' ') {
                    lead++;
                }
                wrap(out, line.strip(), " ".repeat(lead), " ".repeat(lead + 2), width);
            } else {
                if (para.length() == 0) {
                    paraIndent = item ? "  " : "";
                } else if (!brokenWord(para)) {
                    para.append(' ');
                }
                para.append(line.strip());
            }
            prev = line.strip();
        }
        flush(out, para, paraIndent, width);
        return out;
    }

    /** True when the paragraph so far ends in a word broken at its hyphen ("Content-Security-"). */
    private static boolean brokenWord(StringBuilder para) {
        int n = para.length();
        return n >= 2 && para.charAt(n - 1) == '-' && Character.isLetter(para.charAt(n - 2));
    }

    private static void flush(List<String> out, StringBuilder para, String hang, int width) {
        if (para.length() > 0) {
            wrap(out, para.toString(), "", hang, width);
            para.setLength(0);
        }
    }

    private static void wrap(List<String> out, String text, String first, String rest, int width) {
        StringBuilder line = new StringBuilder(first);
        int words = 0;
        for (String word : text.split(" +")) {
            if (words > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                words = 0;
            }
            if (words > 0) {
                line.append(' ');
            }
            line.append(word);
            words++;
        }
        out.add(line.toString());
    }
}
