package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Locale;

/**
 * Kinds of Natural Earth disputed/breakaway boundary lines, each with its own line style and legend text:
 * ceasefire lines (e.g. "Ceasefire Line 1994" in Nagorno-Karabakh), former boundaries ("Former USSR oblast in
 * 1991", the former NKAO) and claimed boundaries ("Georgian claim").
 */
enum BoundaryKind {
    /** A ceasefire or contact line: dark, dash-dot. */
    CEASEFIRE(new Color(0x2F2F2F), 0.9, new double[] {3.2, 1.0, 0.6, 1.0}),
    /** A former administrative boundary: purple, dashed. */
    FORMER(new Color(0x7A5C8F), 0.8, new double[] {2.2, 1.1}),
    /** A claimed boundary: purple, dotted. */
    CLAIM(new Color(0x9C7FB0), 0.7, new double[] {0.7, 1.0});

    private final Color color;
    private final double width;
    private final double[] dashes;

    BoundaryKind(Color color, double width, double[] dashes) {
        this.color = color;
        this.width = width;
        this.dashes = dashes;
    }

    /** The kind of a Natural Earth {@code disputed_borders} name. */
    static BoundaryKind of(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.contains("ceasefire") || n.contains("cease-fire") || n.contains("line of control") || n.contains("armistice")) {
            return CEASEFIRE;
        }
        if (n.startsWith("former")) {
            return FORMER;
        }
        return CLAIM;
    }

    /**
     * Legend text for a line of this kind named {@code name} ("Ceasefire line (1994)", "Former USSR oblast boundary
     * (1991)", "Claimed boundary").
     */
    static String legendText(BoundaryKind kind, String name) {
        String year = name == null ? "" : name.replaceAll(".*\\b((?:19|20)\\d\\d)\\b.*", "$1");
        boolean hasYear = year.matches("(19|20)\\d\\d");
        return switch (kind) {
            case CEASEFIRE -> "Ceasefire line" + (hasYear ? " (" + year + ")" : "");
            case FORMER -> name != null && name.toLowerCase(Locale.ROOT).contains("ussr oblast")
                    ? "Former Soviet oblast boundary" + (hasYear ? " (" + year + ")" : "")
                    : "Former boundary" + (hasYear ? " (" + year + ")" : "");
            case CLAIM -> "Claimed boundary";
        };
    }

    /** Sets colour and stroke for drawing this kind. */
    void apply(Graphics2D g, MapStyle style) {
        float[] d = new float[dashes.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = style.line(dashes[i]);
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(style.line(width), this == CLAIM ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, d, 0f));
    }
}
