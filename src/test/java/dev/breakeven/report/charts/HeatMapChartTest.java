package dev.breakeven.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapSeries;

class HeatMapChartTest {

    static RunAnalysis run;
    static TaskAnalysis task;

    @BeforeAll
    static void analyse() throws Exception {
        run = Runs.laptop();
        task = run.tasks().get(0);
    }

    @Test
    void hasACellPerMeasuredWeightAndWorkerCountHoldingItsSpeedup() {
        HeatMapSeries s = HeatMapChart.of(task, run.machine()).getHeatMapSeries();

        assertThat(List.<Object>copyOf(s.getXData())).containsExactly("trivial", "light", "medium");
        assertThat(List.<Object>copyOf(s.getYData())).containsExactly("1", "2", "4");
        assertThat(s.getHeatData()).hasSize(9);
        for (Number[] cell : s.getHeatData()) {
            double weight = task.weights().get(cell[0].intValue());
            int workers = task.workerCounts().get(cell[1].intValue());
            double speedup = task.curve(weight, "fixed-pool").orElseThrow().at(workers).orElseThrow().speedup().value();
            assertThat(cell[2].doubleValue()).as("weight %s, %d workers", weight, workers).isEqualTo(speedup);
        }
    }

    @Test
    void isWhiteAtSpeedupOneWithAScaleSymmetricInDoublings() {
        org.knowm.xchart.style.HeatMapStyler s = HeatMapChart.of(task, run.machine()).getStyler();

        // both ends a whole number of doublings from S = 1, the same number each way or not, around the data
        double down = Math.log(1 / s.getMin()) / Math.log(2);
        double up = Math.log(s.getMax()) / Math.log(2);
        assertThat(down).isEqualTo(Math.rint(down)).isGreaterThanOrEqualTo(1);
        assertThat(up).isEqualTo(Math.rint(up)).isGreaterThanOrEqualTo(1);
        assertThat(Palette.speedup(0, down, up)).isEqualTo(new java.awt.Color(0xF7F7F7));
    }

    @Test
    void titlesAxesAndSaysWhatTheColoursMeanWithoutMentioningBars() {
        TitledHeatMapChart c = HeatMapChart.of(task, run.machine());

        assertThat(c.getXAxisTitle()).isEqualTo("task weight (iterations)");
        assertThat(c.getYAxisTitle()).isEqualTo("workers (fixed-pool)");
        assertThat(c.subtitle()).isEqualTo("laptop, 2 logical cores · fixed-pool · red: slower than the loop · blue: faster"
                + " · batch of 48");
    }
}
