package dev.breakeven.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.RunLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsTest {

    @TempDir
    Path dir;

    /**
     * Batch of 10; the loop takes 10 µs per task at weight 1,000 and 100 µs at 10,000. Four workers take 200 µs
     * (S = 0.5) and 500 µs (S = 2) per batch with 1 % errors, so the break-even (where S − σ crosses 1) lies
     * about a third of the way from 1,000 to 10,000 in log weight. At 2 workers S = 1.85 ± 0.026, at 4 workers 2.0 ± 0.028 (no overlap: 4 is best); at 8 it gets slower.
     */
    private RunAnalysis analyse() throws Exception {
        SyntheticJmh j = new SyntheticJmh()
                .batch("correlation", 1000, "sequential", 1, 10, 100, 1)
                .batch("correlation", 10000, "sequential", 1, 10, 1000, 10)
                .batch("correlation", 1000, "fixed-pool", 1, 10, 120, 1.2)
                .batch("correlation", 1000, "fixed-pool", 2, 10, 150, 1.5)
                .batch("correlation", 1000, "fixed-pool", 4, 10, 200, 2)
                .batch("correlation", 1000, "fixed-pool", 8, 10, 300, 3)
                .batch("correlation", 10000, "fixed-pool", 1, 10, 1050, 10.5)
                .batch("correlation", 10000, "fixed-pool", 2, 10, 540, 5.4)
                .batch("correlation", 10000, "fixed-pool", 4, 10, 500, 5)
                .batch("correlation", 10000, "fixed-pool", 8, 10, 700, 7);
        Path run = dir.resolve("laptop");
        Files.createDirectories(run);
        Files.writeString(run.resolve("results.json"), j.json());
        Files.writeString(run.resolve("machine.json"), "{\"label\":\"laptop\",\"logicalCores\":8,"
                + "\"tasks\":{\"correlation\":{\"unit\":\"pairs\",\"namedWeights\":{\"light\":1000,\"heavy\":10000}}}}");
        return Analyzer.analyze(RunLoader.load(run));
    }

    @Test
    void statesBreakEvenAsTimePerTaskAndWeight() throws Exception {
        RunAnalysis run = analyse();
        TaskAnalysis t = run.tasks().get(0);
        // S(1000, 2 workers) = 100/150 → slower; S(10000, 2) = 1000/540 = 1.85 → faster: the point speedups cross 1
        // in between, at 1000 · 10^f pairs with f = (1 − 0.667) / (1.852 − 0.667) in log weight
        double f = (1 - 100.0 / 150) / (1000.0 / 540 - 100.0 / 150);
        double micros = Math.pow(10, 1 + f);

        List<String> findings = Findings.task(t, run.machine());

        assertThat(t.earliestBreakEven().orElseThrow().breakEven().microsPerTask().value())
                .isCloseTo(micros, org.assertj.core.data.Offset.offset(micros * 1e-9));
        assertThat(findings).anySatisfy(s -> assertThat(s)
                .startsWith("For correlation, parallel pays from ≈ " + dev.breakeven.report.Format.micros(micros) + " (95 %: ")
                .contains(" per task (≈ ").contains(" pairs), first with fixed-pool with 2 workers (batches of 10)")
                .endsWith("below that it is slower or not measurably different from the loop."));
        assertThat(Findings.run(run)).anySatisfy(s -> assertThat(s)
                .startsWith("On laptop (8 logical cores), parallel work started to pay from ≈ ")
                .doesNotContain("as fast or faster"));
    }

    @Test
    void saysWhereMoreWorkersStopPayingAndGetSlower() throws Exception {
        RunAnalysis run = analyse();

        List<String> findings = Findings.task(run.tasks().get(0), run.machine());

        assertThat(findings.get(0)).isEqualTo("On laptop (8 logical cores), correlation runs at best 2× (95 %: 1.9–2.1×) "
                + "faster than a loop, with fixed-pool and 4 workers at heavy (10,000 pairs).");
        assertThat(findings).contains("correlation stops paying beyond 4 workers (fixed-pool, heavy): more workers are"
                + " not measurably faster, and past 4 workers it gets measurably slower.");
        assertThat(findings).anySatisfy(s -> assertThat(s).startsWith("Handing one task to a single worker costs fixed-pool 2 µs (95 %: "));
        assertThat(findings).anySatisfy(s -> assertThat(s).startsWith("USL fit (fixed-pool, heavy): contention σ = "));
    }

    @Test
    void aBreakEvenThatAnotherRunMayPutMoreThanOneAndAHalfTimesAwaySaysHowFar() {
        // quick's arithmetic, 2026-11-27 09:11: 6.6 µs (95 %: 4.7–11 µs), 2.34× wide: a repeat within 2.34^(1/√2)
        assertThat(Findings.repeatability(dev.breakeven.stats.Estimate.interval(6.6, 4.7, 11, 0.95, 8, "test")))
                .isEqualTo(" Another run may put it up to 1.8× away (95 %; its interval is 2.3× wide); more forks (a"
                        + " longer profile) narrow it.");
        // quick's stream before the 400 ms warm-up: 7.6 µs (95 %: 3.7–37 µs), 10× wide: 10^(1/√2) = 5.1
        assertThat(Findings.repeatability(dev.breakeven.stats.Estimate.interval(7.6, 3.7, 37, 0.95, 3, "test")))
                .startsWith(" Another run may put it up to 5.1× away (95 %; its interval is 10× wide, so the figure is"
                        + " rough)");
        // quick's ensemble: 6.7 µs (95 %: 4.9–7.7 µs), 1.57× wide, repeats within 1.38×: nothing to add
        assertThat(Findings.repeatability(dev.breakeven.stats.Estimate.interval(6.7, 4.9, 7.7, 0.95, 3, "test"))).isEmpty();
        assertThat(Findings.repeatability(dev.breakeven.stats.Estimate.of(6.7, Double.POSITIVE_INFINITY))).isEmpty();
    }
}
