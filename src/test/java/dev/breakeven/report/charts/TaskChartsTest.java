package dev.breakeven.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.breakeven.report.ReportEndToEndTestSupport;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.stats.Estimate;
import java.nio.file.Path;
import dev.breakeven.report.io.RunLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Charts are pure functions of the analysis, so what they show can be checked without drawing them. */
class TaskChartsTest {

    static RunAnalysis run;
    static TaskAnalysis task;

    @BeforeAll
    static void analyse() throws Exception {
        run = Analyzer.analyze(RunLoader.load(ReportEndToEndTestSupport.resource("runs/laptop")));
        task = run.tasks().get(0);
    }

    @Test
    void speedupChartHasALinePerWeightTheIdealTheCoresAndMarksFailedAndBusyPoints() {
        XYChart c = SpeedupChart.of(task, run.machine());

        assertThat(c.getSeriesMap()).containsKeys("trivial (400 iterations)", "light (12,000 iterations)",
                "medium (120,000 iterations)", "ideal: S = p", "2 logical cores", "memory-limited: no result",
                "measured while busy");
        assertThat(((TitledXYChart) c).subtitle()).startsWith("laptop, 2 logical cores · fixed-pool");
        assertThat(c.getXAxisTitle()).contains("workers");
        assertThat(c.getYAxisTitle()).contains("speedup").contains("×");
        // the memory-limited point (8 workers) is on the chart, not cut off
        assertThat(c.getStyler().getXAxisMax()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void eachWeightKeepsItsColourAcrossCharts() {
        XYChart speedup = SpeedupChart.of(task, run.machine());
        XYChart efficiency = EfficiencyChart.of(task, run.machine());

        for (String weight : List.of("trivial (400 iterations)", "light (12,000 iterations)", "medium (120,000 iterations)")) {
            XYSeries a = speedup.getSeriesMap().get(weight);
            XYSeries b = efficiency.getSeriesMap().get(weight);
            assertThat(a.getLineColor()).as(weight).isEqualTo(b.getLineColor());
        }
        assertThat(speedup.getSeriesMap().get("trivial (400 iterations)").getLineColor()).isEqualTo(Palette.weight(0));
    }

    @Test
    void strategiesKeepTheirPaletteColour() {
        XYChart c = StrategiesChart.of(task, run.machine());

        assertThat(c.getSeriesMap().get("fixed-pool").getLineColor()).isEqualTo(Palette.strategy("fixed-pool"));
        assertThat(c.getSeriesMap().get("fork-join").getLineColor()).isEqualTo(Palette.strategy("fork-join"));
        assertThat(Palette.strategy("fixed-pool")).isNotEqualTo(Palette.strategy("fork-join"));
    }

    @Test
    void breakEvenChartHasALinePerWorkerCountAndTheBreakEvenLine() {
        XYChart c = BreakEvenChart.of(task, run.machine());

        assertThat(c.getSeriesMap()).containsKeys("1 worker", "2 workers", "4 workers", "S = 1: break-even");
        assertThat(c.getXAxisTitle()).isEqualTo("task weight (iterations, log scale)");
    }

    @Test
    void speedupIntervalsRunFromEachPointsLowerToUpperEndClippedToThePlot() {
        XYChart c = SpeedupChart.of(task, run.machine());
        Curve medium = task.curve(120000, "fixed-pool").orElseThrow();

        double[] bars = c.getSeriesMap().get("medium (120,000 iterations)" + Intervals.BARS).getYData();
        double bottom = c.getStyler().getYAxisMin();
        double top = c.getStyler().getYAxisMax();
        for (int i = 0; i < medium.points().size(); i++) {
            Estimate s = medium.points().get(i).speedup();
            boolean log = c.getYAxisTitle().contains("log scale");
            double lower = s.lower() > 0 || !log ? Math.max(bottom, Runs.speedupOnAxis(c, s.lower())) : bottom;
            double upper = Double.isFinite(s.upper()) ? Math.min(top, Runs.speedupOnAxis(c, s.upper())) : top;
            assertThat(bars[3 * i]).as("lower end at %d workers", i).isCloseTo(lower, within(1e-9));
            assertThat(bars[3 * i + 1]).as("upper end at %d workers", i).isCloseTo(upper, within(1e-9));
        }
        assertThat(c.getSeriesMap().get("medium (120,000 iterations)" + Intervals.BARS).isShowInLegend()).isFalse();
    }

    @Test
    void axisTitlesAreBuiltFromTheirParts() {
        XYChart speedup = SpeedupChart.of(task, run.machine());
        XYChart strategies = StrategiesChart.of(task, run.machine());
        XYChart efficiency = EfficiencyChart.of(task, run.machine());

        assertThat(speedup.getXAxisTitle()).isEqualTo("workers (fixed-pool)");
        assertThat(speedup.getYAxisTitle()).matches("speedup over sequential loop \\(×(, log scale)?\\)");
        assertThat(strategies.getXAxisTitle()).isEqualTo("workers");
        assertThat(efficiency.getXAxisTitle()).isEqualTo("workers (fixed-pool)");
        assertThat(efficiency.getYAxisTitle()).isEqualTo("efficiency E = S / p");
        assertThat(speedup.getSeriesMap()).containsKey("S = 1: as fast as the loop");
        assertThat(((TitledXYChart) speedup).subtitle()).endsWith(" · bars: 95 % CI"); // Fieller's, as analysed
    }

    @Test
    void efficiencyIsDrawnAsAnalysed() {
        XYChart c = EfficiencyChart.of(task, run.machine());
        Curve light = task.curve(12000, "fixed-pool").orElseThrow();

        double[] e = c.getSeriesMap().get("light (12,000 iterations)").getYData();
        assertThat(e).containsExactly(light.points().stream().mapToDouble(p -> p.efficiency().value()).toArray());
        assertThat(c.getSeriesMap()).containsKey("E = 1: perfect scaling");
    }

    @Test
    void withoutASequentialLoopSpeedupIsOverOneWorkerAndTheChartsSaySo(@TempDir Path dir) throws Exception {
        SyntheticJmh j = new SyntheticJmh();
        for (double w : new double[] {10, 100}) {
            for (int p : new int[] {1, 2, 4}) {
                j.batch("t", w, "fixed-pool", p, 10, w * 10 / p, w * 0.1);
            }
        }
        RunAnalysis r = Runs.write(dir.resolve("r"), j, null);

        XYChart c = SpeedupChart.of(r.tasks().get(0), r.machine());

        assertThat(c.getSeriesMap()).containsKey("S = 1: as fast as 1 worker");
        assertThat(c.getYAxisTitle()).startsWith("speedup over 1 worker (×");
        assertThat(TaskCharts.all(r.tasks().get(0), r.machine())).allSatisfy(n -> assertThat(n.caption())
                .doesNotContain("the loop"));
    }

    @Test
    void aTaskMeasuredAtOneWorkerCountStillShowsTheIdealAndTheLoopFromOneWorker(@TempDir Path dir) throws Exception {
        // quick on two cores with slow forks: the loop and 2 workers only
        SyntheticJmh j = new SyntheticJmh();
        for (double w : new double[] {10, 100}) {
            j.batch("t", w, "sequential", 1, 10, w * 10, w * 0.1);
            j.batch("t", w, "fixed-pool", 2, 10, w * 6, w * 0.06);
        }
        RunAnalysis r = Runs.write(dir.resolve("r"), j, null);

        for (XYChart c : List.of(SpeedupChart.of(r.tasks().get(0), r.machine()),
                EfficiencyChart.of(r.tasks().get(0), r.machine()))) {
            assertThat(c.getStyler().getXAxisMin()).as(c.getTitle()).isLessThan(1.0); // 1 to 2 workers: linear
            assertThat(c.getStyler().getXAxisMax()).as(c.getTitle()).isGreaterThan(2.0);
        }
        XYSeries ideal = SpeedupChart.of(r.tasks().get(0), r.machine()).getSeriesMap().get("ideal: S = p");
        assertThat(ideal.getXData()[0]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void breakEvenChartMarksEachWorkerCountsBreakEvenWeightOnTheSpeedupOneLine(@TempDir Path dir) throws Exception {
        // 2 workers lose at 1,000 (S = 0.67) and win at 100,000 (S = 1.85): a break-even between the two
        SyntheticJmh j = new SyntheticJmh()
                .batch("c", 1000, "sequential", 1, 10, 100, 1).batch("c", 100000, "sequential", 1, 10, 10000, 100)
                .batch("c", 1000, "fixed-pool", 1, 10, 120, 1.2).batch("c", 100000, "fixed-pool", 1, 10, 10500, 105)
                .batch("c", 1000, "fixed-pool", 2, 10, 150, 1.5).batch("c", 100000, "fixed-pool", 2, 10, 5400, 54);
        RunAnalysis r = Runs.write(dir.resolve("r"), j, null);
        TaskAnalysis t = r.tasks().get(0);
        StrategyBreakEven be = t.breakEvensOf("fixed-pool").stream().filter(b -> b.workers() == 2).findFirst().orElseThrow();

        XYChart c = BreakEvenChart.of(t, r.machine());

        assertThat(c.getXAxisTitle()).isEqualTo("task weight (weight units, log scale)");
        assertThat(be.breakEven().payoff()).isEqualTo(BreakEven.Payoff.PAYS_FROM);
        assertThat(c.getSeriesMap().get("break-even 2").getXData()[0])
                .isCloseTo(Math.log10(be.breakEven().weight().value()), within(1e-9));
        assertThat(c.getYAxisTitle()).isEqualTo("speedup over sequential loop (×)"); // 0.67 to 1.85: linear
        assertThat(c.getSeriesMap().get("break-even 2").getYData()[0]).isEqualTo(1);
        assertThat(c.getSeriesMap()).doesNotContainKey("break-even 1");
        assertThat(c.getSeriesMap().keySet()).anyMatch(k -> k.startsWith("pays from "));
    }

    @Test
    void everyTaskGetsItsCharts() {
        List<NamedChart> charts = TaskCharts.all(task, run.machine());

        assertThat(charts).extracting(NamedChart::fileStem).containsExactly("speedup-arithmetic",
                "break-even-arithmetic", "heatmap-arithmetic", "strategies-arithmetic", "efficiency-arithmetic");
        assertThat(charts).allSatisfy(n -> assertThat(n.caption()).isNotBlank());
        assertThat(charts).allSatisfy(n -> assertThat(n.task()).isEqualTo("arithmetic"));
    }
}
