package dev.breakeven.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.ChunkSizes;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** The chunk-size chart draws what {@link ChunkSizes} found: no choosing of its own. */
class ChunkSizeChartTest {

    @TempDir
    static Path dir;

    static RunAnalysis run;
    static TaskAnalysis task;
    static ChunkSizes best;

    @BeforeAll
    static void analyse() throws Exception {
        run = Runs.chunked(dir);
        task = run.tasks().get(0);
        best = ChunkSizes.of(task).orElseThrow();
    }

    @Test
    void hasALinePerWorkerCountAndTheSequentialLoop() {
        XYChart c = ChunkSizeChart.of(task, run.machine(), best);

        assertThat(c.getSeriesMap()).containsKeys("sequential loop", "1 worker", "2 workers", "4 workers");
        // 65,536 units: 1 to 65,536 per chunk, log10 from 0 to 4.8
        assertThat(c.getSeriesMap().get("2 workers").getXData()).hasSize(SyntheticJmh.CHUNK_SIZES.length);
        assertThat(c.getSeriesMap().get("2 workers").getXData()[1]).isCloseTo(Math.log10(16), within(1e-9));
    }

    @Test
    void marksTheBestChunkSizeOfEachWorkerCountWhereTheAnalysisFoundIt() {
        XYChart c = ChunkSizeChart.of(task, run.machine(), best);

        for (ChunkSizes.Best b : best.byWorkers()) {
            double[] x = c.getSeriesMap().get("best " + b.workers()).getXData();
            assertThat(x).containsExactly(Math.log10(b.chunkSize()));
            assertThat(c.getSeriesMap().get("best " + b.workers()).isShowInLegend()).isFalse();
        }
        // 4 workers: 250 µs at 1,024 per chunk; the slowest pass takes 9 ms, so the axis is log10 of ms
        double[] y = c.getSeriesMap().get("best 4").getYData();
        assertThat(Math.pow(10, y[0])).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void titlesItsAxesWithTheChunkUnitAndTimePerPass() {
        XYChart c = ChunkSizeChart.of(task, run.machine(), best);

        assertThat(c.getXAxisTitle()).isEqualTo("chunk size (cells per chunk, log scale)");
        assertThat(c.getYAxisTitle()).isEqualTo("time per pass over all chunks (ms, log scale)");
        assertThat(((TitledXYChart) c).subtitle()).contains("one batch = one pass over the field")
                .contains("◆ best chunk size per worker count");
    }

    @Test
    void namesTheRunsBestChunkSizeInTheLegend() {
        XYChart c = ChunkSizeChart.of(task, run.machine(), best);

        String name = "best: chunk 1,024 · 4 workers · 250 µs/pass";
        assertThat(c.getSeriesMap()).containsKey(name);
        assertThat(c.getSeriesMap().get(name).isShowInLegend()).isTrue();
        assertThat(c.getSeriesMap().get(name).getXData()).containsExactly(Math.log10(1024));
    }

    @Test
    void isAmongTheChartsOfAChunkedTaskOnly() throws Exception {
        assertThat(TaskCharts.all(task, run.machine())).extracting(NamedChart::fileStem)
                .contains("chunk-size-chunked-field");
        RunAnalysis laptop = Runs.laptop();
        List<NamedChart> plain = TaskCharts.all(laptop.tasks().get(0), laptop.machine());
        assertThat(plain).extracting(NamedChart::fileStem).noneMatch(s -> s.startsWith("chunk-size"));
    }
}
