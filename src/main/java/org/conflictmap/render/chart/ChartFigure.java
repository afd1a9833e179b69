package org.conflictmap.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.conflictmap.render.Drawing;
import org.jfree.chart.JFreeChart;

/**
 * A finished chart ready for {@link org.conflictmap.render.ImageExporter}: the JFreeChart, its natural height for the
 * preset's width, and the texts a report needs (title, caption, alt text).
 *
 * @param kind     which chart
 * @param chart    the chart
 * @param heightPx height in pixels at the preset's width
 * @param title    title shown on the chart
 * @param caption  caption shown under the chart
 * @param altText  a textual description of what the chart shows, for screen readers and the report
 */
public record ChartFigure(ChartKind kind, JFreeChart chart, int heightPx, String title, String caption,
                          String altText) implements Drawing {

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        chart.draw(g, area);
    }
}
