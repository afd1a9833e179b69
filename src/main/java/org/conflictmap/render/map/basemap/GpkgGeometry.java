package org.conflictmap.render.map.basemap;

import java.util.HexFormat;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes a GeoPackage geometry blob (the "GP" header followed by standard WKB), as dumped by
 * {@code sqlite3 ... "select hex(geom) ..."}.
 */
public final class GpkgGeometry {

    private GpkgGeometry() {
    }

    /** Decodes a hex string of a GeoPackage geometry blob; null for an empty or absent geometry. */
    public static Geometry fromHex(String hex, GeometryFactory gf) {
        if (hex == null || hex.isEmpty()) {
            return null;
        }
        return fromBytes(HexFormat.of().parseHex(hex), gf);
    }

    /** Decodes a GeoPackage geometry blob; null for an empty geometry. */
    public static Geometry fromBytes(byte[] blob, GeometryFactory gf) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry blob (missing 'GP' magic)");
        }
        int flags = blob[3] & 0xFF;
        boolean empty = (flags & 0x10) != 0;
        int envelope = (flags >> 1) & 0x07;
        int envelopeBytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("bad GeoPackage envelope indicator " + envelope);
        };
        if (empty) {
            return null;
        }
        int start = 8 + envelopeBytes;
        byte[] wkb = new byte[blob.length - start];
        System.arraycopy(blob, start, wkb, 0, wkb.length);
        try {
            return new WKBReader(gf).read(wkb);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKB in GeoPackage blob: " + e.getMessage(), e);
        }
    }
}
