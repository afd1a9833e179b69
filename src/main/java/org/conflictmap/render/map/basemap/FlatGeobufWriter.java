package org.conflictmap.render.map.basemap;

import com.google.flatbuffers.FlatBufferBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.NodeItem;
import org.wololo.flatgeobuf.PackedRTree;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;

/**
 * Writes a FlatGeobuf file with a packed Hilbert R-tree index and string columns, so readers can
 * fetch only the features intersecting a box. Output is deterministic for the same input.
 */
public final class FlatGeobufWriter {

    /** Index node size used for every base-map file. */
    public static final short NODE_SIZE = 16;

    private FlatGeobufWriter() {
    }

    /**
     * Writes the features.
     *
     * @param out          destination
     * @param name         layer name
     * @param geometryType FlatGeobuf geometry type of every feature (e.g. MultiPolygon)
     * @param columns      string attribute columns, in order
     * @param features     the features (geometry class must match {@code geometryType})
     */
    public static void write(OutputStream out, String name, byte geometryType, List<String> columns,
                             List<MapFeature> features) throws IOException {
        List<byte[]> encoded = new ArrayList<>(features.size());
        List<PackedRTree.FeatureItem> items = new ArrayList<>(features.size());
        Envelope total = new Envelope();
        for (int i = 0; i < features.size(); i++) {
            MapFeature f = features.get(i);
            encoded.add(encode(f, geometryType, columns));
            Envelope e = f.geometry().getEnvelopeInternal();
            total.expandToInclude(e);
            PackedRTree.FeatureItem item = new PackedRTree.FeatureItem();
            item.nodeItem = new NodeItem(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), i);
            items.add(item);
        }
        HeaderMeta hm = new HeaderMeta();
        hm.name = name;
        hm.geometryType = geometryType;
        hm.srid = 4326;
        hm.featuresCount = features.size();
        hm.indexNodeSize = features.isEmpty() ? 0 : NODE_SIZE;
        hm.envelope = total;
        hm.columns = new ArrayList<>();
        for (String c : columns) {
            ColumnMeta cm = new ColumnMeta();
            cm.name = c;
            cm.type = (byte) ColumnType.String;
            cm.nullable = true;
            hm.columns.add(cm);
        }
        out.write(Constants.MAGIC_BYTES);
        HeaderMeta.write(hm, out, new FlatBufferBuilder(1024));
        if (features.isEmpty()) {
            return;
        }
        NodeItem extent = new NodeItem(total.getMinX(), total.getMinY(), total.getMaxX(), total.getMaxY());
        @SuppressWarnings("unchecked")
        List<PackedRTree.FeatureItem> sorted =
                (List<PackedRTree.FeatureItem>) PackedRTree.hilbertSort(items, extent);
        List<byte[]> ordered = new ArrayList<>(sorted.size());
        long offset = 0;
        for (PackedRTree.FeatureItem item : sorted) {
            byte[] bytes = encoded.get((int) item.nodeItem.offset);
            ordered.add(bytes);
            item.nodeItem.offset = offset;
            item.offset = offset;
            item.size = bytes.length;
            offset += bytes.length;
        }
        new PackedRTree(sorted, NODE_SIZE).write(out);
        for (byte[] b : ordered) {
            out.write(b);
        }
    }

    private static byte[] encode(MapFeature f, byte geometryType, List<String> columns) throws IOException {
        FlatBufferBuilder b = new FlatBufferBuilder(1024);
        int geom = GeometryConversions.serialize(b, f.geometry(), geometryType);
        ByteArrayOutputStream props = new ByteArrayOutputStream();
        for (int c = 0; c < columns.size(); c++) {
            String v = f.attributes().get(columns.get(c));
            if (v == null) {
                continue;
            }
            byte[] s = v.getBytes(StandardCharsets.UTF_8);
            ByteBuffer bb = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
            bb.putShort((short) c).putInt(s.length);
            props.write(bb.array());
            props.write(s);
        }
        int propsOffset = Feature.createPropertiesVector(b, props.toByteArray());
        Feature.startFeature(b);
        Feature.addGeometry(b, geom);
        Feature.addProperties(b, propsOffset);
        int feature = Feature.endFeature(b);
        b.finishSizePrefixed(feature);
        return b.sizedByteArray();
    }

    /** FlatGeobuf geometry type code for a JTS geometry class. */
    public static byte typeOf(Class<? extends Geometry> cls) {
        return GeometryConversions.toGeometryType(cls);
    }
}
