package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeoparseJsonTest {

    @Test
    void fixedDecimals() {
        assertEquals("55.75222", GeoparseJson.fixed(55.75222, 5));
        assertEquals("-98.5", GeoparseJson.fixed(-98.5, 5));
        assertEquals("0.5", GeoparseJson.fixed(0.5, 3));
        assertEquals("1", GeoparseJson.fixed(0.99999, 3));
        assertEquals("0", GeoparseJson.fixed(-0.000001, 5));
        assertEquals("-0.00001", GeoparseJson.fixed(-0.00001, 5));
        assertEquals("100", GeoparseJson.fixed(100.0, 5));
        assertEquals("37.61556", GeoparseJson.fixed(37.615556, 5));
    }
}
