package org.conflictmap.spark;

import org.apache.spark.SparkConf;

/** The Spark settings the job needs whoever starts it (spark-submit, {@code run --engine spark}, tests). */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * Adds the job's settings to a configuration: Kryo with {@link RecordKryo} (the project's records
     * are not {@code Serializable}) without reference tracking, and an application name when none is set.
     */
    public static SparkConf configure(SparkConf conf) {
        conf.set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        conf.set("spark.kryo.registrator", RecordKryo.class.getName());
        // the shipped values are trees of records and lists (no cycles): no reference bookkeeping per object
        conf.setIfMissing("spark.kryo.referenceTracking", "false");
        conf.setIfMissing("spark.app.name", "conflictmap");
        return conf;
    }
}
