package org.conflictmap.render.map;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.conflictmap.render.OutputFormat;
import org.conflictmap.render.SizePreset;

/**
 * Everything that defines one map (or one small-multiples page), independent of the command line.
 *
 * @param name           file stem for the outputs ("map" gives map.png, map.svg, ...)
 * @param extent         what the map shows
 * @param projection     projection (AUTO picks one for the extent)
 * @param layers         switched-on layers
 * @param size           size preset (width and dpi; slide also fixes the height)
 * @param formats        output formats
 * @param title          title; null or blank for an automatic one
 * @param subtitle       subtitle; null for an automatic one (period, events, unresolved)
 * @param focusCountries ISO alpha-2 codes to highlight; empty for automatic
 * @param choropleth     unit of the choropleth layer
 * @param multiples      small multiples, or NONE for a single map
 * @param unresolved     number of unresolved place names of the run (for the subtitle), or -1 when unknown
 * @param gisLayers      also write each layer as transparent PNG + .pgw + .prj, and the bubbles as GeoJSON
 */
public record MapSpec(String name, MapExtent extent, ProjectionKind projection, Set<MapLayer> layers,
                      SizePreset size, List<OutputFormat> formats, String title, String subtitle,
                      Set<String> focusCountries, ChoroplethUnit choropleth, Multiples multiples, int unresolved,
                      boolean gisLayers) {

    /** Units of the choropleth layer. */
    public enum ChoroplethUnit { COUNTRY, ADMIN1 }

    /** Small-multiples grouping. */
    public enum Multiples { NONE, WEEK, MONTH, TYPE }

    public MapSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(size, "size");
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        formats = List.copyOf(formats);
        focusCountries = Set.copyOf(focusCountries);
        choropleth = choropleth == null ? ChoroplethUnit.COUNTRY : choropleth;
        multiples = multiples == null ? Multiples.NONE : multiples;
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("map name must be a plain file stem: " + name);
        }
    }

    /** A default map: auto extent and projection, default layers, page size, PNG. */
    public static MapSpec defaults(String name) {
        return new MapSpec(name, MapExtent.AUTO, ProjectionKind.AUTO, MapLayer.defaults(), SizePreset.PAGE,
                List.of(OutputFormat.PNG), null, null, Set.of(), ChoroplethUnit.COUNTRY, Multiples.NONE, -1, false);
    }

    /** True when the layer is on. */
    public boolean has(MapLayer layer) {
        return layers.contains(layer);
    }

    /** A copy with other layers. */
    public MapSpec withLayers(Set<MapLayer> l) {
        return new MapSpec(name, extent, projection, l, size, formats, title, subtitle, focusCountries, choropleth,
                multiples, unresolved, gisLayers);
    }

    /** A copy with another extent. */
    public MapSpec withExtent(MapExtent e) {
        return new MapSpec(name, e, projection, layers, size, formats, title, subtitle, focusCountries, choropleth,
                multiples, unresolved, gisLayers);
    }
}
