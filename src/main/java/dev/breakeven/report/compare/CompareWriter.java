package dev.breakeven.report.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.report.Format;
import dev.breakeven.report.summary.Findings;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.summary.Phrases;
import dev.breakeven.report.charts.ChartWriter;
import dev.breakeven.report.charts.CompareCharts;
import dev.breakeven.report.charts.NamedChart;
import dev.breakeven.report.summary.IndexHtml;
import dev.breakeven.report.summary.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a comparison: overlaid charts per task, {@code compare.md}, {@code compare.json} and {@code index.html}. */
public final class CompareWriter {

    private CompareWriter() {
    }

    public static List<NamedChart> charts(Comparison c) {
        List<NamedChart> charts = new ArrayList<>();
        for (Comparison.TaskComparison t : c.tasks()) {
            charts.addAll(CompareCharts.all(t.onA(), c.a().machine(), c.labelA(), t.onB(), c.b().machine(), c.labelB()));
        }
        return charts;
    }

    public static void write(Comparison c, Path dir) throws IOException {
        List<NamedChart> charts = charts(c);
        ChartWriter.writeAll(charts, dir);
        Files.writeString(dir.resolve("compare.md"), markdown(c, charts), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("compare.json"), JsonTree.write(json(c, charts)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), IndexHtml.of("breakeven: " + c.labelA() + " vs " + c.labelB(),
                intro(c), sentences(c), charts), StandardCharsets.UTF_8);
    }

    static String intro(Comparison c) {
        return "A: " + c.a().machine().describe() + " (run " + c.a().run().name() + "); B: "
                + c.b().machine().describe() + " (run " + c.b().run().name() + ").";
    }

    /** Sentences for a slide: where the machines differ significantly. */
    public static List<String> sentences(Comparison c) {
        List<String> out = new ArrayList<>();
        for (Comparison.TaskComparison t : c.tasks()) {
            if (t.sideA() == null || t.sideB() == null) {
                continue;
            }
            double sa = t.sideA().bestSpeedup().value();
            double sb = t.sideB().bestSpeedup().value();
            String faster = sa >= sb ? c.labelA() : c.labelB();
            String verdict = t.bestSpeedupTest().tested()
                    ? (t.bestSpeedupTest().significant() ? "a significant difference" : "not a significant difference")
                            + " (" + c.labelB() + "/" + c.labelA() + " " + Phrases.speedup(t.bestSpeedupTest().ratio()) + ")"
                    : "too few forks to test";
            out.add(t.task() + ": best speedup " + Format.times(sa) + " on " + c.labelA() + " ("
                    + Findings.workers(t.sideA().fastestWorkers()) + ") vs " + Format.times(sb) + " on " + c.labelB()
                    + " (" + Findings.workers(t.sideB().fastestWorkers()) + ") — " + (t.bestSpeedupTest().significant() ? faster + " scales better, " : "") + verdict + ".");
            if (t.sequentialA() != null && t.sequentialB() != null) {
                double ta = t.sequentialA().value();
                double tb = t.sequentialB().value();
                String quicker = ta <= tb ? c.labelA() : c.labelB();
                double ratio = Math.max(ta, tb) / Math.min(ta, tb);
                out.add(t.task() + " at " + t.onA().shortWeightLabel(t.weightCompared()) + ": a single core of " + quicker
                        + " runs the loop " + Format.times(ratio) + " as fast (" + Format.micros(ta) + " vs "
                        + Format.micros(tb) + " per task)" + (t.sequentialTest().tested()
                                ? (t.sequentialTest().significant() ? ", significant" : ", not significant")
                                        + " (time " + c.labelB() + "/" + c.labelA() + " "
                                        + Phrases.speedup(t.sequentialTest().ratio()) + ")"
                                : "") + ".");
            }
        }
        if (!c.onlyInA().isEmpty()) {
            out.add("Only " + c.labelA() + " measured: " + String.join(", ", c.onlyInA()) + ".");
        }
        if (!c.onlyInB().isEmpty()) {
            out.add("Only " + c.labelB() + " measured: " + String.join(", ", c.onlyInB()) + ".");
        }
        return out;
    }

    public static String markdown(Comparison c, List<NamedChart> charts) {
        StringBuilder md = new StringBuilder();
        md.append("# breakeven: ").append(c.labelA()).append(" vs ").append(c.labelB()).append("\n\n");
        md.append(intro(c)).append("\n\n## Findings\n\n");
        sentences(c).forEach(s -> md.append("- ").append(s).append('\n'));
        md.append("\n## Per task and machine\n\n");
        md.append("| task | machine | best speedup | strategy | fastest at | best workers (within noise) | break-even weight |")
                .append(" break-even (µs/task) | sequential µs/task |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Comparison.TaskComparison t : c.tasks()) {
            row(md, t.task(), c.labelA(), t.sideA(), t.onA().unit(), t.sequentialA());
            row(md, t.task(), c.labelB(), t.sideB(), t.onB().unit(), t.sequentialB());
            md.append("| ").append(t.task()).append(" | **difference** | ").append(test(t.bestSpeedupTest()))
                    .append(" | | | | | | ").append(test(t.sequentialTest())).append(" |\n");
        }
        md.append("\nSignificance: a difference is the ratio B/A with its 95 % interval over forks (the unit of")
                .append(" replication), significant when the interval excludes 1: best speedups as S_B/S_A (relative")
                .append(" variances of the four arms in quadrature, Satterthwaite df), the sequential loop's time per task")
                .append(" as T_B/T_A (Fieller). Break-evens carry their own 95 % intervals; best worker counts are not")
                .append(" tested.\n\n## Charts\n\n");
        for (NamedChart ch : charts) {
            md.append("- [").append(ch.fileStem()).append(".png](").append(ch.fileStem()).append(".png): ")
                    .append(ch.caption()).append('\n');
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String task, String label, Comparison.Side s, String unit,
            dev.breakeven.stats.Estimate seq) {
        md.append("| ").append(task).append(" | ").append(label).append(" | ");
        if (s == null) {
            md.append("– | – | – | – | – | – | – |\n");
            return;
        }
        md.append(dev.breakeven.report.summary.Findings.speedup(s.bestSpeedup())).append(" | ")
                .append(s.strategy()).append(" | ").append(s.fastestWorkers()).append(" | ").append(s.bestWorkers()).append(" | ")
                .append(breakEvenWeight(s.breakEven(), unit)).append(" | ").append(breakEvenMicros(s.breakEven())).append(" | ")
                .append(seq == null ? "–" : Format.plusMinus(seq.value(), seq.error(), 3)).append(" |\n");
    }

    static String test(Comparison.Test t) {
        if (!t.tested()) {
            return "not tested";
        }
        return (t.significant() ? "significant" : "not significant") + ": B/A " + Phrases.speedup(t.ratio());
    }

    static String breakEvenWeight(BreakEven b, String unit) {
        if (b == null) {
            return "–";
        }
        return b.payoff() == BreakEven.Payoff.PAYS_FROM
                ? "≈ " + Format.significant(b.weight().value(), 2) + " " + unit : b.payoff().label();
    }

    static String breakEvenMicros(BreakEven b) {
        return b == null ? "–" : Phrases.breakEven(b);
    }

    public static ObjectNode json(Comparison c, List<NamedChart> charts) {
        ObjectNode root = JsonTree.object();
        root.put("formatVersion", 1);
        ObjectNode a = root.putObject("a");
        a.put("label", c.labelA());
        a.put("run", c.a().run().name());
        a.put("logicalCores", c.a().machine().logicalCores());
        ObjectNode b = root.putObject("b");
        b.put("label", c.labelB());
        b.put("run", c.b().run().name());
        b.put("logicalCores", c.b().machine().logicalCores());
        root.put("level", Comparison.LEVEL);
        ArrayNode findings = root.putArray("findings");
        sentences(c).forEach(findings::add);
        ArrayNode tasks = root.putArray("tasks");
        for (Comparison.TaskComparison t : c.tasks()) {
            ObjectNode o = tasks.addObject();
            o.put("task", t.task());
            o.set("a", side(t.sideA(), t.sequentialA()));
            o.set("b", side(t.sideB(), t.sequentialB()));
            o.set("bestSpeedupTest", testJson(t.bestSpeedupTest()));
            JsonTree.put(o, "sequentialComparedAtWeight", t.weightCompared());
            o.set("sequentialTimeTest", testJson(t.sequentialTest()));
        }
        ArrayNode onlyA = root.putArray("onlyInA");
        c.onlyInA().forEach(onlyA::add);
        ArrayNode onlyB = root.putArray("onlyInB");
        c.onlyInB().forEach(onlyB::add);
        ArrayNode files = root.putArray("charts");
        charts.forEach(ch -> {
            files.add(ch.fileStem() + ".png");
            files.add(ch.fileStem() + ".svg");
        });
        return root;
    }

    private static ObjectNode side(Comparison.Side s, dev.breakeven.stats.Estimate seq) {
        ObjectNode o = JsonTree.object();
        if (s == null) {
            return o;
        }
        o.put("strategy", s.strategy());
        JsonTree.put(o, "weight", s.weight());
        JsonTree.put(o, "bestSpeedup", s.bestSpeedup());
        o.put("fastestWorkers", s.fastestWorkers());
        o.put("bestWorkers", s.bestWorkers());
        if (s.breakEven() != null) {
            o.put("breakEvenPayoff", s.breakEven().payoff().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            JsonTree.put(o, "breakEvenWeight", s.breakEven().weight());
            JsonTree.put(o, "breakEvenMicrosPerTask", s.breakEven().microsPerTask());
            JsonTree.put(o, "breakEvenStrategy", s.breakEvenStrategy());
            o.put("breakEvenWorkers", s.breakEvenWorkers());
        }
        JsonTree.put(o, "sequentialMicrosPerTask", seq);
        return o;
    }

    private static ObjectNode testJson(Comparison.Test t) {
        ObjectNode o = JsonTree.object();
        JsonTree.put(o, "ratioBOverA", t.ratio());
        o.put("significant", t.significant());
        o.put("tested", t.tested());
        return o;
    }
}
