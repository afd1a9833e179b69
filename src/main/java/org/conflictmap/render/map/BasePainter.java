package org.conflictmap.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.conflictmap.render.Palette;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Draws the base layers: sea, land, countries, choropleth fills, water, admin-1, disputed lines, graticule. */
final class BasePainter {

    private final MapData data;
    private final GeoShapes shapes;
    private final MapStyle style;

    BasePainter(MapData data, GeoShapes shapes, MapStyle style) {
        this.data = data;
        this.shapes = shapes;
        this.style = style;
    }

    /** The globe outline of a world projection in pixels, or the frame for a regional map. */
    Shape outline() {
        MapView v = shapes.view();
        if (!v.projection().isWorld()) {
            return v.frame();
        }
        double lon0 = v.projection().centralMeridian();
        int n = 181;
        double[] lons = new double[2 * n + 1];
        double[] lats = new double[2 * n + 1];
        for (int i = 0; i < n; i++) {
            lons[i] = lon0 - 179.9999;
            lats[i] = -90 + 180.0 * i / (n - 1);
            lons[n + i] = lon0 + 179.9999;
            lats[n + i] = 90 - 180.0 * i / (n - 1);
        }
        lons[2 * n] = lons[0];
        lats[2 * n] = lats[0];
        Path2D p = shapes.polyline(lons, lats);
        p.closePath();
        return p;
    }

    void paintSeaAndLand(Graphics2D g, MapChoropleth choropleth) {
        Shape outline = outline();
        g.setColor(Palette.SEA);
        g.fill(outline);
        if (data.has(MapLayer.GRATICULE)) {
            paintGraticule(g);
        }
        if (!data.has(MapLayer.BASE)) {
            return;
        }
        boolean worldLand = data.land() != null && data.extent().world();
        if (worldLand) {
            g.setColor(Palette.LAND);
            for (int i = 0; i < data.land().getNumGeometries(); i++) {
                g.fill(shapes.shape(data.land().getGeometryN(i)));
            }
        }
        for (MapData.Country c : data.countries()) {
            Shape s = shapes.shape(c.geometry());
            g.setColor(c.focus() ? Palette.LAND_FOCUS : Palette.LAND);
            if (!worldLand || c.focus()) {
                g.fill(s);
            }
        }
        if (choropleth != null) {
            choropleth.paintFills(g, shapes);
        }
    }

    void paintWater(Graphics2D g) {
        if (!data.has(MapLayer.WATER)) {
            return;
        }
        g.setColor(Palette.SEA);
        for (Geometry lake : data.lakes()) {
            g.fill(shapes.shape(lake));
        }
        g.setColor(Palette.WATER_LINE);
        g.setStroke(new BasicStroke(style.line(0.35), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Geometry lake : data.lakes()) {
            g.draw(shapes.shape(lake));
        }
        g.setStroke(new BasicStroke(style.line(data.extent().world() ? 0.3 : 0.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Geometry r : data.rivers()) {
            g.draw(shapes.shape(r));
        }
    }

    void paintBoundaries(Graphics2D g) {
        if (data.has(MapLayer.ADMIN1)) {
            g.setColor(Palette.ADMIN1_BORDER);
            g.setStroke(new BasicStroke(style.line(0.4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    10f, new float[] {style.line(1.6), style.line(0.9)}, 0f));
            for (Geometry l : data.admin1Lines()) {
                g.draw(shapes.shape(l));
            }
        }
        if (data.has(MapLayer.BASE)) {
            g.setColor(Palette.COUNTRY_BORDER);
            g.setStroke(new BasicStroke(style.line(data.extent().world() ? 0.3 : 0.55), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (MapData.Country c : data.countries()) {
                if (!c.focus()) {
                    g.draw(shapes.shape(c.geometry()));
                }
            }
            g.setColor(new Color(0x6E685F));
            g.setStroke(new BasicStroke(style.line(0.8), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (MapData.Country c : data.countries()) {
                if (c.focus()) {
                    g.draw(shapes.shape(c.geometry()));
                }
            }
        }
        if (data.has(MapLayer.DISPUTED)) {
            for (BoundaryKind kind : new BoundaryKind[] {BoundaryKind.CLAIM, BoundaryKind.FORMER, BoundaryKind.CEASEFIRE}) {
                kind.apply(g, style);
                for (MapData.Boundary b : data.disputed()) {
                    if (b.kind() == kind) {
                        g.draw(shapes.shape(b.geometry()));
                    }
                }
            }
        }
    }

    /** Meridians and parallels at a spacing that gives a handful of lines. */
    void paintGraticule(Graphics2D g) {
        Envelope box = shapes.clipBox();
        double span = Math.max(box.getWidth(), box.getHeight());
        double step = niceStep(span / 5);
        g.setColor(Palette.GRATICULE);
        g.setStroke(new BasicStroke(style.line(0.35)));
        double lonStart = Math.ceil(box.getMinX() / step) * step;
        int n = 200;
        for (double lon = lonStart; lon <= box.getMaxX() + 1e-9; lon += step) {
            double[] lons = new double[n + 1];
            double[] lats = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                lons[i] = lon;
                lats[i] = box.getMinY() + box.getHeight() * i / n;
            }
            g.draw(shapes.polyline(lons, lats));
        }
        double latStart = Math.ceil(box.getMinY() / step) * step;
        for (double lat = latStart; lat <= box.getMaxY() + 1e-9; lat += step) {
            if (Math.abs(lat) >= 90) {
                continue;
            }
            double[] lons = new double[n + 1];
            double[] lats = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                lons[i] = box.getMinX() + box.getWidth() * i / n;
                lats[i] = lat;
            }
            g.draw(shapes.polyline(lons, lats));
        }
    }

    static double niceStep(double raw) {
        double[] steps = {0.25, 0.5, 1, 2, 5, 10, 15, 20, 30};
        for (double s : steps) {
            if (s >= raw) {
                return s;
            }
        }
        return 30;
    }

    /** Frame border. */
    void paintFrame(Graphics2D g, Rectangle2D frame) {
        g.setColor(new Color(0x8C8C8C));
        g.setStroke(new BasicStroke(style.line(0.5)));
        if (shapes.view().projection().isWorld()) {
            g.draw(outline());
        } else {
            g.draw(frame);
        }
    }

    List<MapData.Country> countries() {
        return data.countries();
    }
}
