package dev.breakeven.report.analysis;

import dev.breakeven.report.Format;
import dev.breakeven.report.io.MachineInfo;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;

/**
 * Everything computed for one task on one machine.
 *
 * @param task the task's name
 * @param info what machine.json says about the task; null when nothing
 * @param batch the batch size the charts show (the most common one)
 * @param weights measured weights at that batch, ascending, in the task's unit
 * @param strategies parallel strategies measured, in palette order
 * @param baselineKind what speedups are relative to (the weakest kind among the task's curves)
 * @param mainStrategy the strategy the per-weight charts show: fixed-pool, or the one with the best speedup
 * @param focusWeight the weight the strategy comparison shows: "medium" if named and measured, else the middle one
 * @param curves every curve of the task, all batches
 * @param breakEvens break-even per strategy and worker count (batch {@code batch})
 * @param dispatchOverheads per strategy, at the lightest weight with a sequential baseline
 * @param batchCosts per-batch and per-task cost where a point was measured at several batch sizes
 * @param missing points the sweep recorded as failed or memory-limited (no result)
 * @param busy points measured while the machine was busy
 * @param skipped points the sweep skipped
 */
public record TaskAnalysis(String task, MachineInfo.TaskInfo info, int batch, List<Double> weights,
        List<String> strategies, Baseline.Kind baselineKind, String mainStrategy, double focusWeight,
        List<Curve> curves, List<StrategyBreakEven> breakEvens, List<DispatchOverhead> dispatchOverheads, List<BatchCost> batchCosts,
        List<MachineInfo.PointStatus> missing, List<MachineInfo.PointStatus> busy,
        List<MachineInfo.PointStatus> skipped) {

    public TaskAnalysis {
        weights = List.copyOf(weights);
        strategies = List.copyOf(strategies);
        curves = List.copyOf(curves);
        breakEvens = List.copyOf(breakEvens);
        dispatchOverheads = List.copyOf(dispatchOverheads);
        batchCosts = List.copyOf(batchCosts);
        missing = List.copyOf(missing);
        busy = List.copyOf(busy);
        skipped = List.copyOf(skipped);
    }

    public Optional<MachineInfo.TaskInfo> taskInfo() {
        return Optional.ofNullable(info);
    }

    /** The task's work unit ({@code iterations}), or {@code "weight units"} when unknown. */
    public String unit() {
        return info != null && info.unit() != null && !info.unit().isBlank() ? info.unit() : "weight units";
    }

    /**
     * Whether a curve is charted: it has the batch most curves at its weight have. A task may run each weight
     * at its own batch (chunked-field: the batch is the number of chunks, so one batch is one pass over the
     * field); only when one weight was measured at several batches is one of them left to summary.json.
     */
    public boolean charted(Curve curve) {
        return curve.batch() == chartedBatches(curves).get(curve.weight());
    }

    /** For each weight, the batch most of its curves have: the one that is charted. */
    static Map<Double, Integer> chartedBatches(List<Curve> curves) {
        return curves.stream().collect(Collectors.groupingBy(Curve::weight,
                Collectors.collectingAndThen(Collectors.groupingBy(Curve::batch, TreeMap::new, Collectors.counting()),
                        counts -> counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())));
    }

    /** The curve of {@code strategy} at {@code weight} and the charted batch. */
    public Optional<Curve> curve(double weight, String strategy) {
        return curves.stream().filter(c -> charted(c) && c.strategy().equals(strategy) && sameWeight(c.weight(), weight))
                .findFirst();
    }

    /** The curves of {@code strategy} at the charted batch, by weight. */
    public List<Curve> curvesOf(String strategy) {
        return curves.stream().filter(c -> charted(c) && c.strategy().equals(strategy))
                .sorted(Comparator.comparingDouble(Curve::weight)).toList();
    }

    /** The curve with the highest measured speedup (at the charted batch). */
    public Optional<Curve> bestCurve() {
        // a speedup whose interval is unbounded (a point with too few forks) says nothing: prefer bounded ones
        return curves.stream().filter(this::charted)
                .max(Comparator.comparing((Curve c) -> c.best().fastestSpeedup().bounded())
                        .thenComparingDouble(c -> c.best().fastestSpeedup().value()));
    }

    /** Worker counts measured for the main strategy, ascending. */
    public List<Integer> workerCounts() {
        return curvesOf(mainStrategy).stream().flatMap(c -> c.points().stream()).map(ScalingPoint::workers)
                .distinct().sorted().toList();
    }

    /** {@code "heavy (4,000,000 iterations)"} when the weight is named, else {@code "4,000,000 iterations"}. */
    public String weightLabel(double weight) {
        if (Double.isNaN(weight)) {
            return "(no weight)";
        }
        String amount = Format.number(weight) + " " + unit();
        return taskInfo().flatMap(i -> i.nameOf(weight)).map(n -> n + " (" + amount + ")").orElse(amount);
    }

    /** The weight's name if it has one, else the number: for tight places like heat-map columns. */
    public String shortWeightLabel(double weight) {
        return taskInfo().flatMap(i -> i.nameOf(weight)).orElse(Format.number(weight));
    }

    /** Break-evens of the given strategy, by worker count. */
    public List<StrategyBreakEven> breakEvensOf(String strategy) {
        return breakEvens.stream().filter(b -> b.strategy().equals(strategy)).toList();
    }

    /**
     * The lightest per-task time (µs) from which some strategy with some worker count measurably pays (a
     * {@link BreakEven.Payoff#PAYS_FROM} break-even with a bounded interval): below it no parallel strategy was
     * shown to beat the loop. Empty when none pays from inside the range.
     */
    public Optional<StrategyBreakEven> earliestBreakEven() {
        return breakEvens.stream().filter(b -> b.breakEven().payoff() == BreakEven.Payoff.PAYS_FROM)
                .min(Comparator.comparingDouble(b -> b.breakEven().microsPerTask().value()));
    }

    /**
     * The one break-even that answers "does parallel pay for this task, and from what size": a strategy that is
     * measurably faster at every size measured (fewest workers first); else the earliest that pays from a size
     * inside the range; else, when every one never pays, the one with the most workers; else one whose
     * crossing the data could not pin down. Empty when the task has no break-even (one weight only).
     */
    public Optional<StrategyBreakEven> headline() {
        Optional<StrategyBreakEven> everywhere = breakEvens.stream()
                .filter(b -> b.breakEven().payoff() == BreakEven.Payoff.PAYS_EVERYWHERE)
                .min(Comparator.comparingInt(StrategyBreakEven::workers));
        if (everywhere.isPresent()) {
            return everywhere;
        }
        Optional<StrategyBreakEven> earliest = earliestBreakEven();
        if (earliest.isPresent()) {
            return earliest;
        }
        if (neverPays()) {
            return breakEvens.stream().max(Comparator.comparingInt(StrategyBreakEven::workers));
        }
        return breakEvens.stream().filter(b -> b.breakEven().payoff() == BreakEven.Payoff.NO_CROSSING_SHOWN)
                .min(Comparator.comparingDouble(b -> b.breakEven().microsPerTask().value()));
    }

    /** True when some strategy is measurably faster than the loop at every weight measured. */
    public boolean paysAtLightest() {
        return breakEvens.stream().anyMatch(b -> b.breakEven().payoff() == BreakEven.Payoff.PAYS_EVERYWHERE);
    }

    /** True when there are break-evens and none is measurably faster even at the heaviest weight. */
    public boolean neverPays() {
        return !breakEvens.isEmpty()
                && breakEvens.stream().allMatch(b -> b.breakEven().payoff() == BreakEven.Payoff.NEVER_PAYS);
    }

    public static boolean sameWeight(double a, double b) {
        return Double.compare(a, b) == 0 || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
