package org.conflictmap.gazetteer.build;

import org.conflictmap.gazetteer.BBox;
import org.conflictmap.gazetteer.CompiledPlace;
import org.conflictmap.gazetteer.Place;

/** A place while the build is assembling it; fields are filled in by successive sources. */
final class PlaceDraft {

    final long id;
    String name;
    String featureClass;
    String featureCode;
    String country;
    String admin1 = "";
    double lat = Double.NaN;
    double lon = Double.NaN;
    long population;
    BBox bbox;
    boolean curated;

    PlaceDraft(long id, String name, String featureClass, String featureCode, String country) {
        this.id = id;
        this.name = name;
        this.featureClass = featureClass;
        this.featureCode = featureCode;
        this.country = country == null ? "" : country;
    }

    boolean hasPoint() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    void point(double newLat, double newLon) {
        this.lat = newLat;
        this.lon = newLon;
    }

    boolean isCountry() {
        return "A".equals(featureClass) && featureCode.startsWith("PCL");
    }

    boolean isAdmin1() {
        return "A".equals(featureClass) && "ADM1".equals(featureCode);
    }

    CompiledPlace compile() {
        return new CompiledPlace(new Place(id, name, featureClass, featureCode, country, admin1, lat, lon,
                population, bbox), curated);
    }
}
