package org.conflictmap.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.EventType;

/**
 * The one palette that maps and charts share: an Okabe–Ito colour and a marker shape per event type (the same type
 * has the same colour everywhere), colour-blind-safe sequential ramps for choropleths and densities, categorical
 * colours for other series, and muted base-map colours.
 *
 * <p>Okabe &amp; Ito (2008), "Color Universal Design". Sequential ramps: ColorBrewer (Cynthia Brewer, Apache 2.0)
 * and viridis (CC0).
 */
public final class Palette {

    // Okabe–Ito
    public static final Color OI_ORANGE = new Color(0xE69F00);
    public static final Color OI_SKY_BLUE = new Color(0x56B4E9);
    public static final Color OI_BLUISH_GREEN = new Color(0x009E73);
    public static final Color OI_YELLOW = new Color(0xF0E442);
    public static final Color OI_BLUE = new Color(0x0072B2);
    public static final Color OI_VERMILLION = new Color(0xD55E00);
    public static final Color OI_REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color OI_BLACK = new Color(0x000000);
    /** Neutral grey for "other" and unknown keys. */
    public static final Color GREY = new Color(0x999999);

    // Base map (muted) and typography
    public static final Color SEA = new Color(0xDCE9F2);
    public static final Color LAND = new Color(0xF1EFEA);
    /** Land of the countries the map is about. */
    public static final Color LAND_FOCUS = new Color(0xFFFFFF);
    public static final Color COUNTRY_BORDER = new Color(0x9A9489);
    public static final Color ADMIN1_BORDER = new Color(0xC9C3B8);
    public static final Color DISPUTED_BORDER = new Color(0x7A5C8F);
    public static final Color COASTLINE = new Color(0x9DB7C9);
    public static final Color WATER_LINE = new Color(0x8FB4D0);
    public static final Color GRATICULE = new Color(0xC8D6E0);
    public static final Color TEXT = new Color(0x222222);
    public static final Color TEXT_MUTED = new Color(0x5F5F5F);
    public static final Color SEA_LABEL = new Color(0x4F7A99);
    /** Halo behind labels (white, opaque). */
    public static final Color HALO = new Color(0xFFFFFF);
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color GRID = new Color(0xE3E3E3);
    /** Outline drawn around symbols so light colours (yellow) stay visible on white. */
    public static final Color SYMBOL_OUTLINE = new Color(0x333333);

    private static final Map<EventType, Color> TYPE_COLORS = Map.of(
            EventType.BATTLES, OI_VERMILLION,
            EventType.EXPLOSIONS_REMOTE_VIOLENCE, OI_ORANGE,
            EventType.VIOLENCE_AGAINST_CIVILIANS, OI_REDDISH_PURPLE,
            EventType.PROTESTS, OI_BLUE,
            EventType.RIOTS, OI_SKY_BLUE,
            EventType.STRATEGIC_DEVELOPMENTS, OI_BLUISH_GREEN,
            EventType.DIPLOMACY, OI_YELLOW,
            EventType.OTHER, GREY);

    private static final Map<EventType, MarkerShape> TYPE_SHAPES = Map.of(
            EventType.BATTLES, MarkerShape.CIRCLE,
            EventType.EXPLOSIONS_REMOTE_VIOLENCE, MarkerShape.TRIANGLE_UP,
            EventType.VIOLENCE_AGAINST_CIVILIANS, MarkerShape.DIAMOND,
            EventType.PROTESTS, MarkerShape.SQUARE,
            EventType.RIOTS, MarkerShape.TRIANGLE_DOWN,
            EventType.STRATEGIC_DEVELOPMENTS, MarkerShape.PENTAGON,
            EventType.DIPLOMACY, MarkerShape.HEXAGON,
            EventType.OTHER, MarkerShape.STAR);

    /**
     * Categorical colours for series that are not event types (countries, regions): Paul Tol's colour-blind-safe
     * "muted" scheme, chosen so that a country is never drawn in an event type's Okabe–Ito colour; grey last.
     */
    private static final List<Color> CATEGORICAL = List.of(new Color(0x332288), new Color(0x44AA99),
            new Color(0xDDCC77), new Color(0x882255), new Color(0x88CCEE), new Color(0x117733), new Color(0xCC6677),
            new Color(0x999933), new Color(0xAA4499), GREY);

    private Palette() {
    }

    /** The colour of an event type. */
    public static Color color(EventType type) {
        return TYPE_COLORS.get(type);
    }

    /** The colour of an event type key ("battles", ...); grey for an unknown key. */
    public static Color color(String typeKey) {
        return color(EventType.parse(typeKey));
    }

    /** The marker shape of an event type. */
    public static MarkerShape shape(EventType type) {
        return TYPE_SHAPES.get(type);
    }

    /** The marker shape of an event type key. */
    public static MarkerShape shape(String typeKey) {
        return shape(EventType.parse(typeKey));
    }

    /** The i-th categorical colour (cycles after 8; the 8th is grey, for "other"). */
    public static Color categorical(int i) {
        return CATEGORICAL.get(Math.floorMod(i, CATEGORICAL.size()));
    }

    /** Number of distinct categorical colours. */
    public static int categoricalCount() {
        return CATEGORICAL.size();
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double l = (0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue()) / 255;
        return l > 0.55 ? TEXT : Color.WHITE;
    }

    /** Sequential ramps (light to dark), colour-blind-safe. */
    public enum Sequential {
        /** ColorBrewer YlOrRd: densities, heat matrices. */
        YL_OR_RD(0xFFFFCC, 0xFFEDA0, 0xFED976, 0xFEB24C, 0xFD8D3C, 0xFC4E2A, 0xE31A1C, 0xBD0026, 0x800026),
        /** ColorBrewer Blues: choropleths. */
        BLUES(0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B),
        /** ColorBrewer Purples. */
        PURPLES(0xFCFBFD, 0xEFEDF5, 0xDADAEB, 0xBCBDDC, 0x9E9AC8, 0x807DBA, 0x6A51A3, 0x54278F, 0x3F007D),
        /** viridis, reversed so it runs light to dark like the others. */
        VIRIDIS(0xFDE725, 0xADDC30, 0x5EC962, 0x28AE80, 0x21918C, 0x2C728E, 0x3B528B, 0x472D7B, 0x440154);

        private final int[] stops;

        Sequential(int... stops) {
            this.stops = stops;
        }

        /** The colour at t in [0, 1] (clamped), interpolated between the 9 stops. */
        public Color at(double t) {
            double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (stops.length - 1);
            int i = Math.min(stops.length - 2, (int) Math.floor(x));
            double f = x - i;
            Color a = new Color(stops[i]);
            Color b = new Color(stops[i + 1]);
            return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                    mix(a.getBlue(), b.getBlue(), f));
        }

        /**
         * {@code n} classes (2..9) from light to dark. The lightest class is skipped, so even the lowest class stands
         * out from a white or light base map.
         */
        public List<Color> classes(int n) {
            if (n < 2 || n > 9) {
                throw new IllegalArgumentException("classes must be between 2 and 9: " + n);
            }
            List<Color> out = new ArrayList<>(n);
            double lo = 1.0 / (stops.length - 1);
            for (int i = 0; i < n; i++) {
                out.add(at(lo + (1 - lo) * i / (n - 1)));
            }
            return List.copyOf(out);
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }
    }
}
