package dev.breakeven.sweep;

import java.time.Duration;
import java.util.List;

/**
 * Fits a sweep into its time budget: the first pass (every point at the minimum number of forks) must take at
 * most {@link Profile#firstPassShare()} of the budget, leaving the rest to the adaptive pass. On a big machine the
 * worker ladder and weights thin out until it fits: the profile's ladder with every weight, then the coarse
 * (powers of two) ladder, then the whole ladder only at key weights, then named weights only, then fewer worker
 * counts, and last the core tasks only ({@link SweepPlan.Density}), with as many of the others as still fit.
 */
final class PlanFitter {

    private PlanFitter() {
    }

    /** A plan and what it is expected to take. */
    record Fitted(SweepPlan plan, WorkerCounts counts, ForkCost cost, int minForks, double firstPassSeconds,
            double fullSeconds, double budgetSeconds) {

        /** Share of the budget the first pass may take. */
        double firstPassShare() {
            return cost.profile().firstPassShare();
        }

        /** Whether the first pass fits its share of the budget. */
        boolean fits() {
            return firstPassSeconds <= firstPassShare() * budgetSeconds || plan.points().isEmpty();
        }

        /** Whether the first pass alone takes longer than the whole budget. */
        boolean overBudget() {
            return firstPassSeconds > budgetSeconds && !plan.points().isEmpty();
        }

        /** The one-line error a sweep that does not fit stops with. */
        SweepInputException tooBig() {
            Duration budget = Duration.ofSeconds((long) budgetSeconds);
            return new SweepInputException(String.format("the first pass of this plan alone needs about %s (%d points"
                    + " × %d forks), more than %.0f%% of the budget %s; give a larger --budget (e.g. --budget %s) or"
                    + " narrow it with --tasks, --weights or --workers", Budgets.clock(Duration.ofSeconds((long)
                    firstPassSeconds)), plan.points().size(), minForks, firstPassShare() * 100,
                    Budgets.clock(budget), suggestedBudget()));
        }

        /**
         * What to say when the thinnest plan's first pass fits the budget but not its share: the budget holds,
         * but little is left for more forks where the answer is undecided.
         */
        String littleLeft() {
            return String.format("the first pass takes about %s of the budget %s, leaving %s (less than the %.0f%% the"
                    + " profile keeps) for more forks where the answer is undecided; intervals may stay wide (--budget %s"
                    + " leaves enough)", Budgets.clock(Duration.ofSeconds((long) firstPassSeconds)),
                    Budgets.clock(Duration.ofSeconds((long) budgetSeconds)),
                    Budgets.clock(Duration.ofSeconds((long) (budgetSeconds - firstPassSeconds))),
                    (1 - firstPassShare()) * 100, suggestedBudget());
        }

        private String suggestedBudget() {
            return Budgets.format(Duration.ofSeconds((long) Math.ceil(firstPassSeconds / firstPassShare() / 60) * 60));
        }

        /** The expected wall time of the sweep: the budget, unless every point reaching its maximum forks takes less. */
        double expectedSeconds() {
            return Math.max(firstPassSeconds, Math.min(budgetSeconds, fullSeconds));
        }
    }

    /** The densest plan whose first pass fits; the thinnest one, not {@link Fitted#fits()}, when none does. */
    static Fitted fit(SweepPlan.Request request, Duration budget, int minForks, int maxForks, Calibration calibration) {
        double budgetSeconds = budget.toMillis() / 1e3;
        Fitted thinnest = null;
        boolean ladderFixed = !request.workerCounts().explicit().isEmpty() || request.workerCounts().coarse();
        for (boolean coarse : ladderFixed ? List.of(request.workerCounts().coarse()) : List.of(false, true)) {
            WorkerCounts counts = new WorkerCounts(request.workerCounts().cores(), coarse,
                    request.workerCounts().maxOverride(), request.workerCounts().explicit());
            SweepPlan.Request r = new SweepPlan.Request(request.profile(), request.tasks(), request.strategies(),
                    request.weights(), counts, request.batch(), request.forkJavaFeature(), request.namedStrategies());
            ForkCost cost = new ForkCost(counts.cores(), request.profile(), calibration);
            for (SweepPlan.Density density : densities(coarse, ladderFixed)) {
                thinnest = fitted(SweepPlan.of(r, density), counts, cost, minForks, maxForks, budgetSeconds);
                if (thinnest.fits()) {
                    return density == SweepPlan.Density.CORE
                            ? withMoreTasks(thinnest, r, minForks, maxForks, budgetSeconds) : thinnest;
                }
            }
        }
        return thinnest;
    }

    /**
     * The core-tasks plan with as many of the tasks it leaves out as still fit, in catalogue order: on a machine
     * whose forks start fast, quick's thinnest plan has room for a few.
     */
    private static Fitted withMoreTasks(Fitted core, SweepPlan.Request r, int minForks, int maxForks,
            double budgetSeconds) {
        Fitted best = core;
        for (int more = 1; ; more++) {
            SweepPlan plan = SweepPlan.of(r, SweepPlan.Density.CORE, more);
            if (plan.points().size() == best.plan().points().size()) {
                return best;
            }
            Fitted next = fitted(plan, core.counts(), core.cost(), minForks, maxForks, budgetSeconds);
            if (!next.fits()) {
                return best;
            }
            best = next;
        }
    }

    private static Fitted fitted(SweepPlan plan, WorkerCounts counts, ForkCost cost, int minForks, int maxForks,
            double budgetSeconds) {
        double perRound = plan.points().stream().mapToDouble(cost::seconds).sum();
        return new Fitted(plan, counts, cost, minForks, perRound * minForks, perRound * maxForks, budgetSeconds);
    }

    private static List<SweepPlan.Density> densities(boolean coarse, boolean ladderFixed) {
        // the fine ladder is tried with every weight only; thinning weights comes after coarsening the ladder
        return coarse || ladderFixed ? List.of(SweepPlan.Density.values()) : List.of(SweepPlan.Density.FULL);
    }
}
