package org.conflictmap.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.conflictmap.render.Fonts;
import org.conflictmap.render.Palette;
import org.conflictmap.render.SizePreset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * Typography and common decoration of all charts for one size preset: sizes are print points scaled by the preset
 * ({@link SizePreset#textPx}), so a column-width chart is readable when printed at 85 mm and a slide from afar.
 */
public final class ChartStyle {

    private final SizePreset preset;

    public ChartStyle(SizePreset preset) {
        this.preset = preset;
    }

    public SizePreset preset() {
        return preset;
    }

    /** Pixels for a size in points (scaled for the preset). */
    public float px(double points) {
        return preset.textPx(points);
    }

    public Font title() {
        return Fonts.bold(px(9));
    }

    public Font subtitle() {
        return Fonts.regular(px(7));
    }

    public Font axisLabel() {
        return Fonts.regular(px(6.5));
    }

    public Font tick() {
        return Fonts.regular(px(6));
    }

    public Font legend() {
        return Fonts.regular(px(6));
    }

    public Font caption() {
        return Fonts.regular(px(5.5));
    }

    public Font small() {
        return Fonts.regular(px(5));
    }

    /** A line width in points. */
    public Stroke stroke(double points) {
        return new BasicStroke(px(points));
    }

    /** A dashed line. */
    public Stroke dashed(double points) {
        float w = px(points);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4 * w, 3 * w}, 0f);
    }

    /** Outer padding. */
    public RectangleInsets padding() {
        float p = px(6);
        return new RectangleInsets(p, p, p, p);
    }

    /**
     * Builds a chart with the house look: left-aligned bold title, subtitle under it, the legend (when given) under the
     * subtitle, caption and attribution at the bottom.
     */
    public JFreeChart decorate(JFreeChart chart, String title, String subtitle, LegendTitle legend, String caption,
                               String attribution) {
        chart.setBackgroundPaint(Palette.BACKGROUND);
        chart.setBorderVisible(false);
        chart.setPadding(padding());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.removeLegend();
        chart.clearSubtitles();
        TextTitle t = new TextTitle(title, title());
        t.setPaint(Palette.TEXT);
        left(t);
        chart.setTitle(t);
        chart.addSubtitle(text(subtitle, subtitle(), Palette.TEXT_MUTED, RectangleEdge.TOP, px(2)));
        if (legend != null) {
            legend.setItemFont(legend());
            legend.setItemPaint(Palette.TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(null);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setPadding(new RectangleInsets(px(2), 0, px(3), 0));
            legend.setItemLabelPadding(new RectangleInsets(px(1), px(2), px(1), px(5)));
            legend.setLegendItemGraphicPadding(new RectangleInsets(px(1), px(1), px(1), px(1)));
            chart.addSubtitle(legend);
        }
        // BOTTOM titles stack upwards from the edge: attribution first (lowest), then the caption above it
        chart.addSubtitle(text(attribution, small(), Palette.TEXT_MUTED, RectangleEdge.BOTTOM, px(1)));
        chart.addSubtitle(text(caption, caption(), Palette.TEXT, RectangleEdge.BOTTOM, px(4)));
        return chart;
    }

    private TextTitle text(String s, Font f, Color c, RectangleEdge edge, float gapBefore) {
        TextTitle t = new TextTitle(s, f);
        t.setPaint(c);
        t.setPosition(edge);
        left(t);
        t.setPadding(new RectangleInsets(edge == RectangleEdge.TOP ? px(1) : gapBefore, 0,
                edge == RectangleEdge.TOP ? gapBefore : px(1), 0));
        t.setMaximumLinesToDisplay(4);
        return t;
    }

    private static void left(Title t) {
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setVerticalAlignment(VerticalAlignment.CENTER);
        if (t instanceof TextTitle tt) {
            tt.setTextAlignment(HorizontalAlignment.LEFT);
            tt.setExpandToFitSpace(true);
        }
    }

    /** Axis fonts and colours. */
    public void axis(Axis a) {
        a.setLabelFont(axisLabel());
        a.setLabelPaint(Palette.TEXT_MUTED);
        a.setTickLabelFont(tick());
        a.setTickLabelPaint(Palette.TEXT);
        a.setAxisLinePaint(Palette.COUNTRY_BORDER);
        a.setAxisLineStroke(stroke(0.4));
        a.setTickMarkPaint(Palette.COUNTRY_BORDER);
        a.setTickMarkStroke(stroke(0.4));
        a.setTickMarkOutsideLength(px(2));
        a.setTickMarkInsideLength(0);
        a.setLabelInsets(new RectangleInsets(px(2), px(2), px(2), px(2)));
        a.setTickLabelInsets(new RectangleInsets(px(1), px(1), px(1), px(1)));
    }

    /** Gridline look. */
    public Color grid() {
        return Palette.GRID;
    }
}
