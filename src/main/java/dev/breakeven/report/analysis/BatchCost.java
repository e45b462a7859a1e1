package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * What one batch costs apart from its tasks, where a run measured the same point at two or more batch sizes:
 * the time per operation is fitted as {@code T(batch) = a + b · batch} (ordinary least squares on the fork
 * means, commons-math3's {@code SimpleRegression}), so {@code a} is the per-batch cost (starting and joining
 * the batch) and {@code b} the cost per task. A per-batch cost is spread over the batch's tasks, which is why
 * a break-even moves with the batch: in batches of n it adds {@code a / n} to every task.
 *
 * @param strategy the strategy (or {@code sequential})
 * @param workers p
 * @param weight the task weight, in the task's unit
 * @param batches the batch sizes measured, ascending
 * @param perBatchSeconds {@code a}, s, with its 95 % t interval (n − 2 degrees of freedom)
 * @param perTaskSeconds {@code b}, s, with its 95 % t interval
 */
public record BatchCost(String strategy, int workers, double weight, List<Integer> batches, Estimate perBatchSeconds,
        Estimate perTaskSeconds) {

    public BatchCost {
        batches = List.copyOf(batches);
    }

    /** One fit per (strategy, workers, weight) measured at two or more batch sizes. */
    static List<BatchCost> of(List<Curve> curves) {
        Map<String, List<Curve>> byPoint = curves.stream().collect(Collectors.groupingBy(
                c -> c.strategy() + "|" + c.weight(), TreeMap::new, Collectors.toList()));
        List<BatchCost> fits = new ArrayList<>();
        for (List<Curve> group : byPoint.values()) {
            if (group.stream().map(Curve::batch).distinct().count() < 2) {
                continue;
            }
            Curve first = group.get(0);
            List<Integer> workers = group.stream().flatMap(c -> c.points().stream()).map(ScalingPoint::workers)
                    .distinct().sorted().toList();
            for (int p : workers) {
                SimpleRegression fit = new SimpleRegression();
                List<Integer> batches = new ArrayList<>();
                for (Curve c : group.stream().sorted(Comparator.comparingInt(Curve::batch)).toList()) {
                    c.at(p).ifPresent(point -> {
                        batches.add(c.batch());
                        for (double mean : point.forks().means()) {
                            fit.addData(c.batch(), mean);
                        }
                    });
                }
                if (batches.stream().distinct().count() >= 2 && fit.getN() > 2) {
                    fits.add(new BatchCost(first.strategy(), p, first.weight(), batches,
                            interval(fit.getIntercept(), fit.getInterceptStdErr(), fit.getN()),
                            interval(fit.getSlope(), fit.getSlopeStdErr(), fit.getN())));
                }
            }
            // the loop itself: its per-batch cost is the baseline against which a pool's is judged
            SimpleRegression loop = new SimpleRegression();
            List<Integer> loopBatches = new ArrayList<>();
            group.stream().filter(c -> c.baseline().kind() == Baseline.Kind.SEQUENTIAL)
                    .collect(Collectors.toMap(Curve::batch, c -> c, (a, b) -> a, TreeMap::new)).values()
                    .forEach(c -> {
                        loopBatches.add(c.batch());
                        for (double mean : c.baseline().forks().means()) {
                            loop.addData(c.batch(), mean);
                        }
                    });
            if (loopBatches.size() >= 2 && loop.getN() > 2 && fits.stream().noneMatch(f ->
                    f.strategy().equals("sequential") && f.weight() == first.weight())) {
                fits.add(new BatchCost("sequential", 1, first.weight(), loopBatches,
                        interval(loop.getIntercept(), loop.getInterceptStdErr(), loop.getN()),
                        interval(loop.getSlope(), loop.getSlopeStdErr(), loop.getN())));
            }
        }
        return fits;
    }

    private static Estimate interval(double value, double se, long n) {
        if (n < 3 || !Double.isFinite(se)) {
            return Estimate.of(value, 0);
        }
        double t = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - Times.LEVEL) / 2);
        return Estimate.interval(value, value - t * se, value + t * se, Times.LEVEL, (int) n,
                "least squares on " + n + " fork means, t interval");
    }
}
