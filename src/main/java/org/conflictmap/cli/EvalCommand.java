package org.conflictmap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparse.GazetteerGeoparser;
import org.conflictmap.geoparse.eval.Evaluator;
import org.conflictmap.geoparse.eval.GoldDocument;
import org.conflictmap.geoparse.eval.GoldReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code conflictmap eval}: scores the geoparser on a gold corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Geoparses gold-standard documents and prints precision, recall, F1 (exact spans), and over the",
            "true positives with gold coordinates Acc@161, AUC, mean and median error in km.",
            "",
            "Gold (--gold): JSONL {\"id\",\"lang\",\"text\",\"toponyms\":[{\"start\",\"end\",\"geonameid\"?,\"lat\"?,",
            "\"lon\"?,\"kind\"?}]}. Counted: kind=toponym with coordinates in hand-made files; spans with a",
            "GeoNames id when the file has ids; every span otherwise (recognition only). A prediction on an",
            "optional span, and an unmatched demonym prediction, are ignored. An unresolved true positive",
            "counts 20039 km. AUC = mean ln(1+km)/ln(20040).",
            "",
            "Example:", "  conflictmap eval --gold gwn.jsonl --per-doc"
        })
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold corpus.")
    private Path gold;

    @Option(names = "--oracle-spans", description = "Give the gold spans; score resolution only.")
    private boolean oracleSpans;

    @Option(names = "--per-doc", description = "Also print one line per document.")
    private boolean perDoc;

    @Option(names = "--errors", description = "List false positives (FP), false negatives (FN) and resolutions"
            + " farther than 161 km (FAR), with context.")
    private boolean errors;

    @Mixin
    private GazetteerOption gazetteerOption = new GazetteerOption();

    @Mixin
    private WeightsOption weightsOption = new WeightsOption();

    private final Gazetteer fixedGazetteer;
    private final PrintStream out;
    private final PrintStream err;

    /** The command as registered on the command line. */
    public EvalCommand() {
        this(null, System.out, System.err);
    }

    /** A command over a given gazetteer (for tests). */
    public EvalCommand(Gazetteer gazetteer, PrintStream out, PrintStream err) {
        this.fixedGazetteer = gazetteer;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        List<GoldDocument> docs;
        try {
            docs = GoldReader.read(gold);
        } catch (IOException e) {
            err.println("conflictmap eval: cannot read " + gold + ": " + e.getMessage());
            return 66;
        }
        GazetteerGeoparser geoparser = weightsOption.geoparser(gazetteerOption, fixedGazetteer, err);
        if (geoparser == null) {
            return 78;
        }
        Evaluator ev = new Evaluator(geoparser);
        ev.run(docs, new Evaluator.Options(oracleSpans, perDoc, errors), out);
        out.flush();
        return 0;
    }
}
