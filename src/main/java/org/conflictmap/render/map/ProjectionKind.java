package org.conflictmap.render.map;

import java.util.Locale;

/** Map projections conflictmap offers; {@link #AUTO} picks one for the extent. */
public enum ProjectionKind {
    /** World or very large extents: Equal Earth; otherwise Lambert conformal conic. */
    AUTO,
    /** Equal Earth, equal-area pseudocylindrical (world maps). */
    EQUAL_EARTH,
    /** Robinson, compromise pseudocylindrical (world maps). */
    ROBINSON,
    /** Lambert conformal conic, standard parallels at 1/6 and 5/6 of the latitude span (regional maps). */
    LAMBERT,
    /** Albers equal-area conic, same parallels (regional maps where areas matter). */
    ALBERS;

    /** Parses a name: auto, equal-earth, robinson, lambert (lcc), albers. */
    public static ProjectionKind parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "lcc" -> LAMBERT;
            case "eqearth", "equalearth" -> EQUAL_EARTH;
            case "aea" -> ALBERS;
            default -> valueOf(t.toUpperCase(Locale.ROOT));
        };
    }
}
