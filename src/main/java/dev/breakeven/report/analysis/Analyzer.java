package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.report.io.Measurement;
import dev.breakeven.report.io.Run;
import dev.breakeven.results.StrategyNames;
import dev.breakeven.stats.Crossing;
import dev.breakeven.stats.Difference;
import dev.breakeven.stats.Forks;
import dev.breakeven.stats.Speedup;
import dev.breakeven.stats.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes speedups, fits, break-evens, best worker counts and dispatch overheads for a run. Every interval
 * rests on forks, the unit of replication: a speedup is the ratio of two arms' fork means with Fieller's 95 %
 * interval and a verdict (faster, slower, not measurably different); a break-even is where the point
 * speedups cross 1, with a fork-level bootstrap interval; a dispatch overhead is a Welch difference.
 *
 * <p>Speedup is always against the sequential loop of the same task, weight and batch, when the run has one
 * ({@code strategy=sequential}, at 1 worker). A run without it is measured against each strategy's own
 * 1-worker point, and the summary says so.
 */
public final class Analyzer {

    /** Preferred strategies for the per-weight charts, in order; after these the one with the best speedup. */
    private static final List<String> MAIN_PREFERENCE = List.of("fixed-pool");

    private Analyzer() {
    }

    public static RunAnalysis analyze(Run run) {
        MachineInfo machine = run.machine();
        Map<String, List<Measurement>> byTask = run.measurements().stream()
                .collect(Collectors.groupingBy(Measurement::task, LinkedHashMap::new, Collectors.toList()));
        List<String> order = new ArrayList<>(byTask.keySet());
        List<String> listed = new ArrayList<>(machine.tasks().keySet());
        order.sort(Comparator.comparingInt((String t) -> listed.contains(t) ? listed.indexOf(t) : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder()));
        List<TaskAnalysis> tasks = new ArrayList<>();
        for (String task : order) {
            tasks.add(analyzeTask(task, byTask.get(task), machine));
        }
        List<MachineInfo.PointStatus> unmatched = machine.points().stream()
                .filter(p -> p.isMissingResult() || p.busy())
                .filter(p -> !byTask.containsKey(p.task()))
                .toList();
        return new RunAnalysis(run, tasks, unmatched);
    }

    static TaskAnalysis analyzeTask(String task, List<Measurement> ms, MachineInfo machine) {
        MachineInfo.TaskInfo info = machine.tasks().get(task);
        boolean onlySequential = ms.stream().allMatch(Measurement::baseline);
        Map<String, Measurement> sequential = new HashMap<>();
        for (Measurement m : ms) {
            if (m.baseline() && !onlySequential) {
                String key = baselineKey(m.weight(), m.batch());
                Measurement prior = sequential.get(key);
                if (prior == null || rank(m.workers()) < rank(prior.workers())) {
                    sequential.put(key, m);
                }
            }
        }
        List<MachineInfo.PointStatus> statuses = machine.points().stream().filter(p -> task.equals(p.task())).toList();
        Map<Measurement.CurveKey, List<Measurement>> byCurve = ms.stream()
                .filter(m -> onlySequential || !m.baseline())
                .collect(Collectors.groupingBy(Measurement::curve, LinkedHashMap::new, Collectors.toList()));
        List<Curve> curves = new ArrayList<>();
        for (Map.Entry<Measurement.CurveKey, List<Measurement>> e : byCurve.entrySet()) {
            Measurement.CurveKey key = e.getKey();
            Measurement seq = sequential.get(baselineKey(key.weight(), key.batch()));
            curves.add(curve(key, e.getValue(), seq, statuses));
        }
        curves.sort(Comparator.comparing(Curve::strategy).thenComparingDouble(Curve::weight).thenComparingInt(Curve::batch));

        int batch = curves.stream().collect(Collectors.groupingBy(Curve::batch, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(1);
        // A task may run each weight at its own batch (chunked-field: one batch = one pass over the field, so
        // the batch is the number of chunks); only when one weight has several batches is one of them charted.
        Map<Double, Integer> batchOfWeight = TaskAnalysis.chartedBatches(curves);
        List<Curve> charted = curves.stream().filter(c -> c.batch() == batchOfWeight.get(c.weight())).toList();
        List<Double> weights = charted.stream().map(Curve::weight).distinct().sorted().toList();
        List<String> strategies = charted.stream().map(Curve::strategy).distinct()
                .sorted(Comparator.comparingInt(Analyzer::strategyOrder).thenComparing(Comparator.naturalOrder())).toList();
        String main = MAIN_PREFERENCE.stream().filter(strategies::contains).findFirst()
                .orElseGet(() -> charted.stream().max(Comparator.comparingDouble(c -> c.best().fastestSpeedup().value()))
                        .map(Curve::strategy).orElse(strategies.isEmpty() ? StrategyNames.DEFAULT : strategies.get(0)));
        double focus = focusWeight(weights, info);
        Baseline.Kind baselineKind = curves.stream().map(c -> c.baseline().kind())
                .max(Comparator.naturalOrder()).orElse(Baseline.Kind.SEQUENTIAL);

        List<StrategyBreakEven> breakEvens = new ArrayList<>();
        for (String strategy : strategies) {
            List<Curve> ofStrategy = charted.stream().filter(c -> c.strategy().equals(strategy))
                    .filter(c -> !Double.isNaN(c.weight())).toList();
            if (ofStrategy.stream().map(Curve::weight).distinct().count() < 2) {
                // A break-even weight needs a weight axis: a strategy measured at one weight (the profile's
                // comparison weight) would otherwise "pay at every size tried" on the strength of one size.
                continue;
            }
            List<Integer> workerCounts = ofStrategy.stream().flatMap(c -> c.points().stream())
                    .map(ScalingPoint::workers).distinct().sorted().toList();
            for (int p : workerCounts) {
                List<Crossing.Arm> arms = new ArrayList<>();
                List<Verdict> verdicts = new ArrayList<>();
                for (Curve c : ofStrategy) {
                    Optional<ScalingPoint> point = c.at(p);
                    if (point.isPresent() && !(c.baseline().kind() != Baseline.Kind.SEQUENTIAL && p == c.baseline().workers())) {
                        arms.add(new Crossing.Arm(c.weight(), c.baseline().forks(), point.get().forks(),
                                c.baseline().forks().mean() / c.batch() * 1e6));
                        verdicts.add(point.get().verdict());
                    }
                }
                // A worker count measured only from a heavier weight up (a thinned plan's whole ladder at key
                // weights) cannot say where parallel starts to pay: "faster at every size measured" would start
                // at its own lightest weight, not the task's.
                double lightest = ofStrategy.stream().mapToDouble(Curve::weight).min().orElse(Double.NaN);
                if (arms.size() >= 2 && TaskAnalysis.sameWeight(arms.stream().mapToDouble(Crossing.Arm::weight).min()
                        .orElse(Double.NaN), lightest)) {
                    breakEvens.add(new StrategyBreakEven(strategy, p, batch,
                            BreakEven.find(arms, verdicts.get(0), verdicts.get(verdicts.size() - 1))));
                }
            }
        }

        List<DispatchOverhead> overheads = new ArrayList<>();
        for (String strategy : strategies) {
            charted.stream()
                    .filter(c -> c.strategy().equals(strategy) && c.baseline().kind() == Baseline.Kind.SEQUENTIAL)
                    .filter(c -> c.at(1).isPresent())
                    .min(Comparator.comparingDouble(Curve::weight))
                    .ifPresent(c -> {
                        Estimate extra = Difference.welch(c.at(1).get().forks(), c.baseline().forks(), Times.LEVEL)
                                .times(1e9 / c.batch());
                        overheads.add(new DispatchOverhead(strategy, c.weight(), c.batch(), extra));
                    });
        }

        List<MachineInfo.PointStatus> missing = statuses.stream().filter(MachineInfo.PointStatus::isMissingResult).toList();
        List<MachineInfo.PointStatus> busy = statuses.stream().filter(MachineInfo.PointStatus::flaggedBusy).toList();
        List<MachineInfo.PointStatus> skipped = statuses.stream()
                .filter(p -> "skipped".equals(p.status())).toList();
        return new TaskAnalysis(task, info, batch, weights, strategies, baselineKind, main, focus, curves,
                breakEvens, overheads, BatchCost.of(curves), missing, busy, skipped);
    }

    private static Curve curve(Measurement.CurveKey key, List<Measurement> ms, Measurement sequential,
            List<MachineInfo.PointStatus> statuses) {
        List<Measurement> sorted = ms.stream().sorted(Comparator.comparingInt(Measurement::workers)).toList();
        Baseline baseline;
        if (sequential != null) {
            baseline = new Baseline(Baseline.Kind.SEQUENTIAL, sequential.workers(), forks(sequential));
        } else {
            Measurement first = sorted.get(0);
            baseline = new Baseline(first.workers() == 1 ? Baseline.Kind.ONE_WORKER : Baseline.Kind.FEWEST_WORKERS,
                    first.workers(), forks(first));
        }
        List<ScalingPoint> points = new ArrayList<>();
        List<BestWorkers.Sample> samples = new ArrayList<>();
        for (Measurement m : sorted) {
            Forks forks = forks(m);
            Speedup speedup = Speedup.of(baseline.forks(), forks);
            Estimate s = speedup.estimate();
            Verdict verdict = speedup.verdict();
            if (baseline.kind() != Baseline.Kind.SEQUENTIAL && m.workers() == baseline.workers()) {
                s = Estimate.exact(1);
                verdict = Verdict.INDISTINGUISHABLE;
            }
            Estimate kf = m.workers() > 1 ? Scaling.karpFlatt(s, m.workers()) : null;
            boolean busy = statuses.stream().anyMatch(p -> p.busy() && matches(p, m));
            points.add(new ScalingPoint(m.workers(), Times.mean(forks), s, verdict, Scaling.efficiency(s, m.workers()),
                    kf, busy, forks));
            samples.add(new BestWorkers.Sample(m.workers(), s, forks));
        }
        double[] n = points.stream().mapToDouble(ScalingPoint::workers).toArray();
        double[] x = points.stream().mapToDouble(p -> 1 / p.seconds().value()).toArray();
        return new Curve(key.task(), key.weight(), key.strategy(), key.batch(), baseline, points, Usl.fit(n, x),
                Usl.fitAmdahl(n, x), BestWorkers.find(samples));
    }

    /** Whether a machine.json point describes this measurement (batch compared only when both know it). */
    public static boolean matches(MachineInfo.PointStatus p, Measurement m) {
        return p.task().equals(m.task()) && p.workers() == m.workers()
                && (p.strategy() == null || p.strategy().equals(m.strategy()))
                && (Double.isNaN(p.weight()) || TaskAnalysis.sameWeight(p.weight(), m.weight()))
                && (p.batch() <= 0 || p.batch() == m.batch());
    }

    /** The measurement's forks, s per operation; its score as one fork of one iteration when JMH kept no raw data. */
    static Forks forks(Measurement m) {
        double[][] raw = m.rawForks();
        return raw.length > 0 ? Forks.of(raw) : Forks.ofMeans(m.seconds());
    }

    private static double focusWeight(List<Double> weights, MachineInfo.TaskInfo info) {
        if (weights.isEmpty()) {
            return Double.NaN;
        }
        if (info != null) {
            Double medium = info.namedWeights().get("medium");
            if (medium != null && weights.stream().anyMatch(w -> TaskAnalysis.sameWeight(w, medium))) {
                return medium;
            }
        }
        return weights.get(weights.size() / 2);
    }

    private static int rank(int workers) {
        return workers == 1 ? 0 : workers;
    }

    private static String baselineKey(double weight, int batch) {
        return weight + "/" + batch;
    }

    /** The order strategies appear in legends and tables: from cheapest to most elaborate. */
    public static int strategyOrder(String strategy) {
        return StrategyNames.order(strategy);
    }
}
