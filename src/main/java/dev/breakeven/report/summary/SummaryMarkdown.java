package dev.breakeven.report.summary;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.RulesOfThumb;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.charts.NamedChart;
import dev.breakeven.report.io.MachineInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code summary.md}: the findings in sentences, a table per task, and the points that failed or ran busy. */
public final class SummaryMarkdown {

    private SummaryMarkdown() {
    }

    public static String of(RunAnalysis run, List<NamedChart> charts) {
        MachineInfo m = run.machine();
        StringBuilder md = new StringBuilder();
        md.append("# breakeven report: ").append(run.run().name()).append("\n\n");
        md.append(machineLine(run)).append("\n\n");
        md.append(run.run().axes().line()).append("\n\n");
        List<String> headline = Findings.run(run);
        if (!headline.isEmpty()) {
            md.append("## Findings\n\n");
            headline.forEach(s -> md.append("- ").append(s).append('\n'));
            md.append('\n');
        }
        for (TaskAnalysis t : run.tasks()) {
            md.append("## ").append(t.task()).append("\n\n");
            t.taskInfo().map(MachineInfo.TaskInfo::standsFor).filter(s -> !s.isBlank())
                    .ifPresent(s -> md.append("_Stands for: ").append(s).append("_\n\n"));
            Findings.task(t, m).forEach(s -> md.append("- ").append(s).append('\n'));
            md.append('\n');
            md.append(strategyTable(t)).append('\n');
            if (!t.missing().isEmpty()) {
                md.append("Points without a result:\n\n");
                t.missing().forEach(p -> md.append("- ").append(Findings.describe(p)).append('\n'));
                md.append('\n');
            }
            if (!t.busy().isEmpty()) {
                md.append("Points measured while the machine was busy:\n\n");
                t.busy().forEach(p -> md.append("- ").append(Findings.describe(p)).append('\n'));
                md.append('\n');
            }
            if (!t.skipped().isEmpty()) {
                md.append("Points the sweep skipped:\n\n");
                t.skipped().forEach(p -> md.append("- ").append(Findings.describe(p)).append('\n'));
                md.append('\n');
            }
        }
        if (!run.unmatched().isEmpty()) {
            md.append("## Points for tasks without results\n\n");
            run.unmatched().forEach(p -> md.append("- ").append(Findings.describe(p)).append('\n'));
            md.append('\n');
        }
        if (!run.run().notes().isEmpty()) {
            md.append("## Notes on the input\n\n");
            run.run().notes().forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        md.append(RuleTable.markdown(RulesOfThumb.check(run)));
        md.append("## Charts\n\n");
        for (NamedChart c : charts) {
            md.append("- [").append(c.fileStem()).append(".png](").append(c.fileStem()).append(".png) ([svg](")
                    .append(c.fileStem()).append(".svg)): ").append(c.caption()).append('\n');
        }
        md.append("\n## How to read this\n\n")
                .append("- Every figure rests on forks (separate JVM runs), the unit of replication (Georges, Buytaert &")
                .append(" Eeckhout, OOPSLA 2007; Kalibera & Jones, ISMM 2013): a time is the mean of its forks' means with a")
                .append(" 95 % Student-t interval over forks; iterations inside one fork are never counted as independent.\n")
                .append("- Speedup S(p) = T(sequential loop) / T(p workers), same task, weight and batch, with Fieller's 95 %")
                .append(" interval (Welch degrees of freedom). Verdicts: *faster* when the one-sided 95 % lower bound of S is")
                .append(" above 1, *slower* when the upper bound is below 1, otherwise *not measurably different*.\n")
                .append("- Break-even: the task weight where the speedup crosses 1 (interpolated in log weight between the")
                .append(" last losing and the first winning weight), with a 95 % interval from a fork-level bootstrap (1000")
                .append(" resamples); given as the loop's time per task, and always with its batch: a per-batch cost is")
                .append(" spread over the batch's tasks. \"No crossing shown\" when the interval is not bounded by the")
                .append(" measured weights.\n")
                .append("- Best workers: the fewest workers not measurably slower than the fastest (same verdict test on")
                .append(" their times).\n")
                .append("- Dispatch overhead: (T at 1 worker − T sequential) / batch at the lightest weight, with a Welch")
                .append(" 95 % interval; \"below X (not measurable here)\" when the interval holds 0.\n")
                .append("- USL: X(N) = λN / (1 + σ(N−1) + κN(N−1)) fitted to throughput (needs ≥ 4 worker counts);")
                .append(" Amdahl is the case κ = 0 (needs ≥ 2); ± are standard errors of the fit. Every figure is in summary.json.\n");
        return md.toString();
    }

    public static String machineLine(RunAnalysis run) {
        MachineInfo m = run.machine();
        StringBuilder s = new StringBuilder("Machine: **").append(m.label()).append("**");
        if (m.logicalCores() > 0) {
            s.append(", ").append(m.cores());
            if (m.physicalCores() > 0) {
                s.append(" (").append(m.physicalCores()).append(" physical)");
            }
        }
        if (m.cpuModel() != null) {
            s.append(", ").append(m.cpuModel());
        }
        if (m.memoryBytes() > 0) {
            s.append(", ").append(Format.significant(m.memoryBytes() / (1024.0 * 1024 * 1024), 3)).append(" GiB");
        }
        if (m.os() != null) {
            s.append(", ").append(m.os());
        }
        if (m.profile() != null) {
            s.append(". Profile: ").append(m.profile());
        }
        if (!run.run().hasMachineFile()) {
            s.append(" (no machine.json: machine details unknown)");
        }
        s.append(". Results: `").append(run.run().results().getFileName()).append("`.");
        return s.toString();
    }

    /** Per strategy: its best speedup, where, the recommended worker count and its break-even there. */
    static String strategyTable(TaskAnalysis t) {
        StringBuilder s = new StringBuilder();
        s.append("| strategy | best speedup | at weight | fastest at | recommended workers | break-even (µs/task) | dispatch overhead |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        for (String strategy : t.strategies()) {
            Optional<Curve> best = t.curvesOf(strategy).stream()
                    .max(Comparator.comparingDouble(c -> c.best().fastestSpeedup().value()));
            if (best.isEmpty()) {
                continue;
            }
            Curve c = best.get();
            Optional<StrategyBreakEven> be = t.breakEvensOf(strategy).stream()
                    .filter(b -> b.workers() == c.best().fastestWorkers()).findFirst();
            String overhead = t.dispatchOverheads().stream().filter(d -> d.strategy().equals(strategy)).findFirst()
                    .map(Findings::nanos).orElse("–");
            s.append("| ").append(strategy)
                    .append(" | ").append(Findings.speedup(c.best().fastestSpeedup()))
                    .append(" | ").append(t.shortWeightLabel(c.weight()))
                    .append(" | ").append(c.best().fastestWorkers())
                    .append(" | ").append(c.best().workers())
                    .append(" | ").append(be.map(b -> Phrases.breakEven(b.breakEven())).orElse("–"))
                    .append(" | ").append(overhead).append(" |\n");
        }
        return s.toString();
    }

}
