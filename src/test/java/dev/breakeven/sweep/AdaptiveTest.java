package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.breakeven.results.ForkRecord;
import dev.breakeven.results.PointRecord;
import dev.breakeven.stats.Forks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdaptiveTest {

    private final List<PointRecord> points = new ArrayList<>();
    private final Map<Point, Forks> forks = new HashMap<>();

    /** A measured point with {@code n} forks of mean {@code t} s, spread ± {@code spread} relative. */
    private void measured(String strategy, long weight, int workers, int n, double t, double spread) {
        measured("arithmetic", strategy, weight, workers, n, t, spread);
    }

    private void measured(String task, String strategy, long weight, int workers, int n, double t, double spread) {
        double[] means = new double[n];
        for (int i = 0; i < n; i++) {
            means[i] = t * (1 + spread * (i % 2 == 0 ? 1 : -1) * (i + 1) / n);
        }
        measuredForks(task, strategy, weight, workers, means);
    }

    /** A measured point whose forks' means are {@code means}. */
    private void measuredForks(String task, String strategy, long weight, int workers, double... means) {
        int n = means.length;
        Point p = new Point(task, weight, strategy, workers, 48);
        PointRecord r = PointRecord.planned(p.task(), p.weight(), p.strategy(), p.workers(), p.batch(), false);
        for (int i = 0; i < n; i++) {
            r = r.withFork(new ForkRecord("t", 1, 0, 1, 0, false, true, "log"));
        }
        points.add(r);
        forks.put(p, Forks.ofMeans(means));
    }

    /** The loop and the pool with 2 workers at two weights, 3 forks each, spread ± the loop's and the pool's. */
    private void measuredAt(long lo, double seqLo, double parLo, long hi, double seqHi, double parHi, double seqSpread,
            double parSpread) {
        measured("sequential", lo, 1, 3, seqLo, seqSpread);
        measured("fixed-pool", lo, 2, 3, parLo, parSpread);
        measured("sequential", hi, 1, 3, seqHi, seqSpread);
        measured("fixed-pool", hi, 2, 3, parHi, parSpread);
    }

    /**
     * Standard's arithmetic at batches of 240: the loop at 400 (240 µs ± {@code seqSpread}) and the pool there
     * ({@code parLo} ± {@code parSpread}), then S = 1.09 at 936; 3 forks each.
     */
    private void measuredNextToLightest(double seqSpread, double parLo, double parSpread) {
        measured("sequential", 400, 1, 3, 240, seqSpread);
        measured("fixed-pool", 400, 2, 3, parLo, parSpread);
        measured("sequential", 936, 1, 3, 550, 0.002);
        measured("fixed-pool", 936, 2, 3, 505, 0.03);
    }

    /** Ensemble's loop and pool at 3 and 1,200 steps, 3 forks each: S = 0.5 and 1.875. */
    private void ensembleCrossingBetween3And1200() {
        measured("ensemble", "sequential", 3, 1, 3, 1.0, 0.01);
        measured("ensemble", "fixed-pool", 3, 2, 3, 2.0, 0.01);
        measured("ensemble", "sequential", 1200, 1, 3, 300, 0.01);
        measured("ensemble", "fixed-pool", 1200, 2, 3, 160, 0.01);
    }

    private Optional<Adaptive.Step> next(boolean refine) {
        return new Adaptive(2, 3, 8, 48, 1, refine).next(points, p -> Optional.ofNullable(forks.get(p)));
    }

    @Test
    void pointsBelowTheMinimumForksAreToppedUpFirst() {
        measured("sequential", 400, 1, 3, 1.0, 0.01);
        measured("fixed-pool", 400, 2, 1, 2.0, 0.01);

        Adaptive.Step step = next(true).orElseThrow();

        assertThat(step.why()).isEqualTo("top-up");
        assertThat(step.forks()).containsExactly(new Point("arithmetic", 400, "fixed-pool", 2, 48));
    }

    @Test
    void aCrossingBetweenFarApartWeightsGetsAWeightHalfwayInLog() {
        measuredAt(400, 1.0, 2.0, 120_000, 300, 160, 0.01, 0.01);

        Adaptive.Step step = next(true).orElseThrow();

        // S = 0.5 at 400 and 300/160 = 1.875 at 120,000: S = 1 interpolated 0.5/1.375 of the way in log
        long interpolated = Math.round(400 * Math.pow(300, 0.5 / 1.375));
        assertThat(step.added()).extracting(Point::weight).containsOnly(interpolated);
        assertThat(step.added()).extracting(Point::strategy).containsExactlyInAnyOrder("sequential", "fixed-pool");
        assertThat(next(false).map(Adaptive.Step::added).orElse(List.of())).as("not when the user chose the weights")
                .isEmpty();
    }

    @Test
    void everyTasksCrossingIsRefinedOnceBeforeAnyIsRefinedTwice() {
        ensembleCrossingBetween3And1200(); // 400× apart: the widest bracket, refined first
        measuredAt(2000, 1.0, 1.2, 12_000, 6, 4, 0.01, 0.01); // 6× apart
        Adaptive adaptive = new Adaptive(2, 3, 8, 48, 1, true);

        Adaptive.Step first = adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow();
        assertThat(first.added()).extracting(Point::task).containsOnly("ensemble");
        long mid = first.added().get(0).weight();
        measured("ensemble", "sequential", mid, 1, 3, 300.0 * mid / 1200, 0.01);
        measured("ensemble", "fixed-pool", mid, 2, 3, 2 + 160.0 * mid / 1200, 0.01); // crossing now between 3 and 60

        Adaptive.Step second = adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow();
        assertThat(second.added()).as("arithmetic before ensemble's second").extracting(Point::task)
                .containsOnly("arithmetic");
    }

    @Test
    void everyTasksNewWeightIsAddedBeforeAnyIsToppedUpSoThatTheirForksInterleave() {
        ensembleCrossingBetween3And1200();
        measuredAt(400, 1.0, 2.0, 12_000, 30, 16, 0.01, 0.01);
        Adaptive adaptive = new Adaptive(2, 3, 8, 48, 1, true);
        List<Point> added = new ArrayList<>();

        for (int i = 0; i < 2; i++) {
            Adaptive.Step step = adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow();
            assertThat(step.forks()).as("nothing measured before both tasks have their new weight").isEmpty();
            step.added().forEach(p -> points.add(PointRecord.planned(p.task(), p.weight(), p.strategy(), p.workers(),
                    p.batch(), true)));
            added.addAll(step.added());
        }
        Adaptive.Step topUp = adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow();

        assertThat(added).extracting(Point::task).containsOnly("ensemble", "arithmetic").hasSize(4);
        assertThat(topUp.why()).isEqualTo("top-up");
        assertThat(topUp.forks()).as("one fork each, both tasks in one round").containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void aRefinedWeightStaysInTheMiddleHalfOfItsBracket() {
        assertThat(Math.exp(Adaptive.newWeightLog(new double[] {400, 12_000, 0.55, 1.49})))
                .isCloseTo(400 * Math.pow(30, 0.45 / 0.94), within(1e-6));
        assertThat(Math.exp(Adaptive.newWeightLog(new double[] {400, 12_000, 0.99, 1.5}))).as("S = 1 next to 400")
                .isCloseTo(400 * Math.pow(30, 0.25), within(1e-6));
        assertThat(Math.exp(Adaptive.newWeightLog(new double[] {400, 12_000, 0.2, 1.01}))).as("S = 1 next to 12,000")
                .isCloseTo(400 * Math.pow(30, 0.75), within(1e-6));
    }

    @Test
    void anUnsettledCrossingGetsForksWhereItsVarianceIs() {
        measured("sequential", 400, 1, 3, 1.0, 0.001);
        measured("fixed-pool", 400, 2, 3, 1.25, 0.15); // S = 0.8, slower
        measured("sequential", 12_000, 1, 3, 30, 0.001);
        measured("fixed-pool", 12_000, 2, 3, 20, 0.15); // S = 1.5, faster

        Adaptive.Step step = next(false).orElseThrow();

        assertThat(step.why()).as("both points are decided, the crossing between them is not").isEqualTo("crossing");
        // ∂ ln w*/∂ ln T is 2.78 at 400 and 2.08 at 12,000, and the loop's forks barely vary
        assertThat(step.forks()).containsExactly(new Point("arithmetic", 400, "fixed-pool", 2, 48));
    }

    @Test
    void aCrossingNextToTheLightestWeightIsSettledOnlyWhenItsBootstrapIntervalIsNarrow() {
        // standard on 2 cores: S = 0.92 at 400 and 1.09 at 936, 3 forks each: the bootstrap puts the crossing at
        // 620 (454–729), 1.37× below it: not settled
        measuredNextToLightest(0.034, 262, 0.052);

        Adaptive.Step step = next(false).orElseThrow();

        assertThat(step.why()).isEqualTo("crossing");
        assertThat(next(true).orElseThrow().why()).as("bounded below (454–729): no lighter weight").isEqualTo("crossing");
    }

    @Test
    void aCrossingOpenBelowTheLightestWeightGetsALighterWeightOnce() {
        // S = 0.95 at 400 and 1.09 at 936: the bootstrap interval of the crossing (near 570) is open below 400
        measuredNextToLightest(0.05, 252, 0.1);
        Adaptive adaptive = new Adaptive(2, 3, 8, 48, 1, true);

        Adaptive.Step step = adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow();

        assertThat(step.why()).isEqualTo("extend arithmetic below weight 400");
        assertThat(step.added()).containsExactly(new Point("arithmetic", 100, "sequential", 1, 48),
                new Point("arithmetic", 100, "fixed-pool", 2, 48));
        assertThat(adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow().why())
                .as("once per task").isEqualTo("crossing");
    }

    @Test
    void theGridIsExtendedNoLowerThanOneWeightUnit() {
        // ensemble at batches of 240 crossed between 3 and 7 steps (S = 0.91 and 1.04): 3 / 4 rounds to 1
        measured("ensemble", "sequential", 3, 1, 3, 317, 0.2);
        measured("ensemble", "fixed-pool", 3, 2, 3, 350, 0.16);
        measured("ensemble", "sequential", 7, 1, 3, 530, 0.07);
        measured("ensemble", "fixed-pool", 7, 2, 3, 510, 0.15);
        measured("correlation", "sequential", 1, 1, 3, 170, 0.01);
        measured("correlation", "fixed-pool", 1, 2, 3, 190, 0.1);
        measured("correlation", "sequential", 2, 1, 3, 330, 0.01);
        measured("correlation", "fixed-pool", 2, 2, 3, 320, 0.1);

        List<Adaptive.Step> steps = new ArrayList<>();
        Adaptive adaptive = new Adaptive(2, 3, 8, 48, 1, true);
        for (int i = 0; i < 2; i++) {
            steps.add(adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow());
        }

        assertThat(steps.get(0).added()).extracting(Point::task, Point::weight)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("ensemble", 1L));
        assertThat(steps.get(1).why()).as("correlation's lightest weight is already 1").isEqualTo("crossing");
    }

    @Test
    void aHeavierPointThatHoldsTheCrossingOpenGetsTheForks() {
        // a standard run's arithmetic: the arms beside the crossing (400 and 917) and at 1,264 at their maximum
        // forks, but S = 1.16 at 12,000 on 3 forks of a pool varying ± 17 % keeps the crossing's interval open above
        measured("sequential", 400, 1, 16, 255, 0.01);
        measured("fixed-pool", 400, 2, 8, 345, 0.05);
        measured("sequential", 917, 1, 16, 610, 0.02);
        measured("fixed-pool", 917, 2, 8, 600, 0.05);
        measured("sequential", 1264, 1, 16, 810, 0.02);
        measured("fixed-pool", 1264, 2, 8, 735, 0.03);
        measured("sequential", 3812, 1, 16, 2500, 0.02);
        measured("fixed-pool", 3812, 2, 8, 2000, 0.03);
        measuredForks("arithmetic", "sequential", 12_000, 1, 8103, 7418, 7479); // µs a batch
        measuredForks("arithmetic", "fixed-pool", 12_000, 2, 5907, 7955, 5958);

        Adaptive.Step step = next(false).orElseThrow();

        assertThat(step.why()).isEqualTo("crossing");
        assertThat(step.forks()).containsExactly(new Point("arithmetic", 12_000, "fixed-pool", 2, 48));
    }

    @Test
    void aHeavierPointThatIsClearlyFasterLeavesTheForksToTheArmsBesideTheCrossing() {
        measured("sequential", 400, 1, 3, 255, 0.01);
        measured("fixed-pool", 400, 2, 3, 345, 0.15);
        measured("sequential", 917, 1, 3, 610, 0.01);
        measured("fixed-pool", 917, 2, 3, 560, 0.15);
        measured("sequential", 12_000, 1, 3, 7670, 0.01);
        measured("fixed-pool", 12_000, 2, 3, 4500, 0.05);

        Adaptive.Step step = next(false).orElseThrow();

        assertThat(step.why()).isEqualTo("crossing");
        assertThat(step.forks()).singleElement().extracting(Point::weight).isIn(400L, 917L);
    }

    @Test
    void aSettledCrossingGetsNoMoreForks() {
        measuredAt(400, 1.0, 1.25, 12_000, 30, 20, 0.001, 0.01);

        assertThat(next(false)).isEmpty();
    }

    @Test
    void aSecondRefinementWaitsUntilTheCrossingIsSettled() {
        for (double spread : new double[] {0.15, 0.001}) {
            points.clear();
            forks.clear();
            measuredAt(400, 1.0, 2.0, 120_000, 300, 160, 0.001, spread);
            Adaptive adaptive = new Adaptive(2, 3, 8, 48, 1, true);
            long mid = adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow().added().get(0)
                    .weight();
            measured("sequential", mid, 1, 3, mid / 400.0, 0.001);
            measured("fixed-pool", mid, 2, 3, 2 + 160.0 * mid / 120_000, spread); // S = 1 between 400 and mid

            Adaptive.Step next = adaptive.next(points, p -> Optional.ofNullable(forks.get(p))).orElseThrow();

            assertThat(next.why()).as("pool's forks ± %s", spread)
                    .startsWith(spread > 0.1 ? "crossing" : "refine arithmetic between weights 400 and " + mid);
        }
    }

    @Test
    void anUndecidedPointGetsAForkWithOneOfItsBaseline() {
        measured("sequential", 400, 1, 3, 1.0, 0.05);
        measured("fixed-pool", 400, 2, 3, 1.0, 0.05);

        Adaptive.Step step = next(true).orElseThrow();

        assertThat(step.why()).isEqualTo("undecided");
        assertThat(step.forks()).containsExactlyInAnyOrder(new Point("arithmetic", 400, "fixed-pool", 2, 48),
                new Point("arithmetic", 400, "sequential", 1, 48));
    }

    @Test
    void oneWorkerAtAHeavyWeightIsNoQuestionLeftOpen() {
        measured("sequential", 400, 1, 3, 1.0, 0.001);
        measured("fixed-pool", 400, 1, 3, 1.5, 0.001);
        measured("sequential", 120_000, 1, 3, 300, 0.05);
        measured("fixed-pool", 120_000, 1, 3, 300, 0.05); // the loop plus a hand-over: S = 1, as it must be
        measured("fixed-pool", 120_000, 2, 3, 150, 0.001);
        measured("fixed-pool", 400, 2, 3, 2.0, 0.001);

        assertThat(next(false).map(Adaptive.Step::why)).as("no undecided step for 1 worker at 120,000")
                .isNotEqualTo(Optional.of("undecided"));
    }

    @Test
    void whenEveryWeightPaysTheLightestGoesFirst() {
        measured("sequential", 400, 1, 5, 1.0, 0.05);
        measured("fixed-pool", 400, 2, 5, 0.99, 0.05); // S ≈ 1.01, undecided: the break-even may lie below
        measured("sequential", 12_000, 1, 3, 30, 0.05);
        measured("fixed-pool", 12_000, 2, 3, 28, 0.05); // also undecided, but fewer forks
        measured("sequential", 120_000, 1, 3, 300, 0.001);
        measured("fixed-pool", 120_000, 2, 3, 150, 0.001);

        Adaptive.Step step = next(false).orElseThrow();

        assertThat(step.why()).isEqualTo("undecided");
        assertThat(step.forks()).contains(new Point("arithmetic", 400, "fixed-pool", 2, 48));
    }

    @Test
    void nothingIsLeftWhenEveryPointIsDecidedAndPrecise() {
        measured("sequential", 400, 1, 3, 1.0, 0.001);
        measured("fixed-pool", 400, 2, 3, 0.5, 0.001);

        assertThat(next(true)).isEmpty();
    }

    @Test
    void anUndecidedPointStopsAtTheMaximumForks() {
        measured("sequential", 400, 1, 8, 1.0, 0.05);
        measured("fixed-pool", 400, 2, 8, 1.0, 0.05);

        assertThat(next(true)).isEmpty();
    }
}
