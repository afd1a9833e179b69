package org.conflictmap.render.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The bundled base map (built by scripts/build-basemap.sh) is complete and answers box queries. */
class BaseMapTest {

    private static final BaseMap BASE = BaseMap.bundled();

    @Test
    void everyLayerIsBundled() {
        for (BaseLayer l : BaseLayer.values()) {
            assertTrue(BASE.has(l), l.fileName());
            assertTrue(BASE.layer(l).size() > 0, l.fileName());
        }
    }

    @Test
    void southCaucasusQueryFindsCountriesAdmin1AndTheNkaoLines() {
        Envelope box = new Envelope(43, 50.5, 38.3, 42);
        Set<String> countries = BASE.query(BaseLayer.COUNTRIES, box).stream().map(f -> f.attr("iso_a2")).collect(Collectors.toSet());
        assertTrue(countries.containsAll(Set.of("AM", "AZ", "GE", "IR", "TR", "RU")), countries.toString());
        assertTrue(BASE.query(BaseLayer.COUNTRIES, box).size() < 20, "the index filters the rest of the world out");
        Set<String> admin = BASE.query(BaseLayer.ADMIN1, box).stream().map(f -> f.attr("name")).collect(Collectors.toSet());
        assertTrue(admin.contains("Syunik") && admin.contains("Kakheti"), admin.toString());
        Set<String> disputed = BASE.query(BaseLayer.DISPUTED, box).stream().map(f -> f.attr("name")).collect(Collectors.toSet());
        assertTrue(disputed.contains("Ceasefire Line 1994") && disputed.contains("Former USSR oblast in 1991"), disputed.toString());
        assertTrue(BASE.query(BaseLayer.LAKES50, box).size() >= 1, "Lake Sevan");
    }

    @Test
    void queriesAcrossTheAntimeridianFetchBothSides() {
        List<Envelope> parts = BaseMap.split(new Envelope(170, 190, 60, 70));
        assertEquals(2, parts.size());
        Set<String> iso = BASE.query(BaseLayer.COUNTRIES, new Envelope(170, 190, 60, 70)).stream()
                .map(f -> f.attr("iso_a2")).collect(Collectors.toSet());
        assertTrue(iso.contains("RU") && iso.contains("US"), iso.toString());
    }

    @Test
    void noGeometryJumpsAcrossTheAntimeridian() {
        for (BaseLayer l : BaseLayer.values()) {
            for (MapFeature f : BASE.layer(l).query(new Envelope(170, 180, -90, 90))) {
                assertTrue(!Antimeridian.jumps(f.geometry()), l + " " + f.attributes());
            }
        }
    }
}
