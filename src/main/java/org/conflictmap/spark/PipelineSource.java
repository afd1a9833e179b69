package org.conflictmap.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.conflictmap.batch.LoadedGazetteer;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunPipeline;

/**
 * Where the stages of a run come from, on the driver and on every executor: the same gazetteer
 * provider and pipeline factory as {@code conflictmap run}. Shipped to executors inside Spark closures,
 * so implementations are small serializable recipes (no loaded state).
 */
public interface PipelineSource extends Serializable {

    /** Opens the run's gazetteer: the given file, or the default lookup when null. */
    LoadedGazetteer gazetteer(Path file) throws RunException;

    /** Builds the run's pipeline over an opened gazetteer. */
    RunPipeline pipeline(RunConfig config, LoadedGazetteer gazetteer) throws RunException;

    /**
     * True when the pipeline's {@code read} is the standard reader ({@code InputReader} with
     * {@code StandardPipeline.spec} of the file's input): large JSONL files may then be read in parts by
     * {@link org.conflictmap.ingest.JsonlParts} with the same result. Default false (files read whole).
     */
    default boolean standardReader() {
        return false;
    }
}
