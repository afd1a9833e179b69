package org.conflictmap.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.conflictmap.batch.LoadedGazetteer;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;

/**
 * How an executor builds the run's stages: the effective configuration (carried with Kryo), the
 * gazetteer file (shipped with the job: found through {@link SparkFiles} under its file name, else at
 * its driver path when executors see the same file system), and the {@link PipelineSource}.
 *
 * @param config        the effective run configuration
 * @param gazetteerPath the gazetteer file on the driver, or null for an in-memory gazetteer
 * @param gazetteerSha  SHA-256 of the gazetteer (part of the cache key)
 * @param source        the gazetteer provider and pipeline factory
 */
record BatchRecipe(KryoBox<RunConfig> config, String gazetteerPath, String gazetteerSha, PipelineSource source)
        implements StagesRecipe {

    @Override
    public String cacheKey() {
        return "batch:" + gazetteerSha + ":" + source.getClass().getName() + ":" + config.get().toData();
    }

    @Override
    public PipelineStages build() throws IOException {
        try {
            LoadedGazetteer gaz = source.gazetteer(gazetteerPath == null ? null : localGazetteer());
            return new BatchStages(source.pipeline(config.get(), gaz), source.standardReader());
        } catch (RunException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The shipped copy of the gazetteer in this JVM's SparkFiles folder, else the driver's path. */
    private Path localGazetteer() {
        String name = Path.of(gazetteerPath).getFileName().toString();
        try {
            File shipped = new File(SparkFiles.get(name));
            if (shipped.isFile()) {
                return shipped.toPath();
            }
        } catch (RuntimeException e) {
            // no SparkEnv (plain JVM): use the path as given
        }
        return Path.of(gazetteerPath);
    }
}
