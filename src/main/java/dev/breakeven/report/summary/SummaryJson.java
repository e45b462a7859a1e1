package dev.breakeven.report.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.report.analysis.BestWorkers;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.DispatchOverhead;
import dev.breakeven.report.analysis.FitOutcome;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.analysis.UslFit;
import dev.breakeven.report.io.MachineInfo;
import java.util.List;
import java.util.Locale;

/**
 * {@code summary.json}: every computed figure, for other tools. Times are in seconds unless the key says
 * otherwise ({@code microsPerTask}, {@code nanosPerTask}); every {@code x} with an uncertainty has an
 * {@code xError} beside it (JMH's 99.9 % half-width, propagated; standard errors for fitted parameters).
 * Numbers that do not exist (NaN, infinity) are null.
 */
public final class SummaryJson {

    public static final int FORMAT_VERSION = 1;

    private SummaryJson() {
    }

    public static ObjectNode of(RunAnalysis run, List<String> charts) {
        ObjectNode root = Json.object();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("run", run.run().name());
        root.put("results", run.run().results().toString());
        root.set("machine", machine(run.machine(), run.run().hasMachineFile()));
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
        ArrayNode files = root.putArray("charts");
        charts.forEach(files::add);
        return root;
    }

    static ObjectNode machine(MachineInfo m, boolean known) {
        ObjectNode o = Json.object();
        o.put("fromMachineJson", known);
        Json.put(o, "label", m.label());
        Json.put(o, "host", m.host());
        Json.put(o, "os", m.os());
        Json.put(o, "cpuModel", m.cpuModel());
        o.put("physicalCores", m.physicalCores());
        o.put("logicalCores", m.logicalCores());
        o.put("memoryBytes", m.memoryBytes());
        Json.put(o, "profile", m.profile());
        Json.put(o, "startLoadAverage", m.startLoadAverage());
        return o;
    }

    static ObjectNode task(TaskAnalysis t, MachineInfo m) {
        ObjectNode o = Json.object();
        o.put("task", t.task());
        o.put("unit", t.unit());
        o.put("batch", t.batch());
        o.put("baseline", kebab(t.baselineKind().name()));
        o.put("mainStrategy", t.mainStrategy());
        Json.put(o, "focusWeight", t.focusWeight());
        ArrayNode weights = o.putArray("weights");
        t.weights().forEach(weights::add);
        ArrayNode strategies = o.putArray("strategies");
        t.strategies().forEach(strategies::add);
        ArrayNode findings = o.putArray("findings");
        Findings.task(t, m).forEach(findings::add);

        t.bestCurve().ifPresent(c -> {
            ObjectNode best = o.putObject("best");
            best.put("strategy", c.strategy());
            Json.put(best, "weight", c.weight());
            bestWorkers(best, c.best());
        });
        ObjectNode be = o.putObject("breakEven");
        t.earliestBreakEven().ifPresentOrElse(e -> {
            be.put("strategy", e.strategy());
            be.put("workers", e.workers());
            Json.put(be, "weight", e.breakEven().weight());
            Json.put(be, "microsPerTask", e.breakEven().microsPerTask());
        }, () -> {
            be.putNull("strategy");
            be.putNull("workers");
            be.putNull("weight");
            be.putNull("microsPerTask");
        });
        be.put("paysAtLightestWeight", t.paysAtLightest());
        be.put("neverPays", t.neverPays());
        ArrayNode all = be.putArray("byStrategyAndWorkers");
        for (StrategyBreakEven b : t.breakEvens()) {
            ObjectNode x = all.addObject();
            x.put("strategy", b.strategy());
            x.put("workers", b.workers());
            x.put("batch", b.batch());
            x.put("kind", b.breakEven().kind().label());
            Json.put(x, "weight", b.breakEven().weight());
            Json.put(x, "microsPerTask", b.breakEven().microsPerTask());
        }
        ArrayNode overheads = o.putArray("dispatchOverhead");
        for (DispatchOverhead d : t.dispatchOverheads()) {
            ObjectNode x = overheads.addObject();
            x.put("strategy", d.strategy());
            Json.put(x, "weight", d.weight());
            x.put("batch", d.batch());
            Json.put(x, "nanosPerTask", d.nanosPerTask());
        }
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
        ObjectNode o = Json.object();
        o.put("strategy", c.strategy());
        Json.put(o, "weight", c.weight());
        Json.put(o, "weightName", t.taskInfo().flatMap(i -> i.nameOf(c.weight())).orElse(null));
        o.put("batch", c.batch());
        ObjectNode baseline = o.putObject("baseline");
        baseline.put("kind", kebab(c.baseline().kind().name()));
        baseline.put("workers", c.baseline().workers());
        Json.put(baseline, "secondsPerOp", c.baseline().seconds());
        Json.put(baseline, "microsPerTask", c.baseline().seconds().value() / c.batch() * 1e6);
        ArrayNode points = o.putArray("points");
        for (ScalingPoint p : c.points()) {
            ObjectNode x = points.addObject();
            x.put("workers", p.workers());
            Json.put(x, "secondsPerOp", p.seconds());
            Json.put(x, "microsPerTask", p.seconds().value() / c.batch() * 1e6);
            Json.put(x, "speedup", p.speedup());
            Json.put(x, "efficiency", p.efficiency());
            Json.put(x, "karpFlatt", p.karpFlatt());
            x.put("busy", p.busy());
            x.put("iterations", p.rawSeconds().length);
        }
        bestWorkers(o.putObject("bestWorkers"), c.best());
        o.set("usl", fit(c.usl()));
        o.set("amdahl", fit(c.amdahl()));
        return o;
    }

    static void bestWorkers(ObjectNode o, BestWorkers b) {
        o.put("workers", b.workers());
        Json.put(o, "speedup", b.speedup());
        o.put("fastestWorkers", b.fastestWorkers());
        Json.put(o, "fastestSpeedup", b.fastestSpeedup());
        if (b.slowerBeyond() > 0) {
            o.put("slowerBeyond", b.slowerBeyond());
        } else {
            o.putNull("slowerBeyond");
        }
    }

    static ObjectNode fit(FitOutcome outcome) {
        ObjectNode o = Json.object();
        if (!outcome.fitted()) {
            o.put("fitted", false);
            o.put("reason", outcome.reason());
            return o;
        }
        UslFit f = outcome.fit();
        o.put("fitted", true);
        o.put("model", f.model());
        Json.put(o, "sigma", f.sigma());
        Json.put(o, "kappa", f.kappa());
        Json.put(o, "lambdaOpsPerSecond", f.lambda());
        Json.put(o, "peakWorkers", f.peakWorkers());
        Json.put(o, "rSquared", f.rSquared());
        o.put("points", f.points());
        o.put("degreesOfFreedom", f.degreesOfFreedom());
        o.put("atBound", f.atBound());
        return o;
    }

    static ObjectNode point(MachineInfo.PointStatus p) {
        ObjectNode o = Json.object();
        o.put("task", p.task());
        Json.put(o, "weight", p.weight());
        Json.put(o, "strategy", p.strategy());
        o.put("workers", p.workers());
        o.put("batch", p.batch());
        o.put("status", p.status());
        Json.put(o, "reason", p.reason());
        o.put("busy", p.busy());
        Json.put(o, "loadAverage", p.loadAverage());
        return o;
    }

    static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
