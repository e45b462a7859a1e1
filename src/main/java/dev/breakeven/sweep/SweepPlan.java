package dev.breakeven.sweep;

import dev.breakeven.strategies.Availability;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskType;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered points of a sweep: for each task and weight, the sequential baseline first, then every
 * strategy at every worker count. Strategies the fork JVM cannot run are left out with their reason.
 *
 * @param points  what to measure, in order
 * @param skipped one sentence per strategy left out, e.g. why virtual threads are unavailable
 */
public record SweepPlan(List<Point> points, List<String> skipped) {

    /** What a sweep was asked to measure, already validated. */
    public record Request(Profile profile, List<TaskType> tasks, List<StrategyType> strategies,
                          List<String> weights, WorkerCounts workerCounts, int batch, int forkJavaFeature) {
    }

    public static SweepPlan of(Request request) {
        List<StrategyType> strategies = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (StrategyType s : request.strategies()) {
            Availability a = s.availability(request.forkJavaFeature());
            if (a.available()) {
                strategies.add(s);
            } else {
                skipped.add(s.id() + " skipped: " + a.reason());
            }
        }
        List<Point> points = new ArrayList<>();
        for (TaskType task : request.tasks()) {
            List<Long> weights = weights(request, task);
            long comparison = task.weights().byName(request.profile().comparisonWeight());
            for (long weight : weights) {
                for (StrategyType s : strategies) {
                    boolean explicitWeights = !request.weights().isEmpty();
                    if (!explicitWeights && !request.profile().runsAtEveryWeight(s)
                            && (weight != comparison || !request.profile().comparesStrategiesOn(task.id()))) {
                        continue;
                    }
                    List<Integer> counts = s.isBaseline() ? List.of(1)
                            : request.workerCounts().forKind(task.kind());
                    int batch = task.batchFor(weight, request.batch());
                    for (int p : counts) {
                        points.add(new Point(task.id(), weight, s.id(), p, batch));
                    }
                }
            }
        }
        return new SweepPlan(List.copyOf(points), List.copyOf(skipped));
    }

    private static List<Long> weights(Request request, TaskType task) {
        if (request.weights().isEmpty()) {
            long ceiling = task.weights().byName(request.profile().heaviestNamedWeight(task.id()));
            return task.weights().logSpaced(request.profile().weightsBetween()).stream()
                    .filter(w -> w <= ceiling).toList();
        }
        List<Long> weights = new ArrayList<>();
        for (String w : request.weights()) {
            long named = task.weights().byName(w);
            weights.add(named > 0 ? named : Long.parseLong(w));
        }
        return weights.stream().distinct().sorted().toList();
    }
}
