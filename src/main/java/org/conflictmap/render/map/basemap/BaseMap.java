package org.conflictmap.render.map.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Envelope;

/**
 * The base map: one {@link FlatGeobufLayer} per {@link BaseLayer}, read from a folder or from the
 * {@code /basemap/} resources in the jar. Layers are read lazily on first use and then shared
 * (thread-safe). Queries by longitude/latitude box return only the features the extent needs.
 */
public final class BaseMap {

    /** Classpath folder holding the bundled base map. */
    public static final String RESOURCE_DIR = "/basemap/";

    private final Path dir;
    private final Map<BaseLayer, FlatGeobufLayer> layers = new EnumMap<>(BaseLayer.class);

    private BaseMap(Path dir) {
        this.dir = dir;
    }

    /** The base map bundled in the jar. */
    public static BaseMap bundled() {
        return new BaseMap(null);
    }

    /** A base map read from a folder of {@code <layer>.fgb} files. */
    public static BaseMap fromDirectory(Path dir) {
        return new BaseMap(dir);
    }

    /** True when the layer's file exists. */
    public boolean has(BaseLayer layer) {
        if (dir != null) {
            return Files.isRegularFile(dir.resolve(layer.fileName()));
        }
        return BaseMap.class.getResource(RESOURCE_DIR + layer.fileName()) != null;
    }

    /** The layer, loaded on first use. */
    public synchronized FlatGeobufLayer layer(BaseLayer layer) {
        return layers.computeIfAbsent(layer, l -> {
            try {
                return new FlatGeobufLayer(bytes(l));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read base-map layer " + l.fileName() + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Features of the layer intersecting the box; a box that crosses the antimeridian (west &gt; east)
     * or reaches past ±180 is queried in pieces, and the pieces' features are returned once each.
     */
    public List<MapFeature> query(BaseLayer layer, Envelope lonLatBox) {
        FlatGeobufLayer l = layer(layer);
        List<MapFeature> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Envelope part : split(lonLatBox)) {
            out.addAll(l.query(part, seen));
        }
        return out;
    }

    /** Splits a box whose longitudes leave [-180, 180] into boxes inside it. */
    static List<Envelope> split(Envelope box) {
        double w = box.getMinX();
        double e = box.getMaxX();
        if (e - w >= 360) {
            return List.of(new Envelope(-180, 180, box.getMinY(), box.getMaxY()));
        }
        List<Envelope> out = new ArrayList<>();
        if (w < -180) {
            out.add(new Envelope(w + 360, 180, box.getMinY(), box.getMaxY()));
            out.add(new Envelope(-180, e, box.getMinY(), box.getMaxY()));
        } else if (e > 180) {
            out.add(new Envelope(w, 180, box.getMinY(), box.getMaxY()));
            out.add(new Envelope(-180, e - 360, box.getMinY(), box.getMaxY()));
        } else {
            out.add(box);
        }
        return out;
    }

    private byte[] bytes(BaseLayer l) throws IOException {
        InputStream raw = dir != null ? Files.newInputStream(dir.resolve(l.fileName()))
                : BaseMap.class.getResourceAsStream(RESOURCE_DIR + l.fileName());
        if (raw == null) {
            throw new IOException("base-map resource " + RESOURCE_DIR + l.fileName()
                    + " is missing from the jar (run scripts/build-basemap.sh)");
        }
        try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            return in.readAllBytes();
        }
    }
}
