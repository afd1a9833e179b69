package org.conflictmap.spark;

/**
 * What reading one input file gave, for the manifest and the run summary.
 *
 * @param file      the file name as reported
 * @param bytes     file size in bytes
 * @param sha256    SHA-256 of the file content (lower-case hex)
 * @param documents articles read
 * @param rows      event-table rows read
 * @param errors    records that could not be read
 * @param mentions  event reports extracted
 */
public record UnitStats(String file, long bytes, String sha256, long documents, long rows, long errors,
                        long mentions) {
}
