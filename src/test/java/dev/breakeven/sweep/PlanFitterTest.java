package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanFitterTest {

    /** Every task as the catalogue sizes it: 1 µs per task at its trivial weight, 10 ms at heavy, log–log between. */
    private static Calibration calibration() {
        Map<String, Double> times = new HashMap<>();
        for (TaskType t : TaskType.all()) {
            times.put(t.id() + "/" + t.weights().trivial(), 1e-6);
            times.put(t.id() + "/" + t.weights().heavy(), 10e-3);
        }
        return Calibration.of(times);
    }

    private static SweepPlan.Request request(Profile profile, int cores) {
        return new SweepPlan.Request(profile, TaskType.all(), StrategyType.all(), List.of(),
                new WorkerCounts(cores, profile.coarseWorkers(), 0, List.of()), profile.batch(), 17, false);
    }

    @Test
    void aBigMachineThinsItsPlanToFitTheSameBudget() {
        PlanFitter.Fitted laptop = PlanFitter.fit(request(Profile.STANDARD, 2), Profile.STANDARD.budget(), 3, 10,
                calibration());
        PlanFitter.Fitted server = PlanFitter.fit(request(Profile.STANDARD, 40), Profile.STANDARD.budget(), 3, 10,
                calibration());

        assertThat(server.firstPassSeconds()).isLessThanOrEqualTo(Profile.STANDARD.firstPassShare() * 27 * 60);
        assertThat(server.expectedSeconds()).isLessThanOrEqualTo(60 * 60);
        assertThat(server.plan().density()).isNotEqualTo(SweepPlan.Density.FULL);
        assertThat(laptop.plan().points()).isNotEmpty();
    }

    @Test
    void standardKeepsAThirdOfItsBudgetForThePointsStillUndecided() {
        PlanFitter.Fitted laptop = PlanFitter.fit(request(Profile.STANDARD, 2), Profile.STANDARD.budget(), 3, 10,
                calibration());
        assertThat(laptop.fits()).isTrue();
        assertThat(laptop.firstPassSeconds()).isLessThanOrEqualTo(0.65 * 27 * 60);
        assertThat(Profile.QUICK.firstPassShare()).isGreaterThan(Profile.STANDARD.firstPassShare());
    }

    @Test
    void quickHoldsItsBudgetOnAManyCoreServer() {
        for (int cores : new int[] {2, 8, 40, 64, 128}) {
            PlanFitter.Fitted fitted = PlanFitter.fit(request(Profile.QUICK, cores), Profile.QUICK.budget(), 3, 8,
                    calibration());
            assertThat(fitted.overBudget()).as("%d cores", cores).isFalse();
            assertThat(fitted.expectedSeconds()).as("%d cores", cores)
                    .isLessThanOrEqualTo(Profile.QUICK.budget().toSeconds());
        }
    }

    @Test
    void aSparseLadderStopsAtTheBatchAndKeepsN() {
        SweepPlan sparse = SweepPlan.of(request(Profile.QUICK, 40), SweepPlan.Density.SPARSE);
        assertThat(sparse.points().stream().filter(p -> p.task().equals("disk")).map(Point::workers).distinct())
                .containsExactlyInAnyOrder(1, 4, 16, 40);
        SweepPlan full = SweepPlan.of(request(Profile.QUICK, 40), SweepPlan.Density.FULL);
        // 48 tasks a batch: 64 or 320 workers would leave the extra ones idle
        assertThat(full.points().stream().mapToInt(Point::workers).max()).hasValue(48);
        SweepPlan bigger = SweepPlan.of(request(Profile.QUICK, 64), SweepPlan.Density.SPARSE);
        assertThat(bigger.points().stream().filter(p -> p.task().equals("ensemble")).map(Point::workers).distinct())
                .containsExactlyInAnyOrder(1, 4, 16, 48);
        SweepPlan bare = SweepPlan.of(request(Profile.QUICK, 40), SweepPlan.Density.BARE);
        assertThat(bare.points().stream().filter(p -> p.task().equals("disk")).map(Point::workers).distinct())
                .containsExactlyInAnyOrder(1, 40);
        assertThat(bare.points().size()).isLessThan(sparse.points().size());
    }

    @Test
    void theLeanPlanKeepsOneWorkerOnlyWhereStrategiesAreCompared() {
        SweepPlan bare = SweepPlan.of(request(Profile.QUICK, 2), SweepPlan.Density.BARE);
        SweepPlan lean = SweepPlan.of(request(Profile.QUICK, 2), SweepPlan.Density.LEAN);

        assertThat(lean.points()).filteredOn(p -> p.workers() == 1 && !p.strategy().equals("sequential"))
                .extracting(Point::task).containsOnly("arithmetic");
        assertThat(bare.points().size() - lean.points().size()).isEqualTo(7); // medium, 1 worker, on 7 tasks
        // the break-even's arms and the I/O tasks' oversubscription stay
        assertThat(lean.points()).filteredOn(p -> p.task().equals("ensemble") && p.workers() == 2)
                .extracting(Point::weight).hasSize(3);
        assertThat(lean.points()).filteredOn(p -> p.task().equals("disk")).extracting(Point::workers).contains(16);
    }

    @Test
    void theThinnestPlanMeasuresTheCoreTasksAndSaysWhichItLeftOut() {
        SweepPlan core = SweepPlan.of(request(Profile.QUICK, 2), SweepPlan.Density.CORE);

        assertThat(core.points()).extracting(Point::task).isNotEmpty().allMatch(SweepPlan.Density.CORE_TASKS::contains);
        assertThat(core.points()).extracting(Point::task).contains("arithmetic", "ensemble", "correlation", "disk",
                "remote-query");
        assertThat(core.skipped()).anyMatch(s -> s.startsWith("chunked-field, stream, render, memory-hungry left out:")
                && s.contains("--tasks chunked-field,stream,render,memory-hungry"));
        // and the strategies that read as fixed-pool does, unless named
        assertThat(core.points()).extracting(Point::strategy).contains("fixed-pool-cold", "process-pool",
                "process-pool-cold").doesNotContain("fork-join", "parallel-stream");
        assertThat(core.skipped()).anyMatch(s -> s.startsWith("fork-join, parallel-stream left out:")
                && s.contains("--strategies sequential,fixed-pool,fork-join,parallel-stream"));
        SweepPlan.Request named = new SweepPlan.Request(Profile.QUICK, TaskType.catalogue(), StrategyType.all(),
                List.of(), new WorkerCounts(2, true, 0, List.of()), 48, 17, true);
        assertThat(SweepPlan.of(named, SweepPlan.Density.CORE).points()).extracting(Point::strategy)
                .contains("fork-join", "parallel-stream");
        // tasks the user chose are never left out
        SweepPlan.Request chosen = new SweepPlan.Request(Profile.QUICK, List.of(TaskType.STREAM, TaskType.RENDER),
                StrategyType.all(), List.of(), new WorkerCounts(2, true, 0, List.of()), 48, 17, false);
        assertThat(SweepPlan.of(chosen, SweepPlan.Density.CORE).points()).extracting(Point::task)
                .contains("stream", "render");
    }

    @Test
    void quickMeasuresTheCoreTasksWithinItsBudgetHoweverSlowItsForks() {
        // a pool's fork warms up for 1.2 s, so every task does not fit 4:20 even with forks that cost nothing
        for (double fork : new double[] {0.0, 0.3, 0.62}) {
            PlanFitter.Fitted fitted = PlanFitter.fit(request(Profile.QUICK, 2), Profile.QUICK.budget(), 3, 8,
                    calibration().withForkSeconds(fork));
            assertThat(fitted.fits()).as("fork of %s s", fork).isTrue();
            assertThat(fitted.plan().density()).isEqualTo(SweepPlan.Density.CORE);
        }
    }

    @Test
    void quicksThinnestPlanKeepsAsManyOfTheOtherTasksAsStillFit() {
        PlanFitter.Fitted fast = PlanFitter.fit(request(Profile.QUICK, 2), Profile.QUICK.budget(), 3, 8,
                calibration().withForkSeconds(0.0));
        PlanFitter.Fitted slow = PlanFitter.fit(request(Profile.QUICK, 2), Profile.QUICK.budget(), 3, 8,
                calibration().withForkSeconds(0.62));

        assertThat(fast.fits()).isTrue();
        assertThat(fast.plan().density()).isEqualTo(SweepPlan.Density.CORE);
        List<String> kept = fast.plan().points().stream().map(Point::task).distinct()
                .filter(t -> !SweepPlan.Density.CORE_TASKS.contains(t)).toList();
        // in catalogue order: chunked-field first
        assertThat(kept).isNotEmpty().first().isEqualTo("chunked-field");
        assertThat(fast.plan().skipped()).filteredOn(n -> n.contains(" left out: with them"))
                .allMatch(n -> kept.stream().noneMatch(n::contains));
        // one more task would not have fitted
        SweepPlan.Request r = new SweepPlan.Request(Profile.QUICK, TaskType.all(), StrategyType.all(), List.of(),
                fast.counts(), 48, 17, false);
        SweepPlan more = SweepPlan.of(r, SweepPlan.Density.CORE, kept.size() + 1);
        double perRound = more.points().stream().mapToDouble(fast.cost()::seconds).sum();
        assertThat(more.points().size() == fast.plan().points().size() || 3 * perRound > Profile.QUICK.firstPassShare() * Profile.QUICK.budget().toSeconds()).isTrue();
        assertThat(slow.plan().points()).extracting(Point::task).allMatch(SweepPlan.Density.CORE_TASKS::contains);
    }

    @Test
    void aPlanThatCannotFitSaysWhatBudgetItNeeds() {
        PlanFitter.Fitted fitted = PlanFitter.fit(request(Profile.FULL, 40), Duration.ofMinutes(1), 5, 20, calibration());
        assertThat(fitted.fits()).isFalse();
        assertThat(fitted.overBudget()).isTrue();
        assertThat(fitted.tooBig()).hasMessageContaining("give a larger --budget (e.g. --budget ");
    }

    @Test
    void budgetsReadAsPeopleTypeThem() {
        assertThat(Budgets.parse("45m")).contains(Duration.ofMinutes(45));
        assertThat(Budgets.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(Budgets.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(Budgets.parse("soon")).isEmpty();
        assertThat(Budgets.parse("0m")).isEmpty();
        assertThat(Budgets.format(Duration.ofSeconds(210))).isEqualTo("3m30s");
    }
}
