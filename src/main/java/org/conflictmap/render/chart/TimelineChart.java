package org.conflictmap.render.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.render.Fonts;
import org.conflictmap.render.Palette;
import org.conflictmap.render.SizePreset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Events over time per day, week or month, stacked by event type, with moving average and key dates. */
public final class TimelineChart {

    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private TimelineChart() {
    }

    /** Builds the timeline for the events. */
    public static ChartFigure build(List<Event> events, ChartSpec spec) {
        return build(new ChartInputs(events), spec);
    }

    static ChartFigure build(ChartInputs in, ChartSpec spec) {
        ChartStyle st = new ChartStyle(spec.size());
        Summary sum = in.summary();
        TimelineData data = TimelineData.of(in.events(), spec.bucket(), sum);
        TimeBucket b = data.bucket();
        boolean area = spec.style() == ChartSpec.TimelineStyle.AREA;

        TimeTableXYDataset ds = new TimeTableXYDataset(UTC, Locale.ENGLISH);
        ds.setXPosition(area ? TimePeriodAnchor.MIDDLE : TimePeriodAnchor.START);
        for (Map.Entry<EventType, List<Integer>> e : data.counts().entrySet()) {
            for (int i = 0; i < data.starts().size(); i++) {
                LocalDate s = data.starts().get(i);
                ds.add(period(s, b.next(s)), e.getValue().get(i), e.getKey().label(), false);
            }
        }

        DateAxis x = new DateAxis(axisLabel(b), UTC, Locale.ENGLISH);
        x.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, Locale.ENGLISH));
        NumberAxis y = new NumberAxis("Events per " + b.word());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        y.setUpperMargin(spec.keyDates().isEmpty() ? 0.06 : 0.18);
        st.axis(x);
        st.axis(y);

        AbstractXYItemRenderer r = area ? new StackedXYAreaRenderer2() : barRenderer(st, data.starts().size());
        for (int i = 0; i < ds.getSeriesCount(); i++) {
            Color c = Palette.color(EventType.parse(ds.getSeriesKey(i).toString()));
            r.setSeriesPaint(i, c);
        }
        float box = st.px(6);
        java.awt.geom.Rectangle2D legendBox = new java.awt.geom.Rectangle2D.Double(-box / 2, -box / 2, box, box);
        if (r instanceof StackedXYBarRenderer bars) {
            bars.setLegendBar(legendBox);
        } else if (r instanceof StackedXYAreaRenderer2 areas) {
            areas.setLegendArea(legendBox);
        }
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(st.grid());
        plot.setRangeGridlineStroke(st.stroke(0.4));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(st.px(2), st.px(1), st.px(1), st.px(6)));

        String maNote = "";
        if (!data.starts().isEmpty()) {
            LocalDate first = data.starts().get(0);
            LocalDate end = b.next(data.starts().get(data.starts().size() - 1));
            x.setRange(millis(first), millis(end));
            if (spec.movingAverage() > 1 && data.starts().size() >= spec.movingAverage()) {
                maNote = addMovingAverage(plot, data, spec.movingAverage(), st);
            }
            addKeyDates(plot, spec.keyDates(), first, end, st);
        } else {
            noData(plot, st);
        }

        String title = "Events over time";
        LegendTitle legend = data.counts().isEmpty() ? null : new LegendTitle(plot);
        String caption = caption(data, spec, maNote);
        JFreeChart chart = new JFreeChart(title, Fonts.bold(st.px(9)), plot, false);
        st.decorate(chart, title, sum.subtitle(), legend, caption, spec.attribution());
        return new ChartFigure(ChartKind.TIMELINE, chart, height(spec.size()), title, caption, alt(data, sum, spec));
    }

    /** Natural height for the preset. */
    static int height(SizePreset p) {
        return switch (p) {
            case COLUMN -> p.heightPx(1.15);
            case PAGE -> p.heightPx(1.7);
            case SLIDE -> p.defaultHeightPx();
        };
    }

    private static StackedXYBarRenderer barRenderer(ChartStyle st, int buckets) {
        StackedXYBarRenderer r = new StackedXYBarRenderer(buckets > 150 ? 0.0 : 0.12);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(buckets <= 60);
        r.setDefaultOutlinePaint(Palette.BACKGROUND);
        r.setDefaultOutlineStroke(st.stroke(0.25));
        r.setAutoPopulateSeriesOutlinePaint(false);
        r.setAutoPopulateSeriesOutlineStroke(false);
        return r;
    }

    private static String addMovingAverage(XYPlot plot, TimelineData data, int window, ChartStyle st) {
        String name = window + "-" + data.bucket().word() + " moving average (all types)";
        XYSeries s = new XYSeries(name, false, false);
        List<Double> ma = data.movingAverage(window);
        TimeBucket b = data.bucket();
        for (int i = 0; i < ma.size(); i++) {
            LocalDate start = data.starts().get(i);
            s.add((millis(start) + millis(b.next(start))) / 2.0, ma.get(i));
        }
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        lr.setSeriesPaint(0, Palette.TEXT);
        lr.setSeriesStroke(0, st.stroke(1.0));
        plot.setRenderer(1, lr);
        plot.setDataset(1, new XYSeriesCollection(s));
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        return " The black line is the average of the last " + window + " " + b.word() + "s (trailing).";
    }

    private static void addKeyDates(XYPlot plot, List<KeyDate> keyDates, LocalDate first, LocalDate end,
                                    ChartStyle st) {
        List<KeyDate> sorted = new ArrayList<>(keyDates);
        sorted.sort(java.util.Comparator.comparing(KeyDate::date));
        int k = 0;
        for (KeyDate kd : sorted) {
            if (kd.date().isBefore(first) || !kd.date().isBefore(end)) {
                continue;
            }
            ValueMarker m = new ValueMarker(millis(kd.date()) + 43_200_000.0, Palette.TEXT_MUTED, st.dashed(0.6));
            m.setLabel(kd.label().isEmpty() ? DAY.format(kd.date()) : kd.label());
            m.setLabelFont(Fonts.forText(m.getLabel(), java.awt.Font.PLAIN, st.px(5.5)));
            m.setLabelPaint(Palette.TEXT);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            // labels right of the line, or left of it in the last third of the axis so they are not cut off
            boolean right = kd.date().toEpochDay() - first.toEpochDay() < (end.toEpochDay() - first.toEpochDay()) * 2 / 3;
            m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            // stagger labels over three rows so neighbouring dates do not print over each other
            m.setLabelOffset(new RectangleInsets(st.px(1) + (k % 3) * st.px(7.5), st.px(1.5), 0, st.px(1.5)));
            plot.addDomainMarker(m, Layer.FOREGROUND);
            k++;
        }
    }

    static void noData(org.jfree.chart.plot.Plot plot, ChartStyle st) {
        plot.setNoDataMessage("No events in this period");
        plot.setNoDataMessageFont(Fonts.bold(st.px(8)));
        plot.setNoDataMessagePaint(Palette.TEXT_MUTED);
        if (plot instanceof XYPlot xy) {
            xy.getDomainAxis().setVisible(false);
            xy.getRangeAxis().setVisible(false);
            xy.setRangeGridlinesVisible(false);
        }
    }

    private static String axisLabel(TimeBucket b) {
        return switch (b) {
            case DAY -> "Day";
            case WEEK -> "Week (Monday to Sunday)";
            default -> "Month";
        };
    }

    private static String caption(TimelineData d, ChartSpec spec, String maNote) {
        if (d.starts().isEmpty()) {
            return "No events were found in the input, so there is nothing to count.";
        }
        TimeBucket b = d.bucket();
        String why = spec.bucket() == TimeBucket.AUTO ? " (chosen automatically for a period of "
                + Summary.plural(d.starts().size(), b.word()) + ")" : "";
        int p = d.peak();
        return "Events per " + b.word() + why + ", stacked by event type. An event is one place, day and type, "
                + "however many reports mention it. Busiest " + b.word() + ": " + bucketText(b, d.starts().get(p))
                + " (" + Summary.plural(d.totals().get(p), "event") + ")." + maNote;
    }

    static String bucketText(TimeBucket b, LocalDate start) {
        return switch (b) {
            case DAY -> DAY.format(start);
            case WEEK -> "week of " + DAY.format(start);
            default -> MONTH.format(start);
        };
    }

    private static String alt(TimelineData d, Summary sum, ChartSpec spec) {
        if (d.starts().isEmpty()) {
            return "Empty timeline: no events.";
        }
        TimeBucket b = d.bucket();
        StringBuilder sb = new StringBuilder();
        sb.append(spec.style() == ChartSpec.TimelineStyle.AREA ? "Stacked area chart" : "Stacked column chart")
                .append(" of ").append(Summary.plural(sum.events(), "event")).append(" per ").append(b.word())
                .append(", ").append(sum.periodText()).append(", by event type: ");
        List<String> parts = new ArrayList<>();
        d.counts().forEach((t, v) -> parts.add(t.label() + " " + v.stream().mapToInt(Integer::intValue).sum()));
        sb.append(String.join(", ", parts)).append(". Busiest ").append(b.word()).append(": ")
                .append(bucketText(b, d.starts().get(d.peak()))).append(" with ")
                .append(Summary.plural(d.totals().get(d.peak()), "event")).append('.');
        for (KeyDate kd : spec.keyDates()) {
            sb.append(" Marked: ").append(kd.date()).append(kd.label().isEmpty() ? "" : " " + kd.label()).append('.');
        }
        return sb.toString();
    }

    static SimpleTimePeriod period(LocalDate start, LocalDate next) {
        return new SimpleTimePeriod(new Date(millis(start)), new Date(millis(next) - 1));
    }

    static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
