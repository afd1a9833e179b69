package org.conflictmap.render.map;

import java.util.Locale;

/**
 * What a map shows: fitted to the events, the world, a box, a country (ISO alpha-2) or a named
 * region from the gazetteer. Parsed from {@code auto | world | bbox:W,S,E,N | country:AM | region:NAME}.
 *
 * @param kind  the kind
 * @param value country code, region name or the box text; "" for auto and world
 * @param west  box west (bbox only)
 * @param south box south
 * @param east  box east (may be less than west: across the antimeridian)
 * @param north box north
 */
public record MapExtent(Kind kind, String value, double west, double south, double east, double north) {

    /** Extent kinds. */
    public enum Kind { AUTO, WORLD, BBOX, COUNTRY, REGION }

    /** Fitted to the events. */
    public static final MapExtent AUTO = new MapExtent(Kind.AUTO, "", 0, 0, 0, 0);
    /** The whole world. */
    public static final MapExtent WORLD = new MapExtent(Kind.WORLD, "", -180, -90, 180, 90);

    /** Parses the command-line form; a clear {@link IllegalArgumentException} when malformed. */
    public static MapExtent parse(String s) {
        String t = s.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("auto")) {
            return AUTO;
        }
        if (lower.equals("world")) {
            return WORLD;
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("bad extent '" + s + "' (use auto, world, bbox:W,S,E,N, country:AM or region:NAME)");
        }
        String kind = lower.substring(0, colon);
        String arg = t.substring(colon + 1).trim();
        switch (kind) {
            case "bbox": {
                String[] p = arg.split(",");
                if (p.length != 4) {
                    throw new IllegalArgumentException("bad bbox '" + arg + "' (use bbox:W,S,E,N in degrees)");
                }
                double[] v = new double[4];
                for (int i = 0; i < 4; i++) {
                    try {
                        v[i] = Double.parseDouble(p[i].trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("bad bbox number '" + p[i].trim() + "' in '" + arg + "'", e);
                    }
                }
                if (v[1] >= v[3] || v[1] < -90 || v[3] > 90 || Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180 || v[0] == v[2]) {
                    throw new IllegalArgumentException("bad bbox '" + arg + "': need -180<=W,E<=180, W!=E, -90<=S<N<=90");
                }
                return new MapExtent(Kind.BBOX, arg, v[0], v[1], v[2], v[3]);
            }
            case "country":
                if (!arg.matches("[A-Za-z]{2}")) {
                    throw new IllegalArgumentException("bad country '" + arg + "' (use an ISO 3166-1 alpha-2 code, e.g. country:AM)");
                }
                return new MapExtent(Kind.COUNTRY, arg.toUpperCase(Locale.ROOT), 0, 0, 0, 0);
            case "region":
                if (arg.isEmpty()) {
                    throw new IllegalArgumentException("region: needs a name, e.g. region:Caucasus");
                }
                return new MapExtent(Kind.REGION, arg, 0, 0, 0, 0);
            default:
                throw new IllegalArgumentException("bad extent kind '" + kind + "' (use auto, world, bbox, country or region)");
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case AUTO -> "auto";
            case WORLD -> "world";
            case BBOX -> "bbox:" + value;
            case COUNTRY -> "country:" + value;
            case REGION -> "region:" + value;
        };
    }
}
