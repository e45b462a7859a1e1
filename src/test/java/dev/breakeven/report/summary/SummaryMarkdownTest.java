package dev.breakeven.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.report.ReportEndToEndTestSupport;
import dev.breakeven.report.Reporter;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.charts.NamedChart;
import dev.breakeven.report.io.RunLoader;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** summary.md says what the analysis found, in the analysis's own figures and sentences. */
class SummaryMarkdownTest {

    static RunAnalysis run;
    static TaskAnalysis task;
    static List<NamedChart> charts;
    static String md;

    @BeforeAll
    static void write() throws Exception {
        run = Analyzer.analyze(RunLoader.load(ReportEndToEndTestSupport.resource("runs/laptop")));
        task = run.tasks().get(0);
        charts = Reporter.charts(run);
        md = SummaryMarkdown.of(run, charts);
    }

    @Test
    void opensWithTheRunAndTheMachine() {
        assertThat(md).startsWith("# breakeven report: laptop\n\nMachine: **laptop**, 2 logical cores (2 physical),"
                + " shared 2-core build container, 8 GiB, Linux 6.1 amd64. Profile: quick. Results: `results.json`.\n");
    }

    @Test
    void listsTheRunsFindingsThenEachTasksUnderItsHeading() {
        int findings = md.indexOf("## Findings");
        int section = md.indexOf("## arithmetic");
        assertThat(findings).isPositive().isLessThan(section);
        for (String s : Findings.run(run)) {
            assertThat(md.indexOf("- " + s + "\n")).as(s).isBetween(findings, section);
        }
        for (String s : Findings.task(task, run.machine())) {
            assertThat(md.indexOf("- " + s + "\n")).as(s).isGreaterThan(section);
        }
        assertThat(md).contains("_Stands for: a tight floating-point loop, like a per-cell physics kernel_");
    }

    @Test
    void tabulatesEachStrategysBestSpeedupAndWorkersAsAnalysed() {
        for (String strategy : List.of("fixed-pool", "fork-join")) {
            Curve best = task.curvesOf(strategy).stream()
                    .max(Comparator.comparingDouble(c -> c.best().fastestSpeedup().value())).orElseThrow();
            assertThat(md).contains("| " + strategy + " | " + Findings.speedup(best.best().fastestSpeedup()) + " | "
                    + task.shortWeightLabel(best.weight()) + " | " + best.best().fastestWorkers() + " | "
                    + best.best().workers() + " | ");
        }
    }

    @Test
    void listsPointsWithoutAResultBusyAndSkippedWithTheirReasons() {
        assertThat(md).contains("Points without a result:\n\n- arithmetic, weight 120,000, fixed-pool, 8 workers:"
                + " memory-limited — 8 workers × 1.2 GiB working set exceed the 2 GiB cap\n");
        assertThat(md).contains("Points measured while the machine was busy:\n\n- arithmetic, weight 120,000,"
                + " fixed-pool, 4 workers: done (load 2.9)\n");
        assertThat(md).contains("Points the sweep skipped:\n\n");
    }

    @Test
    void linksEveryChartAsPngAndSvgWithItsCaption() {
        for (NamedChart c : charts) {
            assertThat(md).contains("- [" + c.fileStem() + ".png](" + c.fileStem() + ".png) ([svg](" + c.fileStem()
                    + ".svg)): " + c.caption() + "\n");
        }
    }
}
