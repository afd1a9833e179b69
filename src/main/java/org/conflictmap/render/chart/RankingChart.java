package org.conflictmap.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.render.Fonts;
import org.conflictmap.render.Palette;
import org.conflictmap.render.SizePreset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bar charts of the places, countries, admin-1 units or event types with most events, stacked by type (or
 * coloured by country), with the count at the end of each bar.
 */
public final class RankingChart {

    private RankingChart() {
    }

    /** A category: unique by key, shown by label. */
    record Cat(String key, String label) implements Comparable<Cat> {
        @Override
        public int compareTo(Cat o) {
            return key.compareTo(o.key);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Builds the ranking chart of {@code dim}. */
    public static ChartFigure build(List<Event> events, ChartSpec spec, Dimension dim) {
        return build(new ChartInputs(events), spec, dim);
    }

    static ChartFigure build(ChartInputs in, ChartSpec spec, Dimension dim) {
        ChartStyle st = new ChartStyle(spec.size());
        int n = dim == Dimension.TYPE ? EventType.values().length : fitRows(spec.size(), spec.topN());
        RankingData data = in.ranking(dim, n);
        Summary sum = in.summary();

        boolean byCountry = spec.colourBy() == ChartSpec.BarColouring.COUNTRY
                && (dim == Dimension.PLACE || dim == Dimension.ADMIN1);
        boolean stacked = dim != Dimension.TYPE && !byCountry;

        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<Cat> cats = new ArrayList<>();
        for (RankingData.Row r : data.rows()) {
            cats.add(new Cat(r.key(), r.label()));
        }
        List<EventType> types = new ArrayList<>();
        if (stacked) {
            for (EventType t : EventType.values()) {
                if (data.rows().stream().anyMatch(r -> r.byType().containsKey(t))) {
                    types.add(t);
                }
            }
            for (EventType t : types) {
                for (int i = 0; i < cats.size(); i++) {
                    ds.addValue(data.rows().get(i).byType().getOrDefault(t, 0), t.label(), cats.get(i));
                }
            }
        } else {
            for (int i = 0; i < cats.size(); i++) {
                ds.addValue(data.rows().get(i).total(), "Events", cats.get(i));
            }
        }

        CategoryAxis ca = new CategoryAxis(dim.axisLabel());
        st.axis(ca);
        ca.setCategoryMargin(0.28);
        ca.setLowerMargin(0.01);
        ca.setUpperMargin(0.01);
        ca.setMaximumCategoryLabelWidthRatio(0.34f);
        ca.setMaximumCategoryLabelLines(2);
        for (Cat c : cats) {
            ca.setTickLabelFont(c, Fonts.forText(c.label(), Font.PLAIN, st.px(6)));
        }
        NumberAxis va = new NumberAxis("Events");
        st.axis(va);
        va.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.ENGLISH));
        va.setUpperMargin(0.14);

        Map<String, Color> countryColours = byCountry ? countryColours(data) : Map.of();
        BarRenderer r;
        if (stacked) {
            r = new StackedBarRenderer();
            for (int i = 0; i < types.size(); i++) {
                r.setSeriesPaint(i, Palette.color(types.get(i)));
            }
        } else if (dim == Dimension.TYPE) {
            r = new ItemPaintRenderer(col -> Palette.color(EventType.parse(cats.get(col).key())));
        } else {
            r = new ItemPaintRenderer(col -> countryColours.getOrDefault(data.rows().get(col).country(),
                    Palette.GREY));
        }
        float side = st.px(6);
        r.setDefaultLegendShape(new Rectangle2D.Double(-side / 2, -side / 2, side, side));
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0);
        r.setMaximumBarWidth(1.0);

        CategoryPlot plot = new CategoryPlot(ds, ca, va, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(st.grid());
        plot.setRangeGridlineStroke(st.stroke(0.4));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(st.px(2), st.px(1), st.px(1), st.px(6)));
        for (int i = 0; i < cats.size(); i++) {
            CategoryTextAnnotation a = new CategoryTextAnnotation(String.format(java.util.Locale.ROOT, "  %,d",
                    data.rows().get(i).total()), cats.get(i), data.rows().get(i).total());
            a.setCategoryAnchor(CategoryAnchor.MIDDLE);
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            a.setFont(Fonts.regular(st.px(5.5)));
            a.setPaint(Palette.TEXT);
            plot.addAnnotation(a);
        }

        LegendTitle legend = null;
        if (stacked && !types.isEmpty()) {
            legend = new LegendTitle(plot);
        } else if (byCountry && !countryColours.isEmpty()) {
            LegendItemCollection items = new LegendItemCollection();
            Map<String, String> names = countryNames(in.events());
            Rectangle2D box = new Rectangle2D.Double(-st.px(3), -st.px(3), st.px(6), st.px(6));
            countryColours.forEach((cc, col) -> items.add(new LegendItem(names.getOrDefault(cc, cc.isEmpty()
                    ? "Unknown" : cc), null, null, null, box, col)));
            if (data.rows().stream().anyMatch(row -> !countryColours.containsKey(row.country()))) {
                items.add(new LegendItem("Other countries", null, null, null, box, Palette.GREY));
            }
            plot.setFixedLegendItems(items);
            legend = new LegendTitle(plot);
        }
        if (cats.isEmpty()) {
            TimelineChart.noData(plot, st);
            ca.setVisible(false);
            va.setVisible(false);
            plot.setRangeGridlinesVisible(false);
        }

        String title = title(dim, data);
        String caption = caption(dim, data, stacked, byCountry);
        JFreeChart chart = new JFreeChart(title, Fonts.bold(st.px(9)), plot, false);
        st.decorate(chart, title, sum.subtitle(), legend, caption, spec.attribution());
        return new ChartFigure(kind(dim), chart, height(spec.size(), Math.max(cats.size(), 3), legend != null), title,
                caption, alt(dim, data));
    }

    static ChartKind kind(Dimension d) {
        return switch (d) {
            case PLACE -> ChartKind.TOP_PLACES;
            case COUNTRY -> ChartKind.COUNTRIES;
            case ADMIN1 -> ChartKind.ADMIN1;
            case TYPE -> ChartKind.TYPES;
        };
    }

    /** Text space above and below the plot, in points (title, subtitle, legend, caption, attribution, axes). */
    static final double OVERHEAD_PT = 105;
    /** Height of one bar band in points. */
    static final double BAND_PT = 13;

    /** Height for {@code rows} bars; fixed for slides. */
    static int height(SizePreset p, int rows, boolean legend) {
        if (p == SizePreset.SLIDE) {
            return p.defaultHeightPx();
        }
        return Math.round(p.textPx(OVERHEAD_PT + (legend ? 0 : -12) + rows * BAND_PT));
    }

    /** Top N, reduced for slides so the bars stay legible in the fixed height. */
    static int fitRows(SizePreset p, int topN) {
        if (p != SizePreset.SLIDE) {
            return topN;
        }
        int fit = (int) ((p.defaultHeightPx() - p.textPx(OVERHEAD_PT)) / p.textPx(BAND_PT * 0.8));
        return Math.max(3, Math.min(topN, fit));
    }

    private static Map<String, Color> countryColours(RankingData data) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (RankingData.Row r : data.rows()) {
            totals.merge(r.country(), r.total(), Integer::sum);
        }
        List<Map.Entry<String, Integer>> list = new ArrayList<>(totals.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Color> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : list) {
            if (out.size() >= Palette.categoricalCount() - 1) {
                break;
            }
            out.put(e.getKey(), Palette.categorical(out.size()));
        }
        return out;
    }

    private static Map<String, String> countryNames(List<Event> events) {
        Map<String, String> m = new HashMap<>();
        for (Event e : events) {
            if (!e.countryName().isEmpty()) {
                m.putIfAbsent(e.country(), e.countryName());
            }
        }
        return m;
    }

    private static String title(Dimension dim, RankingData d) {
        return switch (dim) {
            case PLACE -> "Places with most events";
            case COUNTRY -> "Events by country";
            case ADMIN1 -> "Events by region (admin-1)";
            case TYPE -> "Events by type";
        };
    }

    private static String caption(Dimension dim, RankingData d, boolean stacked, boolean byCountry) {
        if (d.rows().isEmpty()) {
            return switch (dim) {
                case PLACE -> "No event is located at a place (country-level reports are not shown here).";
                case ADMIN1 -> "No event has a known region (admin-1).";
                default -> "No events were found in the input.";
            };
        }
        StringBuilder sb = new StringBuilder();
        String noun = switch (dim) {
            case PLACE -> "place";
            case COUNTRY -> "country";
            case ADMIN1 -> "region";
            case TYPE -> "type";
        };
        String nouns = noun.equals("country") ? "countries" : noun + "s";
        if (dim == Dimension.TYPE) {
            sb.append("Events per event type, in legend order; colours as on the maps.");
        } else if (d.rows().size() < d.distinctKeys()) {
            sb.append("The ").append(d.rows().size()).append(' ').append(nouns).append(" with most events, of ")
                    .append(String.format(java.util.Locale.ROOT, "%,d", d.distinctKeys())).append("; the others account for ")
                    .append(Summary.plural(d.otherEvents(), "event")).append('.');
        } else {
            sb.append(d.distinctKeys() == 1 ? "The only " + noun + " with events."
                    : "All " + d.distinctKeys() + " " + nouns + " with events.");
        }
        if (stacked) {
            sb.append(" Bars are stacked by event type.");
        } else if (byCountry) {
            sb.append(" Bars are coloured by country.");
        }
        if (d.leftOut() > 0) {
            sb.append(dim == Dimension.PLACE ? " Country-level reports (" : " Events without a known region (")
                    .append(Summary.plural(d.leftOut(), "event")).append(") are not counted here.");
        }
        return sb.toString();
    }

    private static String alt(Dimension dim, RankingData d) {
        if (d.rows().isEmpty()) {
            return "Empty bar chart: no data.";
        }
        StringBuilder sb = new StringBuilder("Horizontal bar chart of events by ").append(dim.axisLabel()
                .toLowerCase(java.util.Locale.ROOT)).append(": ");
        List<String> parts = new ArrayList<>();
        for (RankingData.Row r : d.rows().subList(0, Math.min(10, d.rows().size()))) {
            parts.add(r.label() + " " + r.total());
        }
        sb.append(String.join(", ", parts));
        if (d.rows().size() > 10) {
            sb.append(", and ").append(d.rows().size() - 10).append(" more shown");
        }
        return sb.append('.').toString();
    }

    /** A bar renderer whose colour is chosen per bar (column index). */
    static final class ItemPaintRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient java.util.function.IntFunction<Paint> paint;

        ItemPaintRenderer(java.util.function.IntFunction<Paint> paint) {
            this.paint = paint;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return paint.apply(column);
        }
    }
}
