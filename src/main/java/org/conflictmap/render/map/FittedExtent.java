package org.conflictmap.render.map;

import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * A resolved map extent.
 *
 * @param lonLat          box in degrees; minX may be below -180 or maxX above 180 across the antimeridian
 * @param world           true for the whole world
 * @param focusCountries  ISO alpha-2 codes of countries to highlight
 * @param description     how it was chosen, for logs and captions
 */
public record FittedExtent(Envelope lonLat, boolean world, Set<String> focusCountries, String description) {

    public FittedExtent {
        lonLat = new Envelope(lonLat);
        focusCountries = Set.copyOf(focusCountries);
    }

    @Override
    public Envelope lonLat() {
        return new Envelope(lonLat);
    }
}
