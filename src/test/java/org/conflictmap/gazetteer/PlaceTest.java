package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlaceTest {

    /** The same components as {@link Place}, with the equality and hash a record generates. */
    private record Generated(long id, String name, String featureClass, String featureCode, String country,
                             String admin1, double lat, double lon, long population, BBox bbox) {
        static Generated of(Place p) {
            return new Generated(p.id(), p.name(), p.featureClass(), p.featureCode(), p.country(), p.admin1(),
                    p.lat(), p.lon(), p.population(), p.bbox());
        }
    }

    @Test
    void kindsSayWhatTheFeatureClassAndCodeSay() {
        String[] classes = {"A", "P", "H", "T", "L", "", "a"};
        String[] codes = {"PCLI", "PCLD", "PCL", "TERR", "ADM1", "ADM1H", "ADM2", "PPL", "PPLC", "PPLA", "CONT",
            "RGN", "OCN", "SEA", "STM", "", "pcli"};
        for (String fc : classes) {
            for (String code : codes) {
                Place p = new Place(1, "x", fc, code, "FR", "", 0, 0, 0, null, -1);
                String what = fc + "." + code;
                boolean a = "A".equals(fc);
                assertEquals(a && code.startsWith("PCL"), p.isCountry(), what);
                assertEquals(a && (code.startsWith("PCL") || "TERR".equals(code)), p.isCountryLike(), what);
                assertEquals(a && "ADM1".equals(code), p.isAdmin1(), what);
                assertEquals("P".equals(fc), p.isPopulatedPlace(), what);
                assertEquals("CONT".equals(code), p.isContinent(), what);
                assertEquals("PPLC".equals(code), p.isCapital(), what);
                assertEquals("RGN".equals(code) || "OCN".equals(code) || "SEA".equals(code), p.isRegionOrWater(), what);
                assertEquals(p, new Place(1, "x", fc, code, "FR", "", 0, 0, 0, null), "kinds are not compared");
            }
        }
    }

    @Test
    void equalityAndHashAreTheGeneratedRecordOnes() {
        SplittableRandom r = new SplittableRandom(5);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            places.add(random(r));
        }
        for (Place a : places) {
            Generated ga = Generated.of(a);
            assertEquals(ga.hashCode(), a.hashCode(), a.toString());
            for (Place b : places) {
                assertEquals(ga.equals(Generated.of(b)), a.equals(b), a + " vs " + b);
            }
        }
        Place p = places.get(0);
        assertEquals(false, p.equals(null));
        assertEquals(false, p.equals("Paris"));
    }

    /** Places from a few values per component, so that many pairs differ in one component only. */
    private static Place random(SplittableRandom r) {
        double[] coords = {0.0, -0.0, 48.85, Double.NaN};
        BBox[] boxes = {null, new BBox(1, 2, 3, 4), new BBox(1, 2, 3, 5)};
        return new Place(r.nextInt(2), r.nextBoolean() ? "Paris" : "Parîs", r.nextBoolean() ? "P" : null,
                r.nextBoolean() ? "PPLC" : "PPL", r.nextBoolean() ? "FR" : "", r.nextBoolean() ? "11" : "",
                coords[r.nextInt(coords.length)], coords[r.nextInt(coords.length)], r.nextInt(2) * 1000L,
                boxes[r.nextInt(boxes.length)]);
    }
}
