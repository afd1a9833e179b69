package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.conflictmap.gazetteer.GeoMath;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class WithinTest {

    @Test
    void sameAnswerAsTheDistanceAlsoAtTheThreshold() {
        Random rnd = new Random(9);
        for (int trial = 0; trial < 200_000; trial++) {
            double lat = rnd.nextDouble() * 180 - 90;
            double lon = rnd.nextDouble() * 360 - 180;
            double km = trial % 2 == 0 ? 50 : 160;
            // the other place around the threshold, mostly due north or south (where the latitude bound is tight)
            double dLat = (km / 111.195) * (0.999 + rnd.nextDouble() * 0.002) * (rnd.nextBoolean() ? 1 : -1);
            double dLon = rnd.nextInt(4) == 0 ? rnd.nextDouble() * 3 : 0;
            Place p = Fixtures.city(1, "P", "PPL", "US", "01", lat, lon, 0);
            Place q = Fixtures.city(2, "Q", "PPL", "US", "01", Math.max(-90, Math.min(90, lat + dLat)), lon + dLon, 0);
            assertEquals(GeoMath.distanceKm(p.lat(), p.lon(), q.lat(), q.lon()) <= km,
                    GazetteerGeoparser.within(p, q, km), p + " " + q);
        }
    }
}
