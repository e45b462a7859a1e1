package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

    private static SweepPlan plan(Profile profile, List<StrategyType> strategies, List<String> weights, int java) {
        return SweepPlan.of(new SweepPlan.Request(profile, List.of(TaskType.ARITHMETIC), strategies, weights,
                new WorkerCounts(2, true, 0, List.of()), profile.batch(), java, false));
    }

    @Test
    void sequentialRunsOnceAtOneWorkerBeforeTheParallelPointsOfEachWeight() {
        SweepPlan plan = plan(Profile.QUICK, List.of(StrategyType.SEQUENTIAL, StrategyType.FIXED_POOL), List.of(), 17);
        assertThat(plan.points()).hasSize(3 * (1 + 3));
        assertThat(plan.points().get(0)).isEqualTo(new Point("arithmetic",
                TaskType.ARITHMETIC.weights().trivial(), "sequential", 1, 48));
        assertThat(plan.points().stream().filter(p -> p.strategy().equals("sequential")))
                .allMatch(p -> p.workers() == 1).hasSize(3);
        assertThat(plan.points()).doesNotHaveDuplicates();
    }

    @Test
    void secondaryStrategiesRunOnlyAtTheComparisonWeight() {
        SweepPlan plan = plan(Profile.QUICK, List.of(StrategyType.SEQUENTIAL, StrategyType.FORK_JOIN), List.of(), 17);
        long medium = TaskType.ARITHMETIC.weights().medium();
        assertThat(plan.points().stream().filter(p -> p.strategy().equals("fork-join")))
                .hasSize(3).allMatch(p -> p.weight() == medium);
    }

    @Test
    void explicitWeightsApplyToEveryStrategy() {
        SweepPlan plan = plan(Profile.QUICK, List.of(StrategyType.FORK_JOIN), List.of("light", "123"), 17);
        assertThat(plan.points()).extracting(Point::weight).containsOnly(123L, TaskType.ARITHMETIC.weights().light());
    }

    @Test
    void strategiesTheForkJvmCannotRunAreSkippedWithTheReason() {
        SweepPlan old = plan(Profile.QUICK, List.of(StrategyType.VIRTUAL_THREADS), List.of(), 17);
        assertThat(old.points()).isEmpty();
        assertThat(old.skipped()).singleElement().asString().contains("virtual-threads", "Java 21");
        assertThat(plan(Profile.QUICK, List.of(StrategyType.VIRTUAL_THREADS), List.of(), 21).points()).hasSize(3);
    }

    @Test
    void finerProfilesAddLogSpacedWeightsBetweenTheNamedOnes() {
        assertThat(TaskType.ARITHMETIC.weights().logSpaced(Profile.STANDARD.weightsBetween())).hasSize(7);
        assertThat(TaskType.ARITHMETIC.weights().logSpaced(Profile.FULL.weightsBetween())).hasSize(10);
    }

    @Test
    void quickLeavesTheHeavyWeightToStandardAndSpendsItsTimeNearTheCrossing() {
        List<Long> quick = plan(Profile.QUICK, List.of(StrategyType.SEQUENTIAL), List.of(), 17).points().stream()
                .map(Point::weight).toList();
        List<Long> standard = SweepPlan.of(new SweepPlan.Request(Profile.STANDARD, List.of(TaskType.ARITHMETIC),
                List.of(StrategyType.SEQUENTIAL), List.of(), new WorkerCounts(2, false, 0, List.of()), 240, 17,
                false)).points().stream().map(Point::weight).toList();

        assertThat(quick).containsExactly(TaskType.ARITHMETIC.weights().trivial(),
                TaskType.ARITHMETIC.weights().light(), TaskType.ARITHMETIC.weights().medium());
        assertThat(standard).contains(TaskType.ARITHMETIC.weights().heavy());
    }

    @Test
    void memoryHungrysSlowHeavyWeightsRunOnlyInFull() {
        for (Profile profile : new Profile[] {Profile.QUICK, Profile.STANDARD}) {
            SweepPlan plan = SweepPlan.of(new SweepPlan.Request(profile, List.of(TaskType.MEMORY_HUNGRY),
                    List.of(StrategyType.SEQUENTIAL), List.of(), new WorkerCounts(2, true, 0, List.of()),
                    profile.batch(), 17, false));
            assertThat(plan.points()).extracting(Point::weight)
                    .allMatch(w -> w <= TaskType.MEMORY_HUNGRY.weights().light());
        }
        SweepPlan full = SweepPlan.of(new SweepPlan.Request(Profile.FULL, List.of(TaskType.MEMORY_HUNGRY),
                List.of(StrategyType.SEQUENTIAL), List.of(), new WorkerCounts(2, true, 0, List.of()), 240, 17, false));
        assertThat(full.points()).extracting(Point::weight).contains(TaskType.MEMORY_HUNGRY.weights().heavy());
    }

    @Test
    void strategiesTheUserNamesRunAtEveryWeight() {
        SweepPlan plan = SweepPlan.of(new SweepPlan.Request(Profile.QUICK, List.of(TaskType.ARITHMETIC),
                List.of(StrategyType.SEQUENTIAL, StrategyType.FORK_JOIN), List.of(),
                new WorkerCounts(2, true, 0, List.of()), 48, 17, true));
        // quick's trivial, light and medium
        assertThat(plan.points().stream().filter(p -> p.strategy().equals("fork-join")).map(Point::weight).distinct())
                .hasSize(3);
    }

    @Test
    void aThinPlanKeepsTheWholeLadderOnlyAtKeyWeights() {
        SweepPlan.Request request = new SweepPlan.Request(Profile.STANDARD, List.of(TaskType.ARITHMETIC),
                List.of(StrategyType.SEQUENTIAL, StrategyType.FIXED_POOL), List.of(),
                new WorkerCounts(8, true, 0, List.of()), 48, 17, false);
        SweepPlan thin = SweepPlan.of(request, SweepPlan.Density.KEY_WEIGHTS);
        long light = TaskType.ARITHMETIC.weights().light();
        long heavy = TaskType.ARITHMETIC.weights().heavy();
        assertThat(thin.points().stream().filter(p -> p.weight() == light && !p.strategy().equals("sequential")))
                .extracting(Point::workers).containsExactly(1, 8);
        assertThat(thin.points().stream().filter(p -> p.weight() == heavy && !p.strategy().equals("sequential")))
                .extracting(Point::workers).containsExactly(1, 2, 4, 8, 16);
        assertThat(thin.points().size()).isLessThan(SweepPlan.of(request).points().size());
    }

    @Test
    void theThinnestPlanGoesBeyondNWorkersOnlyWhereThatTeachesSomething() {
        List<TaskType> tasks = List.of(TaskType.ARITHMETIC, TaskType.ENSEMBLE, TaskType.DISK);
        SweepPlan minimal = SweepPlan.of(new SweepPlan.Request(Profile.QUICK, tasks,
                List.of(StrategyType.SEQUENTIAL, StrategyType.FIXED_POOL), List.of(),
                new WorkerCounts(2, true, 0, List.of()), 48, 17, false), SweepPlan.Density.MINIMAL);
        // ensemble (CPU, strategies not compared on it): 1 and N at the comparison weight, N at quick's other two
        assertThat(minimal.points().stream().filter(p -> p.task().equals("ensemble") && p.workers() > 1))
                .allMatch(p -> p.workers() == 2);
        assertThat(minimal.points().stream().filter(p -> p.task().equals("ensemble") && !p.strategy().equals("sequential")))
                .hasSize(4);
        // arithmetic (the compared task) and disk (I/O) keep the ladder beyond N at the comparison weight
        assertThat(minimal.points().stream().filter(p -> p.task().equals("arithmetic")).map(Point::workers))
                .contains(4);
        assertThat(minimal.points().stream().filter(p -> p.task().equals("disk")).map(Point::workers))
                .contains(16);
        // the dispatch overhead's 1-worker point at the lightest weight, on the compared task only
        long trivial = TaskType.ARITHMETIC.weights().trivial();
        assertThat(minimal.points()).contains(new Point("arithmetic", trivial, "fixed-pool", 1, 48))
                .doesNotContain(new Point("ensemble", TaskType.ENSEMBLE.weights().trivial(), "fixed-pool", 1, 48));
    }
}
