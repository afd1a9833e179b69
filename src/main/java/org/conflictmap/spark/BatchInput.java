package org.conflictmap.spark;

import org.conflictmap.batch.InputFiles;

/**
 * A batch input file as a Spark task reads it.
 *
 * @param file         the file as the batch runner names and reads it (path possibly relative to the driver;
 *                     null for a file named by a URI)
 * @param absolutePath the same file as an absolute path, for executors running in another folder; null for a URI
 */
record BatchInput(InputFiles.InputFile file, String absolutePath) {
}
