package org.conflictmap.spark;

/**
 * One input file, the unit of work of the Spark job: read whole by one task, with the same reader
 * as the single-machine run, so line numbers and error messages are the same.
 *
 * @param index position of the file in input order (the order the single-machine run reads them)
 * @param name  the file as the single-machine run names it (a local path, or the Hadoop URI)
 * @param local true when {@code name} is a local path every executor can see; false for a Hadoop URI
 */
public record InputUnit(int index, String name, boolean local) {
}
