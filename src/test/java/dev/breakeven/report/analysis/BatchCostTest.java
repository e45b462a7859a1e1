package dev.breakeven.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.io.RunLoader;
import dev.breakeven.report.summary.Findings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCostTest {

    @TempDir
    Path dir;

    /** Forks of T = a + b·batch µs, ± 1 % around it. */
    private static double[][] forks(double a, double b, int batch) {
        double t = a + b * batch;
        return new double[][] {{t * 0.99, t}, {t, t * 1.01}, {t * 1.005, t * 0.995}, {t * 1.01, t * 0.99}};
    }

    @Test
    void twoBatchSizesSeparateThePerBatchCostFromThePerTaskCost() throws Exception {
        // the loop: 10 µs per task, nothing per batch; the pool with 2 workers: 200 µs per batch + 5 µs per task
        SyntheticJmh j = new SyntheticJmh();
        for (int batch : new int[] {48, 240}) {
            for (double w : new double[] {100, 1000}) {
                double scale = w / 1000;
                j.batchForks("arithmetic", w, "sequential", 1, batch, forks(0, 10 * scale, batch));
                j.batchForks("arithmetic", w, "fixed-pool", 1, batch, forks(100, 10 * scale, batch));
                j.batchForks("arithmetic", w, "fixed-pool", 2, batch, forks(200, 5 * scale, batch));
            }
        }
        Files.writeString(dir.resolve("results.json"), j.json());
        TaskAnalysis t = Analyzer.analyze(RunLoader.load(dir)).tasks().get(0);

        BatchCost pool = t.batchCosts().stream().filter(b -> b.strategy().equals("fixed-pool") && b.workers() == 2
                && b.weight() == 1000).findFirst().orElseThrow();
        assertThat(pool.batches()).containsExactly(48, 240);
        assertThat(pool.perBatchSeconds().value()).isCloseTo(200e-6, within(10e-6));
        assertThat(pool.perBatchSeconds().contains(200e-6)).isTrue();
        assertThat(pool.perTaskSeconds().value()).isCloseTo(5e-6, within(0.2e-6));
        BatchCost loop = t.batchCosts().stream().filter(b -> b.strategy().equals("sequential") && b.weight() == 1000)
                .findFirst().orElseThrow();
        assertThat(loop.perBatchSeconds().contains(0)).isTrue();
        assertThat(Findings.task(t, RunLoader.load(dir).machine())).anySatisfy(s -> assertThat(s)
                .contains("with 2 workers costs").contains("so the break-even moves with the batch"));
    }
}
