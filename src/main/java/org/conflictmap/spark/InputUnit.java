package org.conflictmap.spark;

/**
 * One input file, the unit of work of the Spark job: read whole by one task, with the same reader
 * as the single-machine run, so line numbers and error messages are the same.
 *
 * @param index  position of the file in input order (the order the single-machine run reads them)
 * @param name   the file as the single-machine run names it (a local path, or the Hadoop URI)
 * @param local  true when {@code name} is a local path every executor can see; false for a Hadoop URI
 * @param source what the stages need to read the file the single-machine way (e.g. the batch runner's
 *               input-file record); travels with Kryo; may be null
 */
public record InputUnit(int index, String name, boolean local, Object source) {

    /** A unit without a source payload. */
    public static InputUnit of(int index, String name, boolean local) {
        return new InputUnit(index, name, local, null);
    }
}
