package dev.breakeven.report.analysis;

import java.util.List;
import java.util.Optional;

/**
 * A task at one weight and batch, spread by one strategy over several worker counts: its speedups, fits and
 * best worker count.
 *
 * @param weight task weight in the task's unit (NaN when the benchmark has none)
 * @param batch tasks per operation
 * @param points measured worker counts, ascending
 */
public record Curve(String task, double weight, String strategy, int batch, Baseline baseline,
        List<ScalingPoint> points, FitOutcome usl, FitOutcome amdahl, BestWorkers best) {

    public Curve {
        points = List.copyOf(points);
    }

    public Optional<ScalingPoint> at(int workers) {
        return points.stream().filter(p -> p.workers() == workers).findFirst();
    }

    public int maxWorkers() {
        return points.get(points.size() - 1).workers();
    }
}
