package dev.breakeven.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.RulesOfThumb.Check;
import dev.breakeven.report.analysis.RulesOfThumb.Verdict;
import dev.breakeven.report.io.DaskOverheads;
import dev.breakeven.report.io.RunLoader;
import dev.breakeven.stats.Estimate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of thumb against a synthetic run with known break-evens: arithmetic's loop takes 0.01 µs per step;
 * with 2 workers and batches of 48, fork-join costs 2 µs per task (pays from 4 µs = 400 steps), the thread pool
 * 5 µs (from 10 µs), process-pool 20 µs (from 40 µs), and spark 10 ms per batch (from 417 µs per task).
 */
class RulesOfThumbTest {

    private static final int BATCH = 48;

    @TempDir
    static Path dir;

    static List<Check> checks;

    /** Four forks of T µs per batch, ± 1 %. */
    private static double[][] forks(double t) {
        return new double[][] {{t * 0.99, t}, {t, t * 1.01}, {t * 1.005, t * 0.995}, {t * 1.01, t * 0.99}};
    }

    @BeforeAll
    static void run() throws Exception {
        SyntheticJmh j = new SyntheticJmh();
        for (double w = 100; w <= 1e6 * 1.01; w *= Math.sqrt(10)) {
            double weight = Math.rint(w);
            double task = weight * 0.01;
            j.batchForks("arithmetic", weight, "sequential", 1, BATCH, forks(BATCH * task));
            j.batchForks("arithmetic", weight, "fork-join", 2, BATCH, forks(BATCH * (task / 2 + 2)));
            j.batchForks("arithmetic", weight, "fixed-pool", 2, BATCH, forks(BATCH * (task / 2 + 5)));
            j.batchForks("arithmetic", weight, "process-pool", 2, BATCH, forks(BATCH * (task / 2 + 20)));
            j.batchForks("arithmetic", weight, "spark", 2, BATCH, forks(BATCH * task / 2 + 10_000));
        }
        Files.writeString(dir.resolve("results.json"), j.json());
        Files.writeString(dir.resolve(DaskOverheads.FILE), String.join("\n",
                "# dask 2022.12.1 (/usr/bin/python3)",
                "{\"strategy\": \"dask-threads\", \"workers\": 2, \"startup_ms\": 9, \"per_task_us_batch48\": 90}",
                "{\"strategy\": \"dask-threads\", \"workers\": 1, \"startup_ms\": 7, \"per_task_us_batch48\": 180}",
                "{\"strategy\": \"dask-distributed\", \"workers\": 1, \"startup_ms\": 2100, \"per_task_us_batch48\": 3000}"));
        checks = RulesOfThumb.check(Analyzer.analyze(RunLoader.load(dir)));
    }

    private static Check rule(String name) {
        return checks.stream().filter(c -> c.rule().name().startsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void everyRuleKeepsItsSourceAndItsOwnWords() {
        assertThat(checks).hasSize(RulesOfThumb.RULES.size());
        assertThat(RulesOfThumb.RULES).allSatisfy(r -> {
            assertThat(r.url()).startsWith("https://");
            assertThat(r.quote()).isNotBlank();
        });
        assertThat(rule("ForkJoinTask").rule().quote()).contains("more than 100 and less than 10000 basic"
                + " computational steps");
        assertThat(rule("Spark").rule().quote()).contains("tasks as short as 200 ms");
    }

    @Test
    void aForkJoinTaskOf100StepsStillLosesHereSoTheJavadocIsOptimistic() {
        Check fj = rule("ForkJoinTask");
        assertThat(fj.strategy()).isEqualTo("fork-join");
        assertThat(fj.task()).isEqualTo("arithmetic");
        assertThat(fj.measured().value()).isCloseTo(4, within(0.4));
        assertThat(fj.measuredWeight().value()).isCloseTo(400, within(40.0));
        assertThat(fj.ruleMicros()).as("100 steps at 0.01 µs per step").isCloseTo(1, within(0.02));
        assertThat(fj.verdict()).isEqualTo(Verdict.OPTIMISTIC);
    }

    @Test
    void theNqModelTakesTheBatchAsNAndFallsBackToForkJoin() {
        Check nq = rule("NQ model");
        assertThat(nq.strategy()).as("no parallel-stream in the run").isEqualTo("fork-join");
        assertThat(nq.ruleMicros()).as("10,000 / 48 steps").isCloseTo(10_000.0 / BATCH * 0.01, within(0.01));
        assertThat(nq.verdict()).isEqualTo(Verdict.OPTIMISTIC);
    }

    @Test
    void sparkPaysForPartitionsFarShorterThan200msSoItsGuideIsConservative() {
        Check spark = rule("Spark");
        assertThat(spark.measured().value()).isCloseTo(10_000.0 / 24, within(40.0));
        assertThat(spark.ruleMicros()).as("a 200 ms partition holds 24 tasks").isCloseTo(200_000.0 * 2 / BATCH,
                within(1.0));
        assertThat(spark.verdict()).isEqualTo(Verdict.CONSERVATIVE);
    }

    @Test
    void oneMessagePerTaskNeedsBiggerTasksThanTheThreadPool() {
        Check mp = rule("Python multiprocessing");
        assertThat(mp.measured().value()).isCloseTo(40, within(4.0));
        assertThat(mp.reference().value()).isCloseTo(10, within(1.0));
        assertThat(mp.verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void daskOverheadsComeFromTheScriptsOutputAtItsFewestWorkers() {
        assertThat(rule("Dask threaded").measured().value()).isEqualTo(180);
        assertThat(rule("Dask threaded").verdict()).isEqualTo(Verdict.ABOUT_RIGHT);
        assertThat(rule("Dask distributed").verdict()).as("3 ms against a documented 1 ms")
                .isEqualTo(Verdict.OPTIMISTIC);
    }

    @Test
    void aRuleInsideAnOpenIntervalIsUndecidedAndWithoutDataNotMeasured() {
        assertThat(RulesOfThumb.judge(Estimate.interval(5, 2, Double.POSITIVE_INFINITY, 0.95, 4, ""), 10))
                .isEqualTo(Verdict.UNDECIDED);
        assertThat(RulesOfThumb.judge(Estimate.interval(5, 2, 8, 0.95, 4, ""), 6)).isEqualTo(Verdict.ABOUT_RIGHT);
        assertThat(RulesOfThumb.judge(null, 6)).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(RulesOfThumb.judgeOverhead(250, 200)).isEqualTo(Verdict.ABOUT_RIGHT);
        assertThat(RulesOfThumb.judgeOverhead(100, 200)).isEqualTo(Verdict.CONSERVATIVE);
    }
}
