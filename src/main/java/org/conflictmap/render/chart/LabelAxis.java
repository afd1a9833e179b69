package org.conflictmap.render.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.conflictmap.render.Fonts;
import org.conflictmap.render.Palette;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A symbol axis for the left edge whose labels may mix scripts: each label is drawn with per-run bundled fonts
 * ({@link Fonts#attributed}) instead of the single tick font JFreeChart would use.
 */
final class LabelAxis extends org.jfree.chart.axis.SymbolAxis {

    private static final long serialVersionUID = 1L;
    private final float size;

    LabelAxis(String label, List<String> symbols, float size) {
        super(label, symbols.toArray(String[]::new));
        this.size = size;
    }

    private TextLayout layout(Graphics2D g2, String text) {
        return new TextLayout(Fonts.attributed(text, Font.PLAIN, size).getIterator(), g2.getFontRenderContext());
    }

    @Override
    protected double findMaximumTickLabelWidth(@SuppressWarnings("rawtypes") List ticks, Graphics2D g2,
                                               Rectangle2D drawArea, boolean vertical) {
        double max = 0;
        for (Object o : ticks) {
            String text = ((ValueTick) o).getText();
            if (text != null && !text.isEmpty()) {
                max = Math.max(max, layout(g2, text).getAdvance());
            }
        }
        return max + getTickLabelInsets().getLeft() + getTickLabelInsets().getRight();
    }

    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
                                               Rectangle2D dataArea, RectangleEdge edge) {
        AxisState state = new AxisState(cursor);
        @SuppressWarnings("unchecked")
        List<ValueTick> ticks = (List<ValueTick>) refreshTicks(g2, state, dataArea, edge);
        state.setTicks(ticks);
        if (!isTickLabelsVisible() || edge != RectangleEdge.LEFT) {
            return super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge);
        }
        double right = cursor - getTickLabelInsets().getRight();
        double widest = 0;
        g2.setPaint(getTickLabelPaint() == null ? Palette.TEXT : getTickLabelPaint());
        for (ValueTick t : ticks) {
            String text = t.getText();
            if (text == null || text.isEmpty()) {
                continue;
            }
            TextLayout tl = layout(g2, text);
            double y = valueToJava2D(t.getValue(), dataArea, edge);
            float baseline = (float) (y + (tl.getAscent() - tl.getDescent()) / 2);
            tl.draw(g2, (float) (right - tl.getAdvance()), baseline);
            widest = Math.max(widest, tl.getAdvance());
        }
        state.cursorLeft(widest + getTickLabelInsets().getLeft() + getTickLabelInsets().getRight());
        return state;
    }
}
