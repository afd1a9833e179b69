package org.conflictmap.render.map;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Switchable map layers, in drawing order. Title, subtitle and attribution are always drawn. */
public enum MapLayer {
    /** Sea, land and countries (focus countries highlighted). */
    BASE,
    /** Choropleth: events per country or admin-1 unit, classed. */
    CHOROPLETH,
    /** Admin-1 boundary lines. */
    ADMIN1,
    /** Lakes and rivers. */
    WATER,
    /** Disputed and breakaway boundaries, ceasefire lines. */
    DISPUTED,
    /** Meridians and parallels. */
    GRATICULE,
    /** Kernel density of events (heat). */
    DENSITY,
    /** Events as bubbles, area proportional to count, colour and shape by type. */
    BUBBLES,
    /** Country, sea and place labels with halos and collision avoidance. */
    LABELS,
    /** Legend: types and nested-circle sizes (and choropleth classes). */
    LEGEND,
    /** Scale bar, true at the map centre. */
    SCALEBAR,
    /** Locator inset (where the map lies in the world). */
    INSET;

    /** The default layer set. */
    public static Set<MapLayer> defaults() {
        return EnumSet.of(BASE, ADMIN1, WATER, DISPUTED, GRATICULE, BUBBLES, LABELS, LEGEND, SCALEBAR);
    }

    /** Parses a comma-separated list ("base,bubbles,labels"); "default" expands to {@link #defaults()}, "all" to all. */
    public static Set<MapLayer> parseList(String s) {
        Set<MapLayer> out = EnumSet.noneOf(MapLayer.class);
        for (String part : s.split(",")) {
            String t = part.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (t.isEmpty()) {
                continue;
            }
            switch (t) {
                case "DEFAULT" -> out.addAll(defaults());
                case "ALL" -> out.addAll(EnumSet.allOf(MapLayer.class));
                case "EVENTS" -> out.add(BUBBLES);
                case "HEAT" -> out.add(DENSITY);
                default -> {
                    try {
                        out.add(valueOf(t));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unknown map layer '" + part.trim() + "' (use "
                                + String.join(",", java.util.Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList())
                                + ", default or all)", e);
                    }
                }
            }
        }
        return out;
    }
}
