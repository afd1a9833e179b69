package org.conflictmap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

class DocumentFocusTest {

    static final Place SOUTH_AFRICA = Fixtures.country(953987, "South Africa", "ZA", -29, 24, 49_000_000);
    static final Place NORTH_WEST = Fixtures.admin1(1085598, "North West", "ZA", "10", -26.5, 26, 3_500_000);
    static final Place DURBAN = Fixtures.city(1007311, "Durban", "PPLA2", "ZA", "02", -29.86, 31.03, 3_120_282);

    @Test
    void theFocusIsATownElseAUnitWithinTheCountryElseTheCountry() {
        assertEquals(NORTH_WEST, DocumentFocus.of(List.of(SOUTH_AFRICA, SOUTH_AFRICA, SOUTH_AFRICA, NORTH_WEST))
                .place(), "a province is a closer guess than the middle of the country, though named less");
        assertEquals(DURBAN, DocumentFocus.of(List.of(SOUTH_AFRICA, NORTH_WEST, NORTH_WEST, DURBAN)).place());
        assertEquals(SOUTH_AFRICA, DocumentFocus.of(List.of(SOUTH_AFRICA, SOUTH_AFRICA)).place());
    }
}
