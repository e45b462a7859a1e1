package dev.breakeven.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.RunAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class OverviewChartTest {

    @TempDir
    Path dir;

    /** Two tasks: "fast" scales to 3× at 4 workers, "slow" never beats the loop. */
    private RunAnalysis twoTasks() throws Exception {
        SyntheticJmh j = new SyntheticJmh();
        for (double w : new double[] {100, 1000}) {
            j.batch("fast", w, "sequential", 1, 10, w * 10, w * 0.1);
            j.batch("slow", w, "sequential", 1, 10, w * 10, w * 0.1);
            for (int p : new int[] {1, 2, 4}) {
                j.batch("fast", w, "fixed-pool", p, 10, w * 10 / Math.min(3, p) * (w < 500 ? 2 : 1), w * 0.1);
                j.batch("slow", w, "fixed-pool", p, 10, w * 20, w * 0.2);
            }
        }
        return Runs.write(dir.resolve("two"), j, "{\"label\":\"server\",\"logicalCores\":4}");
    }

    @Test
    void hasARowPerTaskSortedBySpeedupWithItsBestAndWhetherItPays() throws Exception {
        RunAnalysis run = twoTasks();

        List<OverviewChart.Row> rows = OverviewChart.rows(run);

        assertThat(rows).extracting(r -> r.task().task()).containsExactly("slow", "fast");
        assertThat(rows.get(1).speedup()).isEqualTo(run.task("fast").orElseThrow().bestCurve().orElseThrow()
                .best().fastestSpeedup().value());
        assertThat(rows.get(1).pays()).isTrue();
        assertThat(rows.get(0).pays()).isFalse();
        // the best speedup, the strategy and workers that reached it, then how big a task must be (the lead's wording)
        assertThat(rows.get(1).label()).startsWith("3× (fixed-pool, 4) · ");
    }

    @Test
    void drawsADotPerTaskAtItsBestSpeedupOnALog2Axis() throws Exception {
        RunAnalysis run = twoTasks();

        XYChart c = OverviewChart.of(run).chart() instanceof XYChart x ? x : null;

        assertThat(c).isNotNull();
        assertThat(c.getSeriesMap()).containsKeys("fast", "slow", "S = 1");
        assertThat(c.getSeriesMap().get("fast").getXData()[0]).isEqualTo(Math.log(3) / Math.log(2), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(c.getSeriesMap().get("fast").getYData()[0]).isEqualTo(2); // second row from the bottom
        assertThat(c.getXAxisTitle()).isEqualTo("best speedup over the sequential loop (×, log scale)");
        assertThat(((TitledXYChart) c).subtitle()).startsWith("server, 4 logical cores · ");
        assertThat(OverviewChart.of(run).task()).isNull();
    }
}
