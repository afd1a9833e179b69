package org.conflictmap.gazetteer.build;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Population estimates for areas that no source gives one: the sum of the populations of the towns that
 * lie in them (a lower bound, as the place table holds towns above a size only). Sections of cities
 * (PPLX) and historical places (PPLH etc.) are left out so nothing is counted twice.
 */
final class TownPopulation {

    private TownPopulation() {
    }

    /** True when a place draft counts towards an area's population. */
    static boolean counts(PlaceDraft p) {
        return "P".equals(p.featureClass) && p.id > 0 && p.population > 0 && p.hasPoint()
                && !"PPLX".equals(p.featureCode) && !p.featureCode.startsWith("PPLH")
                && !"PPLQ".equals(p.featureCode) && !"PPLW".equals(p.featureCode);
    }

    /** Sum of the populations of {@code towns} (already filtered by {@link #counts}) covered by {@code area}. */
    static long inside(Geometry area, List<PlaceDraft> towns, GeometryFactory factory) {
        Envelope env = area.getEnvelopeInternal();
        PreparedGeometry prepared = null;
        long sum = 0;
        for (PlaceDraft t : towns) {
            if (!env.contains(t.lon, t.lat)) {
                continue;
            }
            if (prepared == null) {
                prepared = PreparedGeometryFactory.prepare(area);
            }
            if (prepared.covers(factory.createPoint(new Coordinate(t.lon, t.lat)))) {
                sum += t.population;
            }
        }
        return sum;
    }
}
