package org.conflictmap.spark;

import java.nio.file.Path;
import java.util.List;
import org.conflictmap.batch.FigureStage;
import org.conflictmap.batch.FigureStages;
import org.conflictmap.batch.GazetteerFiles;
import org.conflictmap.batch.LoadedGazetteer;
import org.conflictmap.batch.RunConfig;
import org.conflictmap.batch.RunException;
import org.conflictmap.batch.RunPipeline;
import org.conflictmap.batch.StandardPipeline;
import org.conflictmap.batch.ToolVersion;

/** The stages of {@code conflictmap run}: the compiled gazetteer and the standard pipeline. */
public final class StandardSource implements PipelineSource {

    private static final long serialVersionUID = 1L;

    @Override
    public LoadedGazetteer gazetteer(Path file) throws RunException {
        return new GazetteerFiles().load(file);
    }

    @Override
    public RunPipeline pipeline(RunConfig config, LoadedGazetteer gazetteer) throws RunException {
        return StandardPipeline.create(config, gazetteer);
    }

    @Override
    public boolean standardReader() {
        return true;
    }

    /** The figure stages a local run draws after the data files. */
    static List<FigureStage> stages() {
        return FigureStages.standard();
    }

    /** The tool version. */
    static String version() {
        return ToolVersion.get();
    }
}
