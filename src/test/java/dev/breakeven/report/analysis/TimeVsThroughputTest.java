package dev.breakeven.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.io.Run;
import dev.breakeven.report.io.RunLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same curve reported as time per operation and as throughput must give the same analysis. */
class TimeVsThroughputTest {

    @TempDir
    Path dir;

    @Test
    void timeModeAndThroughputModeOfTheSameCurveGiveTheSameFitAndSpeedups() throws Exception {
        UslModel truth = new UslModel(0.04, 0.001, 2_000); // operations per second
        int[] workers = {1, 2, 4, 8, 16, 24, 32};
        SyntheticJmh time = new SyntheticJmh();
        SyntheticJmh rate = new SyntheticJmh();
        for (int p : workers) {
            double x = truth.throughputAt(p) * (1 + 0.01 * Math.sin(p)); // ops/s, a little noise
            double ms = 1000 / x;                                        // ms/op
            Map<String, String> params = new LinkedHashMap<>();
            params.put("strategy", "pool");
            params.put("workers", Integer.toString(p));
            time.add("a.B.c", "avgt", 1, params, ms, ms * 0.02, "ms/op", ms);
            rate.add("a.B.c", "thrpt", 1, params, x, x * 0.02, "ops/s", x);
        }
        Files.writeString(dir.resolve("time.json"), time.json());
        Files.writeString(dir.resolve("rate.json"), rate.json());

        RunAnalysis a = Analyzer.analyze(RunLoader.load(dir.resolve("time.json")));
        RunAnalysis b = Analyzer.analyze(RunLoader.load(dir.resolve("rate.json")));

        Curve ca = a.tasks().get(0).curves().get(0);
        Curve cb = b.tasks().get(0).curves().get(0);
        UslFit fa = ca.usl().fit();
        UslFit fb = cb.usl().fit();
        assertThat(fa.sigma().value()).isCloseTo(fb.sigma().value(), withinPercentage(1e-6));
        assertThat(fa.kappa().value()).isCloseTo(fb.kappa().value(), withinPercentage(1e-6));
        assertThat(fa.lambda().value()).isCloseTo(fb.lambda().value(), withinPercentage(1e-6));
        assertThat(fa.sigma().error()).isCloseTo(fb.sigma().error(), withinPercentage(1e-4));
        assertThat(fa.lambda().value()).isCloseTo(2_000, withinPercentage(2));
        for (int i = 0; i < workers.length; i++) {
            assertThat(ca.points().get(i).speedup().value()).isCloseTo(cb.points().get(i).speedup().value(), withinPercentage(1e-6));
            assertThat(ca.points().get(i).speedup().error()).isCloseTo(cb.points().get(i).speedup().error(), withinPercentage(1e-6));
        }
        assertThat(ca.baseline().kind()).isEqualTo(Baseline.Kind.ONE_WORKER);
    }

    @Test
    void sequentialStrategyIsTheBaselineWhenPresent() throws Exception {
        SyntheticJmh j = new SyntheticJmh()
                .batch("arithmetic", 1000, "sequential", 1, 10, 100, 2)
                .batch("arithmetic", 1000, "fixed-pool", 1, 10, 110, 2)
                .batch("arithmetic", 1000, "fixed-pool", 2, 10, 60, 2)
                .batch("arithmetic", 1000, "fixed-pool", 4, 10, 40, 2);
        Files.writeString(dir.resolve("r.json"), j.json());

        Run run = RunLoader.load(dir.resolve("r.json"));
        TaskAnalysis t = Analyzer.analyze(run).tasks().get(0);

        Curve c = t.curve(1000, "fixed-pool").orElseThrow();
        assertThat(c.baseline().kind()).isEqualTo(Baseline.Kind.SEQUENTIAL);
        assertThat(c.at(4).orElseThrow().speedup().value()).isCloseTo(2.5, withinPercentage(1e-6));
        assertThat(c.at(1).orElseThrow().karpFlatt()).isNull();
        // (110 µs − 100 µs) / 10 tasks = 1 µs = 1000 ns per task
        assertThat(t.dispatchOverheads()).singleElement()
                .satisfies(d -> assertThat(d.nanosPerTask().value()).isCloseTo(1000, withinPercentage(1e-6)));
        assertThat(t.strategies()).containsExactly("fixed-pool");
    }
}
