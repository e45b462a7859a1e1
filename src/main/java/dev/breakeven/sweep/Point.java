package dev.breakeven.sweep;

import java.util.Map;

/**
 * One measured point of a sweep: one JMH fork of {@code BatchBenchmark} at these parameters.
 *
 * @param task     catalogue name
 * @param weight   work per task, in the task's unit
 * @param strategy strategy name
 * @param workers  worker count p
 * @param batch    tasks per JMH operation
 */
public record Point(String task, long weight, String strategy, int workers, int batch) {

    /** The benchmark's {@code @Param} values, as JMH writes them into results.json. */
    public Map<String, String> params() {
        return Map.of("task", task, "weight", Long.toString(weight), "strategy", strategy,
                "workers", Integer.toString(workers), "batch", Integer.toString(batch));
    }

    /** The point a machine.json record describes. */
    public static Point of(dev.breakeven.results.PointRecord r) {
        return new Point(r.task(), r.weight(), r.strategy(), r.workers(), r.batch());
    }

    /** The point whose {@code @Param}s these are, as read back from results.json or machine.json. */
    public static Point fromParams(Map<String, String> params) {
        return new Point(params.get("task"), Long.parseLong(params.get("weight")), params.get("strategy"),
                Integer.parseInt(params.get("workers")), Integer.parseInt(params.get("batch")));
    }

    @Override
    public String toString() {
        return task + " weight " + weight + ", " + strategy + ", " + workers + " worker" + (workers == 1 ? "" : "s");
    }
}
