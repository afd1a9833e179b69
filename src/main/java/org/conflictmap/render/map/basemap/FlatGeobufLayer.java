package org.conflictmap.render.map.basemap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.PackedRTree;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;

/**
 * An in-memory FlatGeobuf file that answers box queries through its packed R-tree, decoding only
 * the features that intersect the box. Immutable and thread-safe (each query uses its own view).
 */
public final class FlatGeobufLayer {

    private final ByteBuffer data;
    private final HeaderMeta header;
    private final long featuresStart;

    /** Wraps the bytes of a FlatGeobuf file. */
    public FlatGeobufLayer(byte[] bytes) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (!Constants.isFlatgeobuf(ByteBuffer.wrap(bytes))) {
            throw new IOException("not a FlatGeobuf file (bad magic bytes)");
        }
        this.header = HeaderMeta.read(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        this.data = bb.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long indexSize = header.indexNodeSize > 0 && header.featuresCount > 0
                ? PackedRTree.calcSize((int) header.featuresCount, header.indexNodeSize) : 0;
        this.featuresStart = header.offset + indexSize;
    }

    /** Layer name stored in the header. */
    public String name() {
        return header.name;
    }

    /** Number of features. */
    public long size() {
        return header.featuresCount;
    }

    /** Extent of all features. */
    public Envelope extent() {
        return header.envelope == null ? new Envelope() : new Envelope(header.envelope);
    }

    /** Every feature, in file order. */
    public List<MapFeature> all() {
        List<MapFeature> out = new ArrayList<>();
        long pos = featuresStart;
        ByteBuffer bb = view();
        while (pos < bb.limit()) {
            int len = bb.getInt((int) pos);
            out.add(decode(bb, pos));
            pos += 4L + len;
        }
        return out;
    }

    /** Features whose bounding box intersects {@code box} (longitude/latitude). */
    public List<MapFeature> query(Envelope box) {
        return query(box, new java.util.HashSet<>());
    }

    /**
     * As {@link #query(Envelope)}, skipping features whose file offset is in {@code seen} and adding
     * the offsets returned (so several boxes can be queried without duplicates).
     */
    public List<MapFeature> query(Envelope box, java.util.Set<Long> seen) {
        if (header.featuresCount == 0) {
            return List.of();
        }
        if (header.indexNodeSize == 0) {
            List<MapFeature> out = new ArrayList<>();
            for (MapFeature f : all()) {
                if (f.geometry().getEnvelopeInternal().intersects(box)) {
                    out.add(f);
                }
            }
            return out;
        }
        ByteBuffer bb = view();
        List<PackedRTree.SearchHit> hits = PackedRTree.search(bb, header.offset, (int) header.featuresCount,
                header.indexNodeSize, box);
        hits.sort((a, b) -> Long.compare(a.offset, b.offset));
        List<MapFeature> out = new ArrayList<>(hits.size());
        for (PackedRTree.SearchHit h : hits) {
            if (seen.add(h.offset)) {
                out.add(decode(bb, featuresStart + h.offset));
            }
        }
        return out;
    }

    private ByteBuffer view() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    private MapFeature decode(ByteBuffer bb, long pos) {
        ByteBuffer fb = bb.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        fb.position((int) pos + 4);
        Feature f = Feature.getRootAsFeature(fb);
        Geometry g = GeometryConversions.deserialize(f.geometry(), header.geometryType);
        Map<String, String> attrs = new LinkedHashMap<>();
        ByteBuffer p = f.propertiesAsByteBuffer();
        if (p != null) {
            p = p.slice().order(ByteOrder.LITTLE_ENDIAN);
            while (p.remaining() >= 2) {
                int col = Short.toUnsignedInt(p.getShort());
                var meta = header.columns.get(col);
                if (meta.type != ColumnType.String) {
                    throw new IllegalStateException("unsupported FlatGeobuf column type " + meta.type);
                }
                int len = p.getInt();
                byte[] s = new byte[len];
                p.get(s);
                attrs.put(meta.name, new String(s, StandardCharsets.UTF_8));
            }
        }
        return new MapFeature(g, attrs);
    }
}
