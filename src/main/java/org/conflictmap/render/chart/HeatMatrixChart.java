package org.conflictmap.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictmap.events.Event;
import org.conflictmap.render.Fonts;
import org.conflictmap.render.Palette;
import org.conflictmap.render.SizePreset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/** A place × week (or month) matrix of event counts for the top places, in classed colours. */
public final class HeatMatrixChart {

    /** Colour of cells without events. */
    static final Color EMPTY = new Color(0xF2F2F2);

    private HeatMatrixChart() {
    }

    /** Builds the heat matrix. */
    public static ChartFigure build(List<Event> events, ChartSpec spec) {
        return build(new ChartInputs(events), spec);
    }

    static ChartFigure build(ChartInputs in, ChartSpec spec) {
        ChartStyle st = new ChartStyle(spec.size());
        Summary sum = in.summary();
        TimeBucket requested = spec.bucket() == TimeBucket.DAY ? TimeBucket.WEEK : spec.bucket();
        HeatData data = HeatData.of(in.events(), requested, sum,
                in.ranking(Dimension.PLACE, RankingChart.fitRows(spec.size(), spec.topN())));
        TimeBucket b = data.bucket();

        int rows = data.places().size();
        int cols = data.starts().size();
        double[][] xyz = new double[3][rows * cols];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                LocalDate s = data.starts().get(c);
                xyz[0][k] = (TimelineChart.millis(s) + TimelineChart.millis(b.next(s))) / 2.0;
                xyz[1][k] = r;
                xyz[2][k] = data.counts().get(r).get(c);
                k++;
            }
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        if (rows > 0) {
            ds.addSeries("Events", xyz);
        }

        List<Integer> breaks = classBreaks(data.max());
        List<Color> colours = classColours(breaks.size());
        LookupPaintScale scale = new LookupPaintScale(0, data.max() + 1.0, EMPTY);
        for (int i = 0; i < breaks.size(); i++) {
            scale.add(breaks.get(i), colours.get(i));
        }
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        double blockMs = b == TimeBucket.MONTH ? 30.44 * 86_400_000 : 7 * 86_400_000.0;
        r.setBlockWidth(blockMs * 0.94);
        r.setBlockHeight(0.9);
        r.setBlockAnchor(RectangleAnchor.CENTER);

        DateAxis x = new DateAxis(b == TimeBucket.MONTH ? "Month" : "Week (Monday to Sunday)", TimelineChart.UTC,
                Locale.ENGLISH);
        x.setStandardTickUnits(DateAxis.createStandardDateTickUnits(TimelineChart.UTC, Locale.ENGLISH));
        SymbolAxis y = new LabelAxis("Place", data.places(), st.px(6));
        st.axis(x);
        st.axis(y);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setTickMarksVisible(false);
        if (cols > 0) {
            x.setRange(TimelineChart.millis(data.starts().get(0)),
                    TimelineChart.millis(b.next(data.starts().get(cols - 1))));
            y.setRange(-0.5, rows - 0.5);
        }
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(st.px(2), st.px(1), st.px(1), st.px(6)));

        LegendTitle legend = null;
        if (rows > 0) {
            LegendItemCollection items = new LegendItemCollection();
            Rectangle2D box = new Rectangle2D.Double(-st.px(3), -st.px(3), st.px(6), st.px(6));
            items.add(new LegendItem("none", null, null, null, box, EMPTY));
            for (int i = 0; i < breaks.size(); i++) {
                int lo = breaks.get(i);
                int hi = i + 1 < breaks.size() ? breaks.get(i + 1) - 1 : data.max();
                String label = lo == hi ? Integer.toString(lo) : lo + "–" + hi;
                items.add(new LegendItem(label + (i == breaks.size() - 1 ? " events" : ""), null, null, null, box,
                        colours.get(i)));
            }
            plot.setFixedLegendItems(items);
            legend = new LegendTitle(plot);
        } else {
            TimelineChart.noData(plot, st);
        }

        String title = "Events per place and " + b.word();
        String caption = rows == 0 ? "No event is located at a place, so there is no matrix to draw."
                : "Rows: the " + Summary.plural(rows, "place") + " with most events"
                + (data.ranking().distinctKeys() > rows
                ? String.format(Locale.ROOT, " (of %,d)", data.ranking().distinctKeys()) : "")
                + "; columns: " + b.word() + "s; colour: events in the cell (grey: none).";
        JFreeChart chart = new JFreeChart(title, Fonts.bold(st.px(9)), plot, false);
        st.decorate(chart, title, sum.subtitle(), legend, caption, spec.attribution());
        return new ChartFigure(ChartKind.HEATMAP, chart, height(spec.size(), Math.max(rows, 3)), title, caption,
                alt(data));
    }

    /** n class colours: the light end of YlOrRd for few classes, the full ramp from 6 classes on. */
    static List<Color> classColours(int n) {
        double lo = 0.125;
        double hi = Math.min(1.0, 0.3 + 0.125 * n);
        List<Color> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Palette.Sequential.YL_OR_RD.at(n == 1 ? (lo + hi) / 2 : lo + (hi - lo) * i / (n - 1)));
        }
        return List.copyOf(out);
    }

    static int height(SizePreset p, int rows) {
        if (p == SizePreset.SLIDE) {
            return p.defaultHeightPx();
        }
        return Math.round(p.textPx(RankingChart.OVERHEAD_PT + rows * 11));
    }

    /**
     * Lower bounds of the colour classes for counts 1..max: single values while max ≤ 6, else a 1-2-3-5 / 1-3 / 1-10
     * sequence with at most 7 classes.
     */
    static List<Integer> classBreaks(int max) {
        List<Integer> out = new ArrayList<>();
        if (max <= 6) {
            for (int i = 1; i <= Math.max(1, max); i++) {
                out.add(i);
            }
            return List.copyOf(out);
        }
        int[][] steps = {{1, 2, 3, 5}, {1, 3}, {1}};
        for (int[] step : steps) {
            out.clear();
            for (long decade = 1; decade <= max; decade *= 10) {
                for (int s : step) {
                    if (s * decade <= max) {
                        out.add((int) (s * decade));
                    }
                }
            }
            if (out.size() <= 7) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private static String alt(HeatData d) {
        if (d.places().isEmpty()) {
            return "Empty heat matrix: no events located at places.";
        }
        int br = 0;
        int bc = 0;
        for (int r = 0; r < d.places().size(); r++) {
            for (int c = 0; c < d.starts().size(); c++) {
                if (d.counts().get(r).get(c) > d.counts().get(br).get(bc)) {
                    br = r;
                    bc = c;
                }
            }
        }
        return "Heat matrix of events for " + Summary.plural(d.places().size(), "place") + " over "
                + Summary.plural(d.starts().size(), d.bucket().word()) + "; the busiest cell is " + d.places().get(br)
                + " (" + TimelineChart.bucketText(d.bucket(), d.starts().get(bc)) + ") with "
                + Summary.plural(d.max(), "event") + ".";
    }
}
