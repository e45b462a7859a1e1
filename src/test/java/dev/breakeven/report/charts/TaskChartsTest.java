package dev.breakeven.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.report.ReportEndToEndTestSupport;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.RunLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
    void everyTaskGetsItsCharts() {
        List<NamedChart> charts = TaskCharts.all(task, run.machine());

        assertThat(charts).extracting(NamedChart::fileStem).containsExactly("speedup-arithmetic",
                "break-even-arithmetic", "heatmap-arithmetic", "strategies-arithmetic", "efficiency-arithmetic");
        assertThat(charts).allSatisfy(n -> assertThat(n.caption()).isNotBlank());
    }
}
