package org.conflictmap.gazetteer;

import static org.conflictmap.gazetteer.GazetteerFormat.COORD_SCALE;

import java.nio.ByteBuffer;

/**
 * The mapped gazetteer's grid of populated places (cells of {@link GazetteerFormat#GRID_DEG} degrees, each a run
 * of place ordinals), searched for the place nearest to a point. Immutable.
 */
final class PlaceGrid {

    private final ByteBuffer gridCells;
    private final ByteBuffer gridItems;
    private final ByteBuffer places;

    PlaceGrid(ByteBuffer cells, ByteBuffer items, ByteBuffer places) {
        this.gridCells = cells;
        this.gridItems = items;
        this.places = places;
    }

    /**
     * The ordinal of the gridded place nearest to {@code (lat, lon)} within {@code maxKm}, the lower ordinal of
     * two at the same distance; -1 when none (or for a NaN point or distance).
     */
    int nearest(double lat, double lon, double maxKm) {
        if (Double.isNaN(lat) || Double.isNaN(lon) || !(maxKm >= 0)) {
            return -1;
        }
        double dLat = Math.min(180, maxKm / 111.19 + GazetteerFormat.GRID_DEG);
        int rowLo = Math.max(0, (int) Math.floor((lat - dLat + 90) / GazetteerFormat.GRID_DEG));
        int rowHi = Math.min(GazetteerFormat.GRID_ROWS - 1, (int) Math.floor((lat + dLat + 90) / GazetteerFormat.GRID_DEG));
        double maxAbsLat = Math.min(90, Math.abs(lat) + dLat);
        double cos = Math.cos(Math.toRadians(maxAbsLat));
        double dLon = cos < 1e-6 ? 360 : maxKm / (111.19 * cos) + GazetteerFormat.GRID_DEG;
        int colCount = dLon >= 180 ? GazetteerFormat.GRID_COLS : Math.min(GazetteerFormat.GRID_COLS,
                (int) Math.ceil(2 * dLon / GazetteerFormat.GRID_DEG) + 1);
        int colStart = dLon >= 180 ? 0 : (int) Math.floor((lon - dLon + 180) / GazetteerFormat.GRID_DEG);
        int bestOrd = -1;
        double bestKm = maxKm;
        for (int row = rowLo; row <= rowHi; row++) {
            for (int k = 0; k < colCount; k++) {
                int cell = row * GazetteerFormat.GRID_COLS + Math.floorMod(colStart + k, GazetteerFormat.GRID_COLS);
                int from = gridCells.getInt(cell * 4);
                int to = gridCells.getInt(cell * 4 + 4);
                for (int i = from; i < to; i++) {
                    int ord = gridItems.getInt(i * 4);
                    int at = ord * GazetteerFormat.PLACE_RECORD;
                    double km = GeoMath.distanceKm(lat, lon, places.getInt(at + 4) / COORD_SCALE,
                            places.getInt(at + 8) / COORD_SCALE);
                    if (km <= bestKm && (bestOrd < 0 || km < bestKm || ord < bestOrd)) {
                        bestKm = km;
                        bestOrd = ord;
                    }
                }
            }
        }
        return bestOrd;
    }
}
