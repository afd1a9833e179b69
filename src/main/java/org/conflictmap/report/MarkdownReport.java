package org.conflictmap.report;

import java.nio.file.Path;
import java.util.List;
import org.conflictmap.events.Event;
import org.conflictmap.export.UnresolvedRow;

/** Renders report.md: the same content as the HTML page, for pasting into other documents. */
final class MarkdownReport {

    /** Places with a provenance entry in Markdown (shorter than the page). */
    static final int PROVENANCE_PLACES = 20;
    /** Events per place in Markdown. */
    static final int EVENTS_PER_PLACE = 10;

    private final ReportData data;
    private final Path reportDir;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    private final List<PlaceSummary> places;

    MarkdownReport(ReportData data, Path reportDir) {
        this(data, reportDir, PlaceSummary.of(data.events()));
    }

    /** A report whose {@code places} are {@code PlaceSummary.of(data.events())}, computed once for both reports. */
    MarkdownReport(ReportData data, Path reportDir, List<PlaceSummary> places) {
        this.data = data;
        this.reportDir = reportDir;
        this.places = places;
    }

    String render() {
        out.append("# ").append(Markdown.text(data.title())).append("\n\n");
        out.append(Markdown.text(ReportText.period(data.events()) + " · "
                + ReportText.plural(data.events().size(), "event") + " at "
                + ReportText.plural(places.size(), "place"))).append("\n\n## Run summary\n\n");
        for (String[] f : ReportText.facts(data.summary(), data.events())) {
            out.append("- **").append(Markdown.text(f[0])).append(":** ").append(Markdown.text(f[1])).append('\n');
        }
        out.append("\n## Maps and charts\n\n");
        if (data.figures().isEmpty()) {
            out.append("No maps or charts were produced in this run.\n\n");
        }
        for (Figure f : data.figures()) {
            out.append("![").append(Markdown.text(f.alt())).append("](")
                    .append(Markdown.link(EmbeddedImage.relative(reportDir, f.image()))).append(")\n\n")
                    .append("*").append(Markdown.text(f.title())).append(".* ").append(Markdown.text(f.caption()))
                    .append("\n\n");
        }
        out.append("## Top places\n\n");
        if (places.isEmpty()) {
            out.append("No events, so no places.\n\n");
        } else {
            out.append("| # | Place | Country | Region | Events | Documents | First | Last |\n")
                    .append("|---:|---|---|---|---:|---:|---|---|\n");
            int shown = Math.min(HtmlReport.TOP_PLACES, places.size());
            for (int i = 0; i < shown; i++) {
                PlaceSummary p = places.get(i);
                out.append("| ").append(i + 1).append(" | ").append(Markdown.text(p.place())).append(" | ")
                        .append(Markdown.text(p.countryName().isEmpty() ? p.country() : p.countryName()))
                        .append(" | ").append(Markdown.text(p.admin1())).append(" | ").append(p.events().size())
                        .append(" | ").append(p.documents().size()).append(" | ").append(p.first()).append(" | ")
                        .append(p.last()).append(" |\n");
            }
            out.append('\n');
        }
        out.append("## Unresolved names\n\n");
        List<UnresolvedRow> un = data.unresolved();
        if (un.isEmpty()) {
            out.append("Every place name found was placed.\n\n");
        } else {
            out.append("| Name | Mentions | Documents | Example |\n|---|---:|---:|---|\n");
            for (UnresolvedRow u : un.subList(0, Math.min(HtmlReport.UNRESOLVED_ROWS, un.size()))) {
                out.append("| ").append(Markdown.text(u.name())).append(" | ").append(u.mentions()).append(" | ")
                        .append(u.documents()).append(" | “").append(Markdown.text(u.exampleSentence()))
                        .append("” (").append(Markdown.text(u.exampleDocument())).append(") |\n");
            }
            out.append('\n');
        }
        out.append("## Provenance\n\n");
        for (PlaceSummary p : places.subList(0, Math.min(PROVENANCE_PLACES, places.size()))) {
            out.append("**").append(Markdown.text(p.place())).append("** ")
                    .append(Markdown.text(ReportText.placeLine(p))).append("\n\n");
            List<Event> evs = p.events();
            for (Event e : evs.subList(0, Math.min(EVENTS_PER_PLACE, evs.size()))) {
                out.append("- ").append(e.date()).append(" · ").append(Markdown.text(e.type().label())).append(" · ")
                        .append(Markdown.text(String.join(", ", e.documents())));
                if (!e.evidence().isEmpty()) {
                    out.append(": “").append(Markdown.text(e.evidence())).append('”');
                }
                out.append('\n');
            }
            if (evs.size() > EVENTS_PER_PLACE) {
                out.append("- … and ").append(evs.size() - EVENTS_PER_PLACE).append(" more in events.csv\n");
            }
            out.append('\n');
        }
        if (places.size() > PROVENANCE_PLACES) {
            out.append(Markdown.text("The " + PROVENANCE_PLACES + " places with most events are listed; "
                    + "index.html lists " + HtmlReport.PROVENANCE_PLACES + " and events.csv has all.")).append("\n\n");
        }
        out.append("## Data files\n\n");
        for (String f : data.dataFiles()) {
            String name = f.substring(f.lastIndexOf('/') + 1);
            out.append("- [").append(Markdown.text(name)).append("](").append(Markdown.link(f)).append(") — ")
                    .append(Markdown.text(RunDirReader.DATA_FILES.getOrDefault(name, ""))).append('\n');
        }
        out.append("\n---\n\n").append(Markdown.text(ReportText.footer(data.summary()))).append('\n');
        return out.toString();
    }
}
