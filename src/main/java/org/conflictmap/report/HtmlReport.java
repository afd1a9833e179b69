package org.conflictmap.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.export.UnresolvedRow;
import org.conflictmap.render.Palette;

/**
 * Renders the report as one self-contained HTML page: images are data: URIs, styles inline and pinned by hash in a
 * Content-Security-Policy that forbids scripts, so the page works offline, from a file, mailed or archived. All data
 * text is escaped with {@link Html}.
 */
final class HtmlReport {

    /** Rows of the top-places table. */
    static final int TOP_PLACES = 25;
    /** Places with a provenance entry. */
    static final int PROVENANCE_PLACES = 100;
    /** Events listed per place in the provenance section. */
    static final int EVENTS_PER_PLACE = 25;
    /** Rows of the unresolved-names table. */
    static final int UNRESOLVED_ROWS = 200;

    private final ReportData data;
    private final List<EmbeddedImage> images;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private final List<PlaceSummary> places;

    HtmlReport(ReportData data, List<EmbeddedImage> images) {
        this(data, images, PlaceSummary.of(data.events()));
    }

    /** A page whose {@code places} are {@code PlaceSummary.of(data.events())}, computed once for both reports. */
    HtmlReport(ReportData data, List<EmbeddedImage> images, List<PlaceSummary> places) {
        this.data = data;
        this.images = images;
        this.places = places;
    }

    /** The page. */
    String render() {
        String css = css();
        RunSummary s = data.summary();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; ")
                .append("style-src '").append(sha256(css)).append("'; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(data.title())).append("</title>\n")
                .append("<style>").append(css).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(Html.text(data.title())).append("</h1>\n<p class=\"lede\">")
                .append(Html.text(ReportText.period(data.events()))).append(" · ")
                .append(Html.text(ReportText.plural(data.events().size(), "event"))).append(" at ")
                .append(Html.text(ReportText.plural(places.size(), "place"))).append("</p>\n");
        out.append("<nav><a href=\"#summary\">Summary</a> <a href=\"#figures\">Maps and charts</a> ")
                .append("<a href=\"#places\">Top places</a> <a href=\"#unresolved\">Unresolved names</a> ")
                .append("<a href=\"#provenance\">Provenance</a> <a href=\"#data\">Data files</a></nav>\n</header>\n");
        summary(s);
        figures();
        topPlaces(places);
        unresolved();
        provenance(places);
        dataFiles();
        out.append("<footer><p>").append(Html.text(ReportText.footer(s))).append("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void summary(RunSummary s) {
        out.append("<section id=\"summary\">\n<h2>Run summary</h2>\n<dl class=\"facts\">\n");
        for (String[] f : ReportText.facts(s, data.events())) {
            out.append("<div><dt>").append(Html.text(f[0])).append("</dt><dd>").append(Html.text(f[1]))
                    .append("</dd></div>\n");
        }
        out.append("</dl>\n");
        if (!s.inputs().isEmpty()) {
            out.append("<details><summary>Inputs (").append(s.inputs().size()).append(")</summary>\n")
                    .append("<table class=\"num\"><thead><tr><th>File</th><th>Records</th><th>Processed</th>")
                    .append("<th>Skipped</th></tr></thead><tbody>\n");
            for (RunSummary.Input in : s.inputs()) {
                out.append("<tr><td>").append(Html.text(in.file()));
                if (!in.failure().isEmpty()) {
                    out.append(" <span class=\"warn\">").append(Html.text(in.failure())).append("</span>");
                }
                out.append("</td><td>").append(n(in.records())).append("</td><td>").append(n(in.processed()))
                        .append("</td><td>").append(n(in.skipped())).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n</details>\n");
        }
        out.append("</section>\n");
    }

    private void figures() {
        out.append("<section id=\"figures\">\n<h2>Maps and charts</h2>\n");
        if (images.isEmpty()) {
            out.append("<p class=\"note\">No maps or charts were produced in this run.</p>\n");
        }
        out.append("<div class=\"figs\">\n");
        for (EmbeddedImage im : images) {
            Figure f = im.figure();
            out.append("<figure").append(im.wide() ? " class=\"wide\"" : "").append(">\n");
            if (im.dataUri() != null) {
                out.append("<img src=\"").append(im.dataUri()).append("\" alt=\"").append(Html.attr(f.alt()))
                        .append('"');
                if (im.width() > 0) {
                    out.append(" width=\"").append(im.width()).append("\" height=\"").append(im.height()).append('"');
                }
                out.append(">\n");
            } else {
                out.append("<p class=\"warn\">").append(Html.text(im.problem())).append("</p>\n");
            }
            out.append("<figcaption><strong>").append(Html.text(f.title())).append("</strong> ");
            if (!f.captionInImage() || im.dataUri() == null) {
                out.append(Html.text(f.caption()));
            }
            if (!im.links().isEmpty()) {
                out.append(" <span class=\"files\">");
                for (String[] l : im.links()) {
                    out.append("<a href=\"").append(Html.attr(Html.href(l[1]))).append("\">")
                            .append(Html.text(l[0])).append("</a> ");
                }
                out.append("</span>");
            }
            out.append("</figcaption>\n</figure>\n");
        }
        out.append("</div>\n</section>\n");
    }

    private void topPlaces(List<PlaceSummary> places) {
        out.append("<section id=\"places\">\n<h2>Top places</h2>\n");
        if (places.isEmpty()) {
            out.append("<p class=\"note\">No events, so no places.</p>\n</section>\n");
            return;
        }
        int shown = Math.min(TOP_PLACES, places.size());
        out.append("<p class=\"note\">").append(Html.text(shown < places.size()
                ? "The " + shown + " places with most events, of " + places.size() + " (all in places.csv)."
                : "All " + ReportText.plural(places.size(), "place") + " with events.")).append("</p>\n");
        out.append("<table class=\"num\"><thead><tr><th>#</th><th>Place</th><th>Country</th><th>Region</th>")
                .append("<th>Events</th><th>Documents</th><th>First</th><th>Last</th></tr></thead><tbody>\n");
        for (int i = 0; i < shown; i++) {
            PlaceSummary p = places.get(i);
            out.append("<tr><td>").append(i + 1).append("</td><td>");
            if (i < PROVENANCE_PLACES) {
                out.append("<a href=\"#p").append(p.placeId() < 0 ? "m" + -p.placeId() : p.placeId()).append("\">")
                        .append(Html.text(p.place())).append("</a>");
            } else {
                out.append(Html.text(p.place()));
            }
            String note = ReportText.precisionNote(p.precision());
            if (!note.isEmpty()) {
                out.append(" <span class=\"doc\">").append(Html.text(note)).append("</span>");
            }
            out.append("</td><td>")
                    .append(Html.text(p.countryName().isEmpty() ? p.country() : p.countryName()))
                    .append("</td><td>").append(Html.text(p.admin1())).append("</td><td>").append(p.events().size())
                    .append("</td><td>").append(p.documents().size()).append("</td><td>").append(p.first())
                    .append("</td><td>").append(p.last()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    private void unresolved() {
        out.append("<section id=\"unresolved\">\n<h2>Unresolved names</h2>\n");
        List<UnresolvedRow> rows = data.unresolved();
        if (rows.isEmpty()) {
            out.append("<p class=\"note\">Every place name found was placed.</p>\n</section>\n");
            return;
        }
        int shown = Math.min(UNRESOLVED_ROWS, rows.size());
        out.append("<p class=\"note\">").append(Html.text("Names that look like places but could not be placed "
                + "(not in the gazetteer, or too ambiguous). Most mentioned first"
                + (shown < rows.size() ? "; " + shown + " of " + rows.size() + " shown, all in unresolved.csv."
                : "."))).append("</p>\n");
        out.append("<table><thead><tr><th>Name</th><th class=\"n\">Mentions</th><th class=\"n\">Documents</th>")
                .append("<th>Example</th></tr></thead><tbody>\n");
        for (UnresolvedRow u : rows.subList(0, shown)) {
            out.append("<tr><td>").append(Html.text(u.name())).append("</td><td class=\"n\">").append(u.mentions())
                    .append("</td><td class=\"n\">").append(u.documents()).append("</td><td><q>")
                    .append(Html.text(u.exampleSentence())).append("</q> <span class=\"doc\">")
                    .append(Html.text(u.exampleDocument())).append("</span></td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    private void provenance(List<PlaceSummary> places) {
        out.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<p class=\"note\">")
                .append(Html.text("For each place, the events counted there with the documents that report them "
                        + "and one supporting sentence. Open a place to read them."
                        + (places.size() > PROVENANCE_PLACES ? " The " + PROVENANCE_PLACES
                        + " places with most events are listed; events.csv has all." : "")))
                .append("</p>\n");
        for (PlaceSummary p : places.subList(0, Math.min(PROVENANCE_PLACES, places.size()))) {
            out.append("<details id=\"p").append(p.placeId() < 0 ? "m" + -p.placeId() : p.placeId())
                    .append("\"><summary><strong>").append(Html.text(p.place())).append("</strong> ")
                    .append(Html.text(ReportText.placeLine(p))).append("</summary>\n<ul class=\"ev\">\n");
            List<Event> evs = p.events();
            for (Event e : evs.subList(0, Math.min(EVENTS_PER_PLACE, evs.size()))) {
                out.append("<li><span class=\"d\">").append(e.date()).append("</span> <span class=\"sw sw-")
                        .append(e.type().key()).append("\"></span>").append(Html.text(e.type().label()))
                        .append(" · ").append(Html.text(ReportText.plural(e.sources(), "source"))).append(": ")
                        .append(Html.text(String.join(", ", e.documents())));
                if (!e.evidence().isEmpty()) {
                    out.append("<blockquote>").append(Html.text(e.evidence())).append("</blockquote>");
                }
                out.append("</li>\n");
            }
            if (evs.size() > EVENTS_PER_PLACE) {
                out.append("<li class=\"note\">").append(Html.text("and " + (evs.size() - EVENTS_PER_PLACE)
                        + " more events in events.csv")).append("</li>\n");
            }
            out.append("</ul>\n</details>\n");
        }
        out.append("</section>\n");
    }

    private void dataFiles() {
        out.append("<section id=\"data\">\n<h2>Data files</h2>\n<ul class=\"files\">\n");
        for (String f : data.dataFiles()) {
            String name = f.substring(f.lastIndexOf('/') + 1);
            out.append("<li><a href=\"").append(Html.attr(Html.href(f))).append("\">").append(Html.text(name))
                    .append("</a> — ").append(Html.text(RunDirReader.DATA_FILES.getOrDefault(name, "")))
                    .append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static String n(long v) {
        return v < 0 ? "–" : Long.toString(v);
    }

    static String css() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                :root{--text:#222;--muted:#5f5f5f;--rule:#e3e3e3;--bg:#fff;--accent:#0072b2}
                *{box-sizing:border-box}
                body{margin:0 auto;max-width:1100px;padding:24px 28px 48px;font:16px/1.5 "Noto Sans","Segoe UI",\
                Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--text);background:var(--bg)}
                h1{font-size:1.9rem;margin:.2em 0 .1em}h2{font-size:1.35rem;margin:1.8em 0 .5em;\
                border-bottom:1px solid var(--rule);padding-bottom:.2em}
                .lede{color:var(--muted);margin:0 0 .8em;font-size:1.05rem}
                nav a{margin-right:1em;color:var(--accent);text-decoration:none}nav a:hover{text-decoration:underline}
                .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:10px 18px;margin:0}
                .facts div{border-left:3px solid var(--accent);padding:2px 0 2px 10px}
                .facts dt{color:var(--muted);font-size:.85rem}.facts dd{margin:0;font-size:1.05rem}
                .figs{display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:22px}
                figure{margin:0}figure.wide{grid-column:1/-1}
                figure img{display:block;width:100%;height:auto;border:1px solid var(--rule)}
                figcaption{font-size:.9rem;color:var(--text);margin-top:6px}
                .files a{font-size:.85rem;color:var(--accent)}
                table{border-collapse:collapse;width:100%;font-size:.92rem}
                th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--rule);vertical-align:top}
                th{font-weight:600;color:var(--muted);font-size:.85rem}
                table.num td:nth-child(n+5),table.num th:nth-child(n+5),td.n,th.n{text-align:right;\
                font-variant-numeric:tabular-nums}
                #summary table.num td:nth-child(n+2),#summary table.num th:nth-child(n+2){text-align:right}
                q{quotes:"“" "”"}.doc,.d{color:var(--muted);font-size:.85rem}
                details{border-bottom:1px solid var(--rule);padding:6px 0}summary{cursor:pointer}
                ul.ev{margin:.4em 0 .6em;padding-left:1.2em}ul.ev li{margin:.35em 0}
                blockquote{margin:.2em 0 0;padding-left:.8em;border-left:3px solid var(--rule);color:#333}
                .sw{display:inline-block;width:.8em;height:.8em;margin:0 .35em 0 .2em;vertical-align:-.05em;\
                border:1px solid #333}
                .note{color:var(--muted);font-size:.92rem}.warn{color:#b00020}
                footer{margin-top:3em;color:var(--muted);font-size:.85rem;border-top:1px solid var(--rule)}
                @media print{nav{display:none}details{break-inside:avoid}}
                """);
        for (EventType t : EventType.values()) {
            java.awt.Color c = Palette.color(t);
            sb.append(".sw-").append(t.key()).append("{background:")
                    .append(String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue()))
                    .append("}\n");
        }
        return sb.toString();
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
