package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.conflictmap.events.Event;
import org.conflictmap.events.Precision;
import org.conflictmap.render.Drawing;
import org.conflictmap.render.Palette;

/**
 * Small multiples: one panel per ISO week, month or event type, all with the same extent,
 * projection and bubble size scale (so panels compare), one legend and one attribution footer.
 * At most {@link #MAX_PANELS} panels (the earliest periods); the subtitle says when some were left out.
 */
public final class SmallMultiples implements Drawing {

    /** Most panels on one page. */
    public static final int MAX_PANELS = 24;

    private record Panel(String label, MapData data) {
    }

    private final MapData data;
    private final MapStyle style;
    private final List<Panel> panels = new ArrayList<>();
    private final int omitted;

    /** Panels for {@code events} grouped by {@code by}. */
    public SmallMultiples(MapData data, MapEvents events, MapSpec.Multiples by, MapStyle style) {
        this.style = style;
        Map<String, List<Event>> groups = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        for (Event e : events.events()) {
            String key;
            String label;
            switch (by) {
                case WEEK -> {
                    int wy = e.date().get(IsoFields.WEEK_BASED_YEAR);
                    int w = e.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    key = String.format(Locale.ROOT, "%d-W%02d", wy, w);
                    LocalDate monday = e.date().minusDays(e.date().getDayOfWeek().getValue() - 1L);
                    label = key + " (" + day.format(monday) + " \u2013 " + day.format(monday.plusDays(6)) + ")";
                }
                case MONTH -> {
                    key = e.date().toString().substring(0, 7);
                    label = month.format(e.date());
                }
                default -> {
                    key = String.format(Locale.ROOT, "%02d", e.type().ordinal());
                    label = e.type().label();
                }
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            labels.put(key, label);
        }
        int ref = data.sizeReference();
        Set<MapLayer> layers = EnumSet.noneOf(MapLayer.class);
        for (MapLayer l : List.of(MapLayer.BASE, MapLayer.ADMIN1, MapLayer.WATER, MapLayer.DISPUTED, MapLayer.BUBBLES,
                MapLayer.DENSITY, MapLayer.CHOROPLETH, MapLayer.LABELS)) {
            if (data.has(l)) {
                layers.add(l);
            }
        }
        int n = 0;
        for (Map.Entry<String, List<Event>> g : groups.entrySet()) {
            if (n++ >= MAX_PANELS) {
                break;
            }
            // as on the single map: country-level events count in the panel title, but have no point to draw
            List<Event> located = g.getValue().stream().filter(e -> e.precision() != Precision.COUNTRY).toList();
            MapEvents sub = new MapEvents(located, List.of());
            double[] lon = located.stream().mapToDouble(Event::lon).toArray();
            double[] lat = located.stream().mapToDouble(Event::lat).toArray();
            String label = labels.get(g.getKey()) + String.format(Locale.ROOT, " \u00b7 %,d", g.getValue().size())
                    + (located.size() < g.getValue().size()
                    ? String.format(Locale.ROOT, " (%,d at a place)", located.size()) : "");
            panels.add(new Panel(label, data.panel(sub.bubbles(), new MapData.PointSet(lon, lat), data.text(), layers, ref)));
        }
        this.omitted = Math.max(0, groups.size() - MAX_PANELS);
        String subtitle = data.text().subtitle() + (omitted > 0
                ? String.format(Locale.ROOT, " \u00b7 first %d of %d panels shown", MAX_PANELS, groups.size()) : "");
        this.data = data.panel(data.bubbles(), data.points(),
                new MapData.Texts(data.text().title(), subtitle, data.text().attribution(), data.text().note(),
                        groups.isEmpty() ? "No events to map" : ""), data.layers(), ref);
    }

    /** Number of panels. */
    public int panelCount() {
        return panels.size();
    }

    private int columns() {
        int n = Math.max(1, panels.size());
        return n <= 2 ? n : n <= 4 ? 2 : n <= 9 ? 3 : 4;
    }

    private double aspect() {
        double a = data.fitExtent().getWidth() / Math.max(1e-9, data.fitExtent().getHeight());
        return Math.max(0.8, Math.min(2.0, a));
    }

    private double panelTitleHeight() {
        return TextPainter.lineHeight(style.legendHeading()) + 1.5 * style.pt();
    }

    /** Page height for a width. */
    public int pageHeight(int width) {
        double m = style.margin();
        int cols = columns();
        int rows = (int) Math.ceil(Math.max(1, panels.size()) / (double) cols);
        double gap = 4 * style.pt();
        double pw = (width - 2 * m - (cols - 1) * gap) / cols;
        double ph = pw / aspect();
        double legendH = legendHeight(pw, ph, width - 2 * m);
        return (int) Math.round(MapLayout.headerHeight(style) + rows * (ph + panelTitleHeight() + gap) + legendH + gap
                + MapLayout.footerHeight(style));
    }

    /**
     * The symbol sizes all panels share (pw × ph pixels each): full size, the reference count being the largest
     * (generalised) symbol of any panel, so panels compare and the one legend holds for all.
     */
    private SymbolPainter sharedSymbols(double pw, double ph) {
        Rectangle2D panel = new Rectangle2D.Double(0, 0, pw, ph);
        GeoShapes shapes = new GeoShapes(new MapView(data.projection(), data.fitExtent(), panel));
        int reference = 1;
        for (Panel p : panels) {
            reference = Math.max(reference, MapRenderer.symbols(p.data(), style, panel, shapes, 1, 0).painter().reference());
        }
        return MapRenderer.symbols(data, style, panel, shapes, 1, reference).painter();
    }

    /** The legend for panels pw × ph pixels: symbol sizes as drawn in the panels, lines visible in them. */
    private LegendPainter legend(double pw, double ph) {
        Rectangle2D panel = new Rectangle2D.Double(0, 0, pw, ph);
        GeoShapes shapes = new GeoShapes(new MapView(data.projection(), data.fitExtent(), panel));
        List<Bubble> shown = new ArrayList<>();
        for (Panel p : panels) {
            shown.addAll(p.data().bubbles());
        }
        MapData legendData = data.panel(shown, data.points(), data.text(), data.layers(), data.sizeReference());
        return new LegendPainter(style, legendData, sharedSymbols(pw, ph), null, LegendPainter.lineEntries(data, shapes, style));
    }

    private double legendHeight(double pw, double ph, double width) {
        LegendPainter legend = legend(pw, ph);
        return legend.isEmpty() || !data.has(MapLayer.LEGEND) ? 0 : legend.stripHeight(width);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Palette.BACKGROUND);
        g.fill(area);
        double m = style.margin();
        int cols = columns();
        double gap = 4 * style.pt();
        double pw = (area.getWidth() - 2 * m - (cols - 1) * gap) / cols;
        double ph = pw / aspect();
        double y0 = area.getY() + MapLayout.headerHeight(style);
        double th = panelTitleHeight();
        int rows = (int) Math.ceil(Math.max(1, panels.size()) / (double) cols);
        double legendH = legendHeight(pw, ph, area.getWidth() - 2 * m);
        double avail = area.getHeight() - MapLayout.headerHeight(style) - MapLayout.footerHeight(style) - legendH - gap;
        if (rows * (ph + th + gap) > avail) {
            ph = Math.max(20, avail / rows - th - gap);
        }
        SymbolPainter shared = sharedSymbols(pw, ph);
        double scale = shared.scale();
        int reference = shared.reference();
        for (int i = 0; i < panels.size(); i++) {
            int r = i / cols;
            int c = i % cols;
            double x = area.getX() + m + c * (pw + gap);
            double y = y0 + r * (ph + th + gap);
            Panel p = panels.get(i);
            TextPainter.draw(g, p.label(), style.legendHeading(), x, y + TextPainter.ascent(style.legendHeading()));
            Rectangle2D frame = new Rectangle2D.Double(x, y + th, pw, ph);
            Shape old = g.getClip();
            g.clip(frame);
            new MapRenderer(p.data(), style, false, 4, true).withSymbolSizes(scale, reference).draw(g, frame);
            g.setClip(old);
            g.setColor(new Color(0x8C8C8C));
            g.setStroke(new BasicStroke(style.line(0.5)));
            g.draw(frame);
        }
        double ly = y0 + rows * (ph + th + gap);
        LegendPainter legend = legend(pw, ph);
        if (!legend.isEmpty() && data.has(MapLayer.LEGEND)) {
            legend.paintStrip(g, area.getX() + m, ly, area.getWidth() - 2 * m);
        }
        MapLayout layout = MapLayout.of(area, style);
        MapRenderer texts = new MapRenderer(data, style);
        texts.paintTexts(g, layout);
        if (panels.isEmpty()) {
            TextPainter.Style s = style.notice();
            TextPainter.draw(g, "No events to map", s, area.getCenterX() - TextPainter.width("No events to map", s) / 2,
                    area.getCenterY());
        }
    }

}
