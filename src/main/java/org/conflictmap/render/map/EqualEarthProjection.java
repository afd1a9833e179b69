package org.conflictmap.render.map;

import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * Equal Earth (Šavrič, Patterson &amp; Jenny 2018), spherical form, as a Proj4J projection (Proj4J 1.4
 * lacks it). Equal-area pseudocylindrical world projection; inverse by Newton iteration.
 */
public final class EqualEarthProjection extends Projection {

    private static final long serialVersionUID = 1L;
    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;

    /** A unit-sphere instance; call {@link #initialize()} after setting the ellipsoid and central meridian. */
    public EqualEarthProjection() {
        name = "Equal Earth";
    }

    @Override
    public ProjCoordinate project(double lam, double phi, ProjCoordinate out) {
        double theta = Math.asin(M * Math.sin(phi));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        out.x = lam * Math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        out.y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return out;
    }

    @Override
    public ProjCoordinate projectInverse(double x, double y, ProjCoordinate out) {
        double theta = y;
        for (int i = 0; i < 12; i++) {
            double t2 = theta * theta;
            double t6 = t2 * t2 * t2;
            double f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
            double fp = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
            double d = f / fp;
            theta -= d;
            if (Math.abs(d) < 1e-12) {
                break;
            }
        }
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        out.x = M * x * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)) / Math.cos(theta);
        out.y = Math.asin(Math.max(-1, Math.min(1, Math.sin(theta) / M)));
        return out;
    }

    @Override
    public boolean isEqualArea() {
        return true;
    }

    @Override
    public boolean hasInverse() {
        return true;
    }

    @Override
    public String toString() {
        return "Equal Earth";
    }
}
