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
}
