package dev.breakeven.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.breakeven.report.ReportEndToEndTestSupport;
import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.RunLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class CompareChartsTest {

    @TempDir
    Path dir;

    private static RunAnalysis committed(String name) throws Exception {
        return Analyzer.analyze(RunLoader.load(ReportEndToEndTestSupport.resource("runs/" + name)));
    }

    @Test
    void overlaysBothMachinesCurvesPerSharedWeightWithTheLoopAsBaseline() throws Exception {
        RunAnalysis a = committed("laptop");
        RunAnalysis b = committed("laptop-rerun");
        TaskAnalysis ta = a.tasks().get(0);
        TaskAnalysis tb = b.tasks().get(0);

        XYChart c = CompareCharts.speedup(ta, a.machine(), "laptop", tb, b.machine(), "rerun", "fixed-pool");

        assertThat(c.getSeriesMap()).containsKeys("S = 1: as fast as the loop", "laptop · trivial", "rerun · trivial",
                "laptop · medium", "rerun · medium", "laptop · medium" + Intervals.BARS);
        assertThat(c.getXAxisTitle()).isEqualTo("workers (fixed-pool)");
        assertThat(c.getYAxisTitle()).matches("speedup over sequential loop \\(×(, log scale)?\\)");
        // B's curve is B's own analysis, drawn with squares and dashes
        Curve rerun = tb.curve(120000, "fixed-pool").orElseThrow();
        double[] y = c.getSeriesMap().get("rerun · medium").getYData();
        double s2 = rerun.at(2).orElseThrow().speedup().value();
        assertThat(y[1]).isCloseTo(Runs.speedupOnAxis(c, s2), within(1e-9));
        assertThat(c.getSeriesMap().get("rerun · medium").getLineStyle()).isEqualTo(ChartKit.DASHED);
    }

    @Test
    void timeChartShowsTimePerTaskAndEachMachinesLoop() throws Exception {
        RunAnalysis a = committed("laptop");
        RunAnalysis b = committed("laptop-rerun");

        XYChart c = CompareCharts.time(a.tasks().get(0), a.machine(), "laptop", b.tasks().get(0), b.machine(), "rerun",
                "fixed-pool");

        assertThat(c.getSeriesMap()).containsKeys("laptop · light", "rerun · light", "sequential laptop · light",
                "sequential rerun · light");
        assertThat(c.getYAxisTitle()).startsWith("time per task (");
        assertThat(c.getSeriesMap().get("sequential laptop · light").isShowInLegend()).isFalse();
    }

    @Test
    void withoutASequentialLoopTheSpeedupOneLineSaysOneWorker() throws Exception {
        SyntheticJmh j = new SyntheticJmh();
        for (int p : new int[] {1, 2, 4}) {
            j.batch("t", 100, "fixed-pool", p, 10, 1000.0 / p, 10);
        }
        RunAnalysis a = Runs.write(dir.resolve("a"), j, null);
        RunAnalysis b = Runs.write(dir.resolve("b"), j, null);

        XYChart c = CompareCharts.speedup(a.tasks().get(0), a.machine(), "a", b.tasks().get(0), b.machine(), "b",
                "fixed-pool");

        assertThat(c.getSeriesMap()).containsKey("S = 1: as fast as 1 worker").doesNotContainKey("S = 1: as fast as the loop");
        assertThat(c.getYAxisTitle()).startsWith("speedup over 1 worker (×");
    }

    @Test
    void givesNoChartsWhenTheMachinesShareNoStrategy() throws Exception {
        SyntheticJmh x = new SyntheticJmh().batch("t", 100, "fixed-pool", 1, 10, 100, 1).batch("t", 100, "fixed-pool", 2, 10, 60, 1);
        SyntheticJmh y = new SyntheticJmh().batch("t", 100, "fork-join", 1, 10, 100, 1).batch("t", 100, "fork-join", 2, 10, 60, 1);
        RunAnalysis a = Runs.write(dir.resolve("x"), x, null);
        RunAnalysis b = Runs.write(dir.resolve("y"), y, null);

        List<NamedChart> charts = CompareCharts.all(a.tasks().get(0), a.machine(), "x", b.tasks().get(0), b.machine(), "y");

        assertThat(charts).isEmpty();
    }
}
