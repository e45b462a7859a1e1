package dev.breakeven.report.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.report.analysis.BestWorkers;
import dev.breakeven.report.analysis.ChunkSizes;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.DispatchOverhead;
import dev.breakeven.report.analysis.FitOutcome;
import dev.breakeven.report.analysis.RulesOfThumb;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.BatchCost;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.analysis.UslFit;
import dev.breakeven.report.io.MachineInfo;
import java.util.List;
import java.util.Locale;

/**
 * {@code summary.json}: every computed figure, for other tools. Times are in seconds unless the key says
 * otherwise ({@code microsPerTask}, {@code nanosPerTask}); every {@code x} with an uncertainty has an
 * {@code xLower}/{@code xUpper} (95 % intervals over forks) beside it, or {@code xError} (standard errors of fitted parameters).
 * Numbers that do not exist (NaN, infinity) are null.
 */
public final class SummaryJson {

    public static final int FORMAT_VERSION = 1;

    private SummaryJson() {
    }

    public static ObjectNode of(RunAnalysis run, List<String> charts) {
        ObjectNode root = JsonTree.object();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("run", run.run().name());
        root.put("results", run.run().results().toString());
        root.set("machine", machine(run.machine(), run.run().hasMachineFile()));
        root.set("axes", JsonTree.MAPPER.valueToTree(run.run().axes()));
        ArrayNode statements = root.putArray("findings");
        Findings.run(run).forEach(statements::add);
        ArrayNode notes = root.putArray("notes");
        run.run().notes().forEach(notes::add);
        ArrayNode tasks = root.putArray("tasks");
        for (TaskAnalysis t : run.tasks()) {
            tasks.add(task(t, run.machine()));
        }
        ArrayNode unmatched = root.putArray("unmatchedPoints");
        run.unmatched().forEach(p -> unmatched.add(point(p)));
        root.set("rulesOfThumb", RuleTable.json(RulesOfThumb.check(run)));
        ArrayNode files = root.putArray("charts");
        charts.forEach(files::add);
        return root;
    }

    static ObjectNode machine(MachineInfo m, boolean known) {
        ObjectNode o = JsonTree.object();
        o.put("fromMachineJson", known);
        JsonTree.put(o, "label", m.label());
        JsonTree.put(o, "host", m.host());
        JsonTree.put(o, "os", m.os());
        JsonTree.put(o, "cpuModel", m.cpuModel());
        o.put("physicalCores", m.physicalCores());
        o.put("logicalCores", m.logicalCores());
        o.put("memoryBytes", m.memoryBytes());
        JsonTree.put(o, "profile", m.profile());
        JsonTree.put(o, "startLoadAverage", m.startLoadAverage());
        return o;
    }

    static ObjectNode task(TaskAnalysis t, MachineInfo m) {
        ObjectNode o = JsonTree.object();
        o.put("task", t.task());
        o.put("unit", t.unit());
        o.put("batch", t.batch());
        o.put("baseline", kebab(t.baselineKind().name()));
        o.put("mainStrategy", t.mainStrategy());
        JsonTree.put(o, "focusWeight", t.focusWeight());
        ArrayNode weights = o.putArray("weights");
        t.weights().forEach(weights::add);
        ArrayNode strategies = o.putArray("strategies");
        t.strategies().forEach(strategies::add);
        ArrayNode findings = o.putArray("findings");
        Findings.task(t, m).forEach(findings::add);

        t.bestCurve().ifPresent(c -> {
            ObjectNode best = o.putObject("best");
            best.put("strategy", c.strategy());
            JsonTree.put(best, "weight", c.weight());
            bestWorkers(best, c.best());
        });
        ObjectNode be = o.putObject("breakEven");
        t.headline().ifPresentOrElse(h -> breakEven(be, h), () -> be.put("payoff", "not-computed"));
        ArrayNode all = be.putArray("byStrategyAndWorkers");
        for (StrategyBreakEven b : t.breakEvens()) {
            breakEven(all.addObject(), b);
        }
        ArrayNode overheads = o.putArray("dispatchOverhead");
        for (DispatchOverhead d : t.dispatchOverheads()) {
            ObjectNode x = overheads.addObject();
            x.put("strategy", d.strategy());
            JsonTree.put(x, "weight", d.weight());
            x.put("batch", d.batch());
            JsonTree.put(x, "nanosPerTask", d.nanosPerTask());
            x.put("measurable", d.measurable());
        }
        ArrayNode batchCosts = o.putArray("batchCosts");
        for (BatchCost b : t.batchCosts()) {
            ObjectNode x = batchCosts.addObject();
            x.put("strategy", b.strategy());
            x.put("workers", b.workers());
            JsonTree.put(x, "weight", b.weight());
            ArrayNode batches = x.putArray("batches");
            b.batches().forEach(batches::add);
            JsonTree.put(x, "perBatchSeconds", b.perBatchSeconds());
            JsonTree.put(x, "perTaskSeconds", b.perTaskSeconds());
        }
        ChunkSizes.of(t).ifPresentOrElse(c -> o.set("chunkSizes", chunkSizes(c)), () -> o.putNull("chunkSizes"));
        ArrayNode curves = o.putArray("curves");
        for (Curve c : t.curves()) {
            curves.add(curve(t, c));
        }
        ArrayNode missing = o.putArray("missingPoints");
        t.missing().forEach(p -> missing.add(point(p)));
        ArrayNode busy = o.putArray("busyPoints");
        t.busy().forEach(p -> busy.add(point(p)));
        ArrayNode skipped = o.putArray("skippedPoints");
        t.skipped().forEach(p -> skipped.add(point(p)));
        return o;
    }

    static ObjectNode curve(TaskAnalysis t, Curve c) {
        ObjectNode o = JsonTree.object();
        o.put("strategy", c.strategy());
        JsonTree.put(o, "weight", c.weight());
        JsonTree.put(o, "weightName", t.taskInfo().flatMap(i -> i.nameOf(c.weight())).orElse(null));
        o.put("batch", c.batch());
        ObjectNode baseline = o.putObject("baseline");
        baseline.put("kind", kebab(c.baseline().kind().name()));
        baseline.put("workers", c.baseline().workers());
        JsonTree.put(baseline, "secondsPerOp", c.baseline().seconds());
        JsonTree.put(baseline, "microsPerTask", c.baseline().seconds().value() / c.batch() * 1e6);
        ArrayNode points = o.putArray("points");
        for (ScalingPoint p : c.points()) {
            ObjectNode x = points.addObject();
            x.put("workers", p.workers());
            JsonTree.put(x, "secondsPerOp", p.seconds());
            JsonTree.put(x, "microsPerTask", p.seconds().value() / c.batch() * 1e6);
            JsonTree.put(x, "speedup", p.speedup());
            x.put("verdict", kebab(p.verdict().name()));
            JsonTree.put(x, "efficiency", p.efficiency());
            JsonTree.put(x, "karpFlatt", p.karpFlatt());
            x.put("busy", p.busy());
            x.put("forks", p.forks().count());
        }
        bestWorkers(o.putObject("bestWorkers"), c.best());
        o.set("usl", fit(c.usl()));
        o.set("amdahl", fit(c.amdahl()));
        return o;
    }

    /** A break-even with its payoff, interval in weight and µs per task, batch and the verdicts at the range's ends. */
    static void breakEven(ObjectNode x, StrategyBreakEven b) {
        BreakEven e = b.breakEven();
        x.put("strategy", b.strategy());
        x.put("workers", b.workers());
        x.put("batch", b.batch());
        x.put("payoff", kebab(e.payoff().name()));
        x.put("crossing", kebab(e.kind().name()));
        JsonTree.put(x, "weight", e.weight());
        JsonTree.put(x, "microsPerTask", e.microsPerTask());
        JsonTree.put(x, "repeatFactor", e.microsPerTask().repeatFactor());
        x.put("bootstrapResamples", e.crossing().resamples());
        x.put("verdictAtLightest", kebab(e.atLightest().name()));
        x.put("verdictAtHeaviest", kebab(e.atHeaviest().name()));
    }

    /** The best chunk size per worker count of a chunked task, and the fastest of them; times per pass over the whole. */
    static ObjectNode chunkSizes(ChunkSizes c) {
        ObjectNode o = JsonTree.object();
        o.put("strategy", c.strategy());
        c.overall().ifPresentOrElse(b -> o.set("best", chunkSize(b)), () -> o.putNull("best"));
        ArrayNode byWorkers = o.putArray("byWorkers");
        c.byWorkers().forEach(b -> byWorkers.add(chunkSize(b)));
        return o;
    }

    private static ObjectNode chunkSize(ChunkSizes.Best b) {
        ObjectNode o = JsonTree.object();
        o.put("workers", b.workers());
        JsonTree.put(o, "chunkSize", b.chunkSize());
        o.put("chunks", b.chunks());
        JsonTree.put(o, "secondsPerPass", b.secondsPerPass());
        return o;
    }

    static void bestWorkers(ObjectNode o, BestWorkers b) {
        o.put("workers", b.workers());
        JsonTree.put(o, "speedup", b.speedup());
        o.put("fastestWorkers", b.fastestWorkers());
        JsonTree.put(o, "fastestSpeedup", b.fastestSpeedup());
        if (b.slowerBeyond() > 0) {
            o.put("slowerBeyond", b.slowerBeyond());
        } else {
            o.putNull("slowerBeyond");
        }
    }

    static ObjectNode fit(FitOutcome outcome) {
        ObjectNode o = JsonTree.object();
        if (!outcome.fitted()) {
            o.put("fitted", false);
            o.put("reason", outcome.reason());
            return o;
        }
        UslFit f = outcome.fit();
        o.put("fitted", true);
        o.put("model", f.model());
        JsonTree.put(o, "sigma", f.sigma());
        JsonTree.put(o, "kappa", f.kappa());
        JsonTree.put(o, "lambdaOpsPerSecond", f.lambda());
        JsonTree.put(o, "peakWorkers", f.peakWorkers());
        JsonTree.put(o, "rSquared", f.rSquared());
        o.put("points", f.points());
        o.put("degreesOfFreedom", f.degreesOfFreedom());
        o.put("atBound", f.atBound());
        return o;
    }

    static ObjectNode point(MachineInfo.PointStatus p) {
        ObjectNode o = JsonTree.object();
        o.put("task", p.task());
        JsonTree.put(o, "weight", p.weight());
        JsonTree.put(o, "strategy", p.strategy());
        o.put("workers", p.workers());
        o.put("batch", p.batch());
        o.put("status", p.status());
        JsonTree.put(o, "reason", p.reason());
        o.put("busy", p.busy());
        JsonTree.put(o, "loadAverage", p.loadAverage());
        o.put("forks", p.forks());
        o.put("busyForksSetAside", p.setAside());
        JsonTree.put(o, "stoppingRule", p.stoppingRule());
        return o;
    }

    static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
