package org.conflictmap.render.map;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything one map draws, in longitude/latitude, independent of output size: the prepared
 * layers between the data and {@link MapRenderer}.
 *
 * @param extent        the resolved extent
 * @param projection    the projection
 * @param fitExtent     projected box (metres) the view must show
 * @param layers        switched-on layers
 * @param countries     country polygons near the extent
 * @param land          world land polygons (world maps; null for regional maps, where countries are the land)
 * @param admin1Lines   admin-1 boundary lines
 * @param disputed      disputed/breakaway boundary lines with their Natural Earth names
 * @param lakes         lake polygons
 * @param rivers        river lines
 * @param bubbles       event bubbles, largest first
 * @param points        event points for the density layer
 * @param choropleth    choropleth units with counts (empty unless the layer is on)
 * @param seas          sea labels near the extent
 * @param text          title, subtitle and footer texts
 * @param sizeReference event count drawn at the largest bubble size (shared by small-multiple panels)
 */
public record MapData(FittedExtent extent, MapProjection projection, Envelope fitExtent, Set<MapLayer> layers,
                      List<Country> countries, Geometry land, List<Geometry> admin1Lines, List<Boundary> disputed,
                      List<Geometry> lakes, List<Geometry> rivers, List<Bubble> bubbles, PointSet points,
                      List<Unit> choropleth, List<Sea> seas, Texts text, int sizeReference) {

    /** A country outline with its ISO alpha-2 code, name and whether it is a focus country. */
    public record Country(Geometry geometry, String iso2, String name, boolean focus) {
    }

    /** A disputed, breakaway or ceasefire line and its Natural Earth name ("Ceasefire Line 1994"). */
    public record Boundary(Geometry geometry, String name) {
        /** Its kind (line style and legend text). */
        BoundaryKind kind() {
            return BoundaryKind.of(name);
        }
    }

    /** A choropleth unit (country or admin-1) and its event count. */
    public record Unit(Geometry geometry, String name, int count) {
    }

    /** A sea or ocean label anchor; rank 1 oceans, 2 seas, 3 gulfs, 4 small water bodies. */
    public record Sea(String name, double lon, double lat, int rank) {
    }

    /** Event points (parallel arrays, degrees). */
    public record PointSet(double[] lon, double[] lat) {
        /** Number of points. */
        public int size() {
            return lon.length;
        }
    }

    /**
     * Texts on the page.
     *
     * @param title       title
     * @param subtitle    subtitle
     * @param attribution data attribution (always drawn)
     * @param note        extra footer note (projection), may be ""
     * @param emptyNote   message drawn across the map when there is nothing to show, or ""
     */
    public record Texts(String title, String subtitle, String attribution, String note, String emptyNote) {
    }

    /** Is the layer on? */
    public boolean has(MapLayer l) {
        return layers.contains(l);
    }

    /** Copy for a small-multiple panel: other bubbles, points, texts and a shared size reference. */
    public MapData panel(List<Bubble> b, PointSet p, Texts t, Set<MapLayer> l, int sizeRef) {
        return new MapData(extent, projection, fitExtent, l, countries, land, admin1Lines, disputed, lakes, rivers,
                b, p, choropleth, seas, t, sizeRef);
    }
}
