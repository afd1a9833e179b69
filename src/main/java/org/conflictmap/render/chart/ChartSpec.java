package org.conflictmap.render.chart;

import java.util.List;
import java.util.Objects;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;

/**
 * What to draw and how: which charts, size, formats, time resolution, timeline style, moving average, top N, bar
 * colouring, key dates and the attribution line.
 *
 * @param kinds         charts to draw, in this order
 * @param size          size preset (width, dpi, text scale)
 * @param formats       files to write per chart
 * @param bucket        time resolution (AUTO: day up to 3 months, week up to 2 years, else month)
 * @param style         columns or area for the timeline
 * @param movingAverage window in buckets of a moving-average line over the total (0 or 1: none)
 * @param topN          bars in ranking charts and rows in the heat matrix
 * @param colourBy      top-places bars stacked by type or coloured by country
 * @param keyDates      dates marked on the timeline
 * @param attribution   the attribution line under every chart
 */
public record ChartSpec(List<ChartKind> kinds, SizePreset size, List<OutputFormat> formats, TimeBucket bucket,
                        TimelineStyle style, int movingAverage, int topN, BarColouring colourBy,
                        List<KeyDate> keyDates, String attribution) {

    /** The default attribution. */
    public static final String ATTRIBUTION =
            "Events: conflictmap, from the listed news reports · Place names: GeoNames (CC BY 4.0)";

    /** Timeline drawing style. */
    public enum TimelineStyle { COLUMNS, AREA }

    /** Colouring of ranking bars. */
    public enum BarColouring { TYPE, COUNTRY }

    public ChartSpec {
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(size, "size");
        formats = List.copyOf(formats);
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(colourBy, "colourBy");
        keyDates = List.copyOf(keyDates);
        attribution = attribution == null ? ATTRIBUTION : attribution;
        if (topN < 1) {
            throw new IllegalArgumentException("top N must be at least 1: " + topN);
        }
        if (movingAverage < 0) {
            throw new IllegalArgumentException("moving average window must not be negative: " + movingAverage);
        }
    }

    /** All charts, column width, PNG, automatic buckets, columns, no moving average, top 15, stacked by type. */
    public static ChartSpec defaults() {
        return new ChartSpec(List.of(ChartKind.values()), SizePreset.COLUMN, List.of(OutputFormat.PNG),
                TimeBucket.AUTO, TimelineStyle.COLUMNS, 0, 15, BarColouring.TYPE, List.of(), ATTRIBUTION);
    }

    public ChartSpec withKinds(List<ChartKind> k) {
        return new ChartSpec(k, size, formats, bucket, style, movingAverage, topN, colourBy, keyDates, attribution);
    }

    public ChartSpec withSize(SizePreset s) {
        return new ChartSpec(kinds, s, formats, bucket, style, movingAverage, topN, colourBy, keyDates, attribution);
    }

    public ChartSpec withFormats(List<OutputFormat> f) {
        return new ChartSpec(kinds, size, f, bucket, style, movingAverage, topN, colourBy, keyDates, attribution);
    }

    public ChartSpec withBucket(TimeBucket b) {
        return new ChartSpec(kinds, size, formats, b, style, movingAverage, topN, colourBy, keyDates, attribution);
    }

    public ChartSpec withStyle(TimelineStyle s) {
        return new ChartSpec(kinds, size, formats, bucket, s, movingAverage, topN, colourBy, keyDates, attribution);
    }

    public ChartSpec withMovingAverage(int w) {
        return new ChartSpec(kinds, size, formats, bucket, style, w, topN, colourBy, keyDates, attribution);
    }

    public ChartSpec withTopN(int n) {
        return new ChartSpec(kinds, size, formats, bucket, style, movingAverage, n, colourBy, keyDates, attribution);
    }

    public ChartSpec withColourBy(BarColouring c) {
        return new ChartSpec(kinds, size, formats, bucket, style, movingAverage, topN, c, keyDates, attribution);
    }

    public ChartSpec withKeyDates(List<KeyDate> k) {
        return new ChartSpec(kinds, size, formats, bucket, style, movingAverage, topN, colourBy, k, attribution);
    }

    public ChartSpec withAttribution(String a) {
        return new ChartSpec(kinds, size, formats, bucket, style, movingAverage, topN, colourBy, keyDates, a);
    }
}
