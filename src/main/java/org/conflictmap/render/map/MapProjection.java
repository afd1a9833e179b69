package org.conflictmap.render.map;

import java.util.Locale;
import org.conflictmap.gazetteer.GeoMath;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.datum.Ellipsoid;
import org.locationtech.proj4j.proj.AlbersProjection;
import org.locationtech.proj4j.proj.LambertConformalConicProjection;
import org.locationtech.proj4j.proj.Projection;
import org.locationtech.proj4j.proj.RobinsonProjection;

/**
 * A configured Proj4J projection (longitude/latitude degrees to metres) plus what the renderer
 * needs around it: the kind, parameters, WKT for {@code .prj} files and the local scale. Proj4J
 * projections are not documented as thread-safe, so each instance holds its own.
 */
public final class MapProjection {

    /** Sphere radius used for the world projections (authalic radius of WGS84). */
    public static final double SPHERE_RADIUS = 6371007.181;

    private final ProjectionKind kind;
    private final double lon0;
    private final double lat0;
    private final double lat1;
    private final double lat2;
    private final Projection proj;

    private MapProjection(ProjectionKind kind, double lon0, double lat0, double lat1, double lat2) {
        this.kind = kind;
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.lat1 = lat1;
        this.lat2 = lat2;
        this.proj = switch (kind) {
            case EQUAL_EARTH -> new EqualEarthProjection();
            case ROBINSON -> new RobinsonProjection();
            case LAMBERT -> new LambertConformalConicProjection();
            case ALBERS -> new AlbersProjection();
            case AUTO -> throw new IllegalArgumentException("resolve AUTO before creating a projection");
        };
        if (kind == ProjectionKind.EQUAL_EARTH || kind == ProjectionKind.ROBINSON) {
            proj.setEllipsoid(new Ellipsoid("sphere", SPHERE_RADIUS, SPHERE_RADIUS, 0, "authalic sphere"));
        } else {
            proj.setEllipsoid(Ellipsoid.WGS84);
            proj.setProjectionLatitudeDegrees(lat0);
            proj.setProjectionLatitude1Degrees(lat1);
            proj.setProjectionLatitude2Degrees(lat2);
        }
        proj.setProjectionLongitudeDegrees(lon0);
        proj.initialize();
    }

    /** A world projection centred on {@code lon0}. */
    public static MapProjection world(ProjectionKind kind, double lon0) {
        return new MapProjection(kind, lon0, 0, 0, 0);
    }

    /** A conic projection with explicit parameters. */
    public static MapProjection conic(ProjectionKind kind, double lon0, double lat0, double lat1, double lat2) {
        return new MapProjection(kind, lon0, lat0, lat1, lat2);
    }

    /**
     * The projection for a longitude/latitude extent ({@code minX} may be below -180 or {@code maxX}
     * above 180 for extents across the antimeridian). AUTO: world-like extents (over 150° wide or 100°
     * tall) get Equal Earth, regional ones a conic with parallels at 1/6 and 5/6 of the latitude span;
     * an extent straddling the equator symmetrically (no usable cone) gets Equal Earth centred on it.
     */
    public static MapProjection forExtent(ProjectionKind requested, Envelope lonLat) {
        double lon0 = wrap((lonLat.getMinX() + lonLat.getMaxX()) / 2);
        boolean worldLike = lonLat.getWidth() > 150 || lonLat.getHeight() > 100;
        ProjectionKind kind = requested;
        if (kind == ProjectionKind.AUTO) {
            kind = worldLike ? ProjectionKind.EQUAL_EARTH : ProjectionKind.LAMBERT;
        }
        if (kind == ProjectionKind.EQUAL_EARTH || kind == ProjectionKind.ROBINSON) {
            return world(kind, worldLike && lonLat.getWidth() >= 359 ? 0 : lon0);
        }
        double s = Math.max(-84, lonLat.getMinY());
        double n = Math.min(84, lonLat.getMaxY());
        double p1 = s + (n - s) / 6;
        double p2 = s + 5 * (n - s) / 6;
        if (Math.abs(p1 + p2) < 2 || Math.abs(p1 - p2) < 1e-6) {
            if (Math.abs(p1 + p2) < 2) {
                return world(ProjectionKind.EQUAL_EARTH, lon0);
            }
            p2 = p1 + 1;
        }
        return conic(kind, lon0, (s + n) / 2, p1, p2);
    }

    private static double wrap(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == -180 ? 180 : l;
    }

    /** Projects degrees to metres into {@code out}; x/y are NaN when the point cannot be projected. */
    public ProjCoordinate project(double lon, double lat, ProjCoordinate out) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            out.x = Double.NaN;
            out.y = Double.NaN;
            return out;
        }
        ProjCoordinate in = new ProjCoordinate(lon, Math.max(-89.999999, Math.min(89.999999, lat)));
        try {
            proj.project(in, out);
        } catch (RuntimeException e) {
            out.x = Double.NaN;
            out.y = Double.NaN;
        }
        return out;
    }

    /** Inverse: metres to degrees (x = lon, y = lat), NaN when outside the projection's domain. */
    public ProjCoordinate inverse(double x, double y, ProjCoordinate out) {
        try {
            proj.inverseProject(new ProjCoordinate(x, y), out);
        } catch (RuntimeException e) {
            out.x = Double.NaN;
            out.y = Double.NaN;
        }
        return out;
    }

    /**
     * Ground metres per projected metre at a point, measured along the parallel (east-west), which is
     * what a horizontal scale bar shows.
     */
    public double groundPerProjectedMetre(double lon, double lat) {
        double d = 0.05;
        ProjCoordinate a = project(lon - d, lat, new ProjCoordinate());
        ProjCoordinate b = project(lon + d, lat, new ProjCoordinate());
        double projected = Math.hypot(b.x - a.x, b.y - a.y);
        double ground = GeoMath.distanceKm(lat, lon - d, lat, lon + d) * 1000;
        return projected > 0 ? ground / projected : 1;
    }

    /** The kind (never AUTO). */
    public ProjectionKind kind() {
        return kind;
    }

    /** Central meridian, degrees. */
    public double centralMeridian() {
        return lon0;
    }

    /** Standard parallels (conic kinds), degrees. */
    public double[] standardParallels() {
        return new double[] {lat1, lat2};
    }

    /** Is this a world (pseudocylindrical) projection? */
    public boolean isWorld() {
        return kind == ProjectionKind.EQUAL_EARTH || kind == ProjectionKind.ROBINSON;
    }

    /** A human description, e.g. "Lambert conformal conic (lon0 46.0, parallels 39.2/42.8)". */
    public String describe() {
        return switch (kind) {
            case EQUAL_EARTH -> String.format(Locale.ROOT, "Equal Earth (lon0 %.1f)", lon0);
            case ROBINSON -> String.format(Locale.ROOT, "Robinson (lon0 %.1f)", lon0);
            case LAMBERT -> String.format(Locale.ROOT, "Lambert conformal conic (lon0 %.2f, parallels %.2f/%.2f)", lon0, lat1, lat2);
            case ALBERS -> String.format(Locale.ROOT, "Albers equal-area conic (lon0 %.2f, parallels %.2f/%.2f)", lon0, lat1, lat2);
            case AUTO -> "auto";
        };
    }

    /** ESRI-style WKT (what {@code .prj} files hold; QGIS and GDAL read it). */
    public String wkt() {
        String geogWgs = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        String geogSphere = String.format(Locale.ROOT, "GEOGCS[\"GCS_Sphere_Authalic\",DATUM[\"D_Sphere\","
                + "SPHEROID[\"Sphere\",%.3f,0.0]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]",
                SPHERE_RADIUS);
        return switch (kind) {
            case EQUAL_EARTH -> String.format(Locale.ROOT, "PROJCS[\"Sphere_Equal_Earth\",%s,PROJECTION[\"Equal_Earth\"],"
                    + "PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],"
                    + "PARAMETER[\"Central_Meridian\",%s],UNIT[\"Meter\",1.0]]", geogSphere, num(lon0));
            case ROBINSON -> String.format(Locale.ROOT, "PROJCS[\"Sphere_Robinson\",%s,PROJECTION[\"Robinson\"],"
                    + "PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],"
                    + "PARAMETER[\"Central_Meridian\",%s],UNIT[\"Meter\",1.0]]", geogSphere, num(lon0));
            case LAMBERT -> String.format(Locale.ROOT, "PROJCS[\"WGS_1984_Lambert_Conformal_Conic\",%s,"
                    + "PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"False_Easting\",0.0],"
                    + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",%s],"
                    + "PARAMETER[\"Standard_Parallel_1\",%s],PARAMETER[\"Standard_Parallel_2\",%s],"
                    + "PARAMETER[\"Latitude_Of_Origin\",%s],UNIT[\"Meter\",1.0]]",
                    geogWgs, num(lon0), num(lat1), num(lat2), num(lat0));
            case ALBERS -> String.format(Locale.ROOT, "PROJCS[\"WGS_1984_Albers\",%s,PROJECTION[\"Albers\"],"
                    + "PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],"
                    + "PARAMETER[\"Central_Meridian\",%s],PARAMETER[\"Standard_Parallel_1\",%s],"
                    + "PARAMETER[\"Standard_Parallel_2\",%s],PARAMETER[\"Latitude_Of_Origin\",%s],UNIT[\"Meter\",1.0]]",
                    geogWgs, num(lon0), num(lat1), num(lat2), num(lat0));
            case AUTO -> throw new IllegalStateException();
        };
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
