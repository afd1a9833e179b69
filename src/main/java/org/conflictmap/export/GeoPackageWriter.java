package org.conflictmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictmap.events.Event;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Precision;
import org.conflictmap.export.sqlite.RecordEncoder;
import org.conflictmap.export.sqlite.Rows;
import org.conflictmap.export.sqlite.SqliteWriter;
import org.conflictmap.io.AtomicFiles;

/**
 * Writes events as an OGC GeoPackage 1.3 point layer {@code events} (WGS 84, EPSG:4326), written directly in
 * the SQLite file format (no SQLite library). Tables: the three required rows of {@code gpkg_spatial_ref_sys},
 * {@code gpkg_contents} (bounding box of the events; {@code last_change} is the latest event day at
 * 00:00:00Z, never the clock, so identical input gives identical bytes), {@code gpkg_geometry_columns}, and
 * {@code events}: {@code fid} then {@code geom} (GeoPackage binary point, no envelope) then the events.csv
 * columns with SQL types — numbers stay numbers, {@code date} is a GeoPackage DATE ('YYYY-MM-DD'), an unknown
 * fatality count is NULL, documents are joined with ';'. Text is stored as it is: CSV formula neutralisation
 * does not apply. Coordinates are events.csv's 5-decimal values. No spatial index (R-tree): QGIS
 * reads the layer without one and can add it.
 */
public final class GeoPackageWriter {

    /** 'GPKG' in the application_id header field. */
    static final int APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.3.0 in the user_version header field. */
    static final int USER_VERSION = 10300;
    static final int SRS_ID = 4326;

    static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";

    private static final String SRS_SQL = "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, "
            + "srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL, "
            + "organization_coordsys_id INTEGER NOT NULL, definition  TEXT NOT NULL, description TEXT)";
    private static final String CONTENTS_SQL = "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, "
            + "data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', "
            + "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, "
            + "min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY "
            + "(srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))";
    private static final String GEOMETRY_COLUMNS_SQL = "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, "
            + "column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, "
            + "z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
            + "CONSTRAINT uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) "
            + "REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES "
            + "gpkg_spatial_ref_sys (srs_id))";
    static final String EVENTS_SQL = "CREATE TABLE \"events\" (\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
            + "\"geom\" POINT, \"event_id\" TEXT NOT NULL, \"date\" DATE NOT NULL, \"event_type\" TEXT NOT NULL, "
            + "\"place_id\" INTEGER NOT NULL, \"place\" TEXT NOT NULL, \"feature\" TEXT, \"precision\" TEXT NOT NULL, "
            + "\"country\" TEXT, \"country_name\" TEXT, \"admin1\" TEXT, \"lat\" REAL, \"lon\" REAL, "
            + "\"sources\" INTEGER NOT NULL, \"fatalities\" INTEGER, \"documents\" TEXT, \"evidence\" TEXT)";
    private static final String SEQUENCE_SQL = "CREATE TABLE sqlite_sequence(name,seq)";

    static final String TABLE = "events";
    private static final String IDENTIFIER = "conflictmap events";
    private static final String DESCRIPTION = "one point per event (place, day, type), columns as in events.csv";

    private GeoPackageWriter() {
    }

    /** Writes the events atomically, in the given order (fid 1, 2, ...). */
    public static void write(Path file, List<Event> events) throws IOException {
        SqliteWriter db = database(events);
        AtomicFiles.writeChannel(file, db::write);
    }

    static SqliteWriter database(List<Event> events) {
        Coordinates xy = Coordinates.of(events);
        Extent extent = Extent.of(events, xy);
        SqliteWriter db = new SqliteWriter(APPLICATION_ID, USER_VERSION);
        db.table("gpkg_spatial_ref_sys", SRS_SQL, rows(new long[] {-1, 0, SRS_ID}, (i, r) -> {
            switch (i) {
                case 0 -> r.addText("Undefined cartesian SRS").addNull().addText("NONE").addInteger(-1)
                        .addText("undefined").addText("undefined cartesian coordinate reference system");
                case 1 -> r.addText("Undefined geographic SRS").addNull().addText("NONE").addInteger(0)
                        .addText("undefined").addText("undefined geographic coordinate reference system");
                default -> r.addText("WGS 84 geodetic").addNull().addText("EPSG").addInteger(SRS_ID)
                        .addText(WGS84_WKT).addText("longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
            }
        }));
        db.table("gpkg_contents", CONTENTS_SQL, rows(new long[] {1}, (i, r) -> {
            r.addText(TABLE).addText("features").addText(IDENTIFIER).addText(DESCRIPTION)
                    .addText(extent.lastChange());
            if (extent.empty()) {
                r.addNull().addNull().addNull().addNull();
            } else {
                r.addReal(extent.minX()).addReal(extent.minY()).addReal(extent.maxX()).addReal(extent.maxY());
            }
            r.addInteger(SRS_ID);
        }));
        db.index("sqlite_autoindex_gpkg_contents_1", "gpkg_contents", null,
                rows(new long[] {1}, (i, r) -> r.addText(TABLE).addInteger(1)));
        db.index("sqlite_autoindex_gpkg_contents_2", "gpkg_contents", null,
                rows(new long[] {1}, (i, r) -> r.addText(IDENTIFIER).addInteger(1)));
        db.table("gpkg_geometry_columns", GEOMETRY_COLUMNS_SQL, rows(new long[] {1}, (i, r) ->
                r.addText(TABLE).addText("geom").addText("POINT").addInteger(SRS_ID).addInteger(0).addInteger(0)));
        db.index("sqlite_autoindex_gpkg_geometry_columns_1", "gpkg_geometry_columns", null,
                rows(new long[] {1}, (i, r) -> r.addText(TABLE).addText("geom").addInteger(1)));
        db.index("sqlite_autoindex_gpkg_geometry_columns_2", "gpkg_geometry_columns", null,
                rows(new long[] {1}, (i, r) -> r.addText(TABLE).addInteger(1)));
        db.table(TABLE, EVENTS_SQL, new EventRows(events, xy));
        // AUTOINCREMENT keeps the highest fid here, so fids are never reused after edits in QGIS
        long[] sequence = events.isEmpty() ? new long[0] : new long[] {1};
        db.table("sqlite_sequence", SEQUENCE_SQL, rows(sequence, (i, r) -> r.addText(TABLE).addInteger(events.size())));
        return db;
    }

    /** Bounding box and last_change of the events. */
    private record Extent(boolean empty, double minX, double minY, double maxX, double maxY, LocalDate latest) {
        static Extent of(List<Event> events, Coordinates xy) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            LocalDate latest = null;
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (latest == null || e.date().isAfter(latest)) {
                    latest = e.date();
                }
                double x = xy.x[i];
                double y = xy.y[i];
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
            return new Extent(minX > maxX, minX, minY, maxX, maxY, latest);
        }

        String lastChange() {
            return (latest == null ? LocalDate.EPOCH : latest) + "T00:00:00.000Z";
        }
    }

    /** The events table: rowid = fid = position + 1. */
    private static final class EventRows implements Rows {
        private final List<Event> events;
        private final byte[] point = new byte[29];
        private final Map<EventType, String> typeKeys = new EnumMap<>(EventType.class);
        private final Map<Precision, String> precisionKeys = new EnumMap<>(Precision.class);
        private final Map<LocalDate, String> days = new HashMap<>();
        private final Coordinates xy;

        EventRows(List<Event> events, Coordinates xy) {
            this.events = events;
            this.xy = xy;
        }

        @Override
        public int size() {
            return events.size();
        }

        @Override
        public long rowid(int i) {
            return i + 1L;
        }

        @Override
        public void encode(int i, RecordEncoder r) {
            Event e = events.get(i);
            String day = days.computeIfAbsent(e.date(), LocalDate::toString);
            String type = typeKeys.computeIfAbsent(e.type(), EventType::key);
            String precision = precisionKeys.computeIfAbsent(e.precision(), Precision::key);
            r.addNull(); // fid: the rowid
            double x = xy.x[i];
            double y = xy.y[i];
            if (Double.isFinite(x) && Double.isFinite(y)) {
                geometry(x, y);
                r.addBlob(point, 0, point.length);
                r.addText(e.id()).addText(day).addText(type).addInteger(e.placeId())
                        .addText(e.place()).addText(e.feature()).addText(precision).addText(e.country())
                        .addText(e.countryName()).addText(e.admin1()).addReal(y).addReal(x);
            } else {
                r.addNull();
                r.addText(e.id()).addText(day).addText(type).addInteger(e.placeId())
                        .addText(e.place()).addText(e.feature()).addText(precision).addText(e.country())
                        .addText(e.countryName()).addText(e.admin1()).addNull().addNull();
            }
            r.addInteger(e.sources());
            if (e.fatalities() == null) {
                r.addNull();
            } else {
                r.addInteger(e.fatalities());
            }
            r.addJoined(e.documents(), ';').addText(e.evidence());
        }

        /** GeoPackage binary: 'GP', version 0, flags (no envelope, little-endian), srs_id, then a WKB point. */
        private void geometry(double x, double y) {
            point[0] = 'G';
            point[1] = 'P';
            point[2] = 0;
            point[3] = 0b0000_0001;
            littleEndian(SRS_ID, 4, 4);
            point[8] = 1; // WKB little-endian
            littleEndian(1, 9, 4); // wkbPoint
            littleEndian(Double.doubleToLongBits(x), 13, 8);
            littleEndian(Double.doubleToLongBits(y), 21, 8);
        }

        private void littleEndian(long v, int at, int bytes) {
            for (int b = 0; b < bytes; b++) {
                point[at + b] = (byte) (v >>> (8 * b));
            }
        }
    }

    /**
     * Each event's coordinates as events.csv holds them: the 5-decimal text read back (NaN stays NaN), the
     * conversion remembered per value (events share a few thousand places; the memory starts again past
     * 65,536 values).
     */
    private record Coordinates(double[] x, double[] y) {
        static Coordinates of(List<Event> events) {
            Map<Double, Double> seen = new HashMap<>();
            double[] x = new double[events.size()];
            double[] y = new double[events.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rounded(events.get(i).lon(), seen);
                y[i] = rounded(events.get(i).lat(), seen);
            }
            return new Coordinates(x, y);
        }

        private static double rounded(double v, Map<Double, Double> seen) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
            Double r = seen.get(v);
            if (r == null) {
                if (seen.size() >= 1 << 16) {
                    seen.clear();
                }
                r = Double.parseDouble(CoordText.format(v));
                seen.put(v, r);
            }
            return r;
        }
    }

    @FunctionalInterface
    private interface RowEncoder {
        void encode(int i, RecordEncoder r);
    }

    private static Rows rows(long[] rowids, RowEncoder encoder) {
        return new Rows() {
            @Override
            public int size() {
                return rowids.length;
            }

            @Override
            public long rowid(int i) {
                return rowids[i];
            }

            @Override
            public void encode(int i, RecordEncoder r) {
                encoder.encode(i, r);
            }
        };
    }
}
