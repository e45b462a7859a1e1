package dev.breakeven.report.analysis;

import dev.breakeven.report.io.DaskOverheads;
import dev.breakeven.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published guidance on how big a task must be before parallel work pays, each rule in its own words and unit
 * with its source, next to what this run measured for the strategy the rule is about.
 *
 * <p>A rule is turned into a time per task on this machine and compared with the measured break-even of its
 * strategy (the loop's µs per task where the speedup crosses 1, with its 95 % interval): <em>conservative</em>
 * when parallel work already pays for tasks smaller than the rule asks for (the whole interval lies below the
 * rule's size), <em>optimistic</em> when tasks of the rule's size still lose to the loop (the whole interval lies
 * above it), <em>about right</em> when the interval holds it. The Dask rules state an overhead per task; they are
 * compared with what {@code python/dask_overhead.py} measured (optimistic when the overhead here is more than
 * 1.5 times the documented one, conservative when less than 1/1.5 of it).
 *
 * <p>Conversions: a "basic computational step" is one unit of {@code arithmetic}'s weight (one dependent
 * xor-shift-multiply step; its Javadoc says so), timed by arithmetic's own sequential loop; in N × Q, N is the
 * batch; a Spark task is one partition, batch / p catalogue tasks ({@code spark} makes p partitions).
 */
public final class RulesOfThumb {

    /** The task whose weight unit is one basic computational step. */
    static final String STEP_TASK = "arithmetic";

    /** How far a measured overhead may sit from the documented one and still be "about right". */
    static final double OVERHEAD_TOLERANCE = 1.5;

    /** How a rule states its size. */
    public enum Kind {
        /** Basic computational steps per task. */
        STEPS_PER_TASK,
        /** Steps per batch, N × Q: per task, the threshold over the batch. */
        STEPS_PER_BATCH,
        /** µs of one engine task; a Spark task (partition) holds batch / p catalogue tasks. */
        MICROS_PER_ENGINE_TASK,
        /** µs of scheduler overhead per task. */
        OVERHEAD_MICROS,
        /** A direction, no number: compared with the thread pool's break-even. */
        QUALITATIVE
    }

    /**
     * One published rule.
     *
     * @param name short name for tables and chart rows
     * @param says the rule in its own unit
     * @param threshold the rule's number in the unit {@code kind} names; NaN for a qualitative rule
     * @param strategies the strategies the rule is about, the closest first
     * @param source where it is written
     * @param url the page
     * @param quote its words
     */
    public record Rule(String name, String says, double threshold, Kind kind, List<String> strategies, String source,
            String url, String quote) {
    }

    /** What this machine says about a rule. */
    public enum Verdict {
        CONSERVATIVE("conservative here"),
        OPTIMISTIC("optimistic here"),
        ABOUT_RIGHT("about right here"),
        UNDECIDED("not decided by this run"),
        HOLDS("holds here"),
        NOT_SEEN("not seen here"),
        NOT_MEASURED("not measured");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One rule against this run.
     *
     * @param strategy the strategy whose figure was used (the rule's first one when none was measured)
     * @param task the task whose break-even was used; null for Dask and when nothing was measured
     * @param workers and {@code batch}: of that break-even; 0 when none
     * @param measured µs per task: the break-even with its 95 % interval (0 or +∞ ends when it lies below or
     *     above the measured range), or the Dask overhead; null when not measured
     * @param payoff what the break-even says; null for Dask and when not measured
     * @param measuredWeight the break-even in the task's unit (steps, for the step rules); null when none
     * @param ruleMicros the rule's size as µs per task on this machine; NaN when it has none or it cannot be
     *     converted
     * @param reference for the qualitative rule, the thread pool's break-even on the same task; else null
     */
    public record Check(Rule rule, String strategy, String task, int workers, int batch, Estimate measured,
            BreakEven.Payoff payoff, Estimate measuredWeight, double ruleMicros, Estimate reference, Verdict verdict) {

        public boolean measuredHere() {
            return measured != null;
        }
    }

    /** The rules, with their sources' own words. */
    public static final List<Rule> RULES = List.of(
            new Rule("ForkJoinTask Javadoc", "more than 100 (and fewer than 10,000) basic computational steps per task",
                    100, Kind.STEPS_PER_TASK, List.of("fork-join", "parallel-stream"),
                    "Java SE API documentation, java.util.concurrent.ForkJoinTask",
                    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/concurrent/ForkJoinTask.html",
                    "As a very rough rule of thumb, a task should perform more than 100 and less than 10000 basic"
                            + " computational steps, and should avoid indefinite looping."),
            new Rule("NQ model (parallel streams)", "N × Q > 10,000 (elements × work per element)", 10_000,
                    Kind.STEPS_PER_BATCH, List.of("parallel-stream", "fork-join"),
                    "Brian Goetz's NQ model for parallel streams, as quoted in \"Should I always use a parallel stream"
                            + " when possible?\"",
                    "https://stackoverflow.com/questions/20375176",
                    "NQ Model: N x Q > 10000 where, N = number of data items, Q = amount of work per item"),
            new Rule("Spark tuning guide", "Spark tasks as short as 200 ms", 200_000, Kind.MICROS_PER_ENGINE_TASK,
                    List.of("spark"), "Tuning Spark, Memory Usage of Reduce Tasks",
                    "https://spark.apache.org/docs/latest/tuning.html#memory-usage-of-reduce-tasks",
                    "Spark can efficiently support tasks as short as 200 ms, because it reuses one executor JVM across"
                            + " many tasks and it has a low task launching cost"),
            new Rule("Python multiprocessing docs", "chunksize 1 (one message per task) is slow for many small tasks",
                    Double.NaN, Kind.QUALITATIVE, List.of("process-pool"),
                    "Python documentation, multiprocessing.pool.Pool.imap",
                    "https://docs.python.org/3/library/multiprocessing.html#multiprocessing.pool.Pool.imap",
                    "For very long iterables using a large value for chunksize can make the job complete much faster"
                            + " than using the default value of 1."),
            new Rule("Dask threaded scheduler", "about 200 µs of overhead per task", 200, Kind.OVERHEAD_MICROS,
                    List.of("dask-threads"), "Dask documentation, Shared Memory: Performance",
                    "https://docs.dask.org/en/stable/shared.html",
                    "The threaded scheduler overhead behaves roughly as follows: 200us overhead per task"),
            new Rule("Dask distributed scheduler", "about 1 ms of overhead per task; functions under ~100 ms may not"
                    + " speed up", 1_000, Kind.OVERHEAD_MICROS, List.of("dask-distributed"),
                    "Dask.distributed documentation, Efficiency: Use larger tasks",
                    "https://distributed.dask.org/en/stable/efficiency.html",
                    "The scheduler adds about one millisecond of overhead per task or Future object. [...] If your"
                            + " functions run faster than 100ms or so then you might not see any speedup from using"
                            + " distributed computing."));

    private RulesOfThumb() {
    }

    /** Every rule against {@code run}, with the Dask overheads saved beside its results, if any. */
    public static List<Check> check(RunAnalysis run) {
        return check(run, DaskOverheads.beside(run.run().results()));
    }

    /** The thread pool's (fixed-pool's) break-even on arithmetic, else on the task where it pays earliest. */
    public static Optional<Estimate> threadPool(RunAnalysis run) {
        return breakEvenAnywhere(run, "fixed-pool").map(f -> micros(f.breakEven().breakEven()));
    }

    /**
     * Every rule against {@code run}.
     *
     * @param daskOverheadMicros per Dask scheduler, its measured overhead per task, µs (empty when not measured)
     */
    public static List<Check> check(RunAnalysis run, Map<String, Double> daskOverheadMicros) {
        double microsPerStep = microsPerStep(run);
        List<Check> checks = new ArrayList<>();
        for (Rule rule : RULES) {
            checks.add(switch (rule.kind()) {
                case OVERHEAD_MICROS -> overhead(rule, daskOverheadMicros.get(rule.strategies().get(0)));
                case QUALITATIVE -> qualitative(rule, run);
                default -> size(rule, run, microsPerStep);
            });
        }
        return checks;
    }

    /** Whether the rule's size lies above, below or inside the measured interval. */
    static Verdict judge(Estimate measured, double ruleMicros) {
        if (measured == null || !(ruleMicros > 0)) {
            return Verdict.NOT_MEASURED;
        }
        if (measured.isBelow(ruleMicros)) {
            return Verdict.CONSERVATIVE;
        }
        if (measured.isAbove(ruleMicros)) {
            return Verdict.OPTIMISTIC;
        }
        return measured.bounded() && measured.lower() > 0 ? Verdict.ABOUT_RIGHT : Verdict.UNDECIDED;
    }

    /** A measured overhead against a documented one, with {@link #OVERHEAD_TOLERANCE}. */
    static Verdict judgeOverhead(double measuredMicros, double documentedMicros) {
        double ratio = measuredMicros / documentedMicros;
        return ratio > OVERHEAD_TOLERANCE ? Verdict.OPTIMISTIC
                : ratio < 1 / OVERHEAD_TOLERANCE ? Verdict.CONSERVATIVE : Verdict.ABOUT_RIGHT;
    }

    private static Check overhead(Rule rule, Double micros) {
        String strategy = rule.strategies().get(0);
        if (micros == null) {
            return new Check(rule, strategy, null, 0, 0, null, null, null, rule.threshold(), null,
                    Verdict.NOT_MEASURED);
        }
        return new Check(rule, strategy, null, 0, 0, Estimate.exact(micros), null, null, rule.threshold(), null,
                judgeOverhead(micros, rule.threshold()));
    }

    /** A rule with a size: steps per task, steps per batch, or the length of a Spark task. */
    private static Check size(Rule rule, RunAnalysis run, double microsPerStep) {
        boolean steps = rule.kind() != Kind.MICROS_PER_ENGINE_TASK;
        for (String strategy : rule.strategies()) {
            Optional<Found> found = steps ? run.task(STEP_TASK).flatMap(t -> breakEven(t, strategy))
                    : breakEvenAnywhere(run, strategy);
            if (found.isPresent()) {
                StrategyBreakEven b = found.get().breakEven();
                double ruleMicros = switch (rule.kind()) {
                    case STEPS_PER_TASK -> rule.threshold() * microsPerStep;
                    case STEPS_PER_BATCH -> rule.threshold() / b.batch() * microsPerStep;
                    default -> rule.threshold() * b.workers() / b.batch();
                };
                Estimate measured = micros(b.breakEven());
                return new Check(rule, strategy, found.get().task(), b.workers(), b.batch(), measured,
                        b.breakEven().payoff(), b.breakEven().payoff() == BreakEven.Payoff.PAYS_FROM
                                ? b.breakEven().weight() : null, ruleMicros, null, judge(measured, ruleMicros));
            }
        }
        // nothing measured for the rule's strategies: still say what the rule's size is here, where it can be said
        int batch = run.task(STEP_TASK).map(TaskAnalysis::batch).orElse(0);
        double ruleMicros = rule.kind() == Kind.STEPS_PER_TASK ? rule.threshold() * microsPerStep
                : rule.kind() == Kind.STEPS_PER_BATCH && batch > 0 ? rule.threshold() / batch * microsPerStep
                : Double.NaN;
        return new Check(rule, rule.strategies().get(0), null, 0, batch, null, null, null, ruleMicros, null,
                Verdict.NOT_MEASURED);
    }

    /** Process-pool (a message per task) against the thread pool on the same task. */
    private static Check qualitative(Rule rule, RunAnalysis run) {
        String strategy = rule.strategies().get(0);
        Optional<Found> found = breakEvenAnywhere(run, strategy);
        if (found.isEmpty()) {
            return new Check(rule, strategy, null, 0, 0, null, null, null, Double.NaN, null, Verdict.NOT_MEASURED);
        }
        StrategyBreakEven b = found.get().breakEven();
        Estimate measured = micros(b.breakEven());
        Optional<Estimate> threads = run.task(found.get().task()).flatMap(t -> breakEven(t, "fixed-pool"))
                .map(f -> micros(f.breakEven().breakEven()));
        Verdict verdict = threads.map(t -> measured.lower() > t.upper() ? Verdict.HOLDS
                : measured.overlaps(t) && measured.bounded() && t.bounded() ? Verdict.NOT_SEEN : Verdict.UNDECIDED)
                .orElse(Verdict.NOT_MEASURED);
        return new Check(rule, strategy, found.get().task(), b.workers(), b.batch(), measured, b.breakEven().payoff(),
                null, Double.NaN, threads.orElse(null), verdict);
    }

    /** A break-even and the task it belongs to. */
    private record Found(String task, StrategyBreakEven breakEven) {
    }

    /** The break-even as µs per task, with open ends where it lies outside the measured range. */
    static Estimate micros(BreakEven b) {
        return switch (b.payoff()) {
            case PAYS_EVERYWHERE -> Estimate.interval(b.lightestMicros(), 0, b.lightestMicros(), 0.95, 0,
                    "below the lightest weight measured");
            case NEVER_PAYS -> Estimate.interval(b.heaviestMicros(), b.heaviestMicros(), Double.POSITIVE_INFINITY,
                    0.95, 0, "above the heaviest weight measured");
            default -> b.microsPerTask();
        };
    }

    /**
     * The most telling break-even of a strategy on one task: the earliest that pays from a size inside the range,
     * else one measurably faster everywhere (fewest workers), else one whose crossing is not pinned down, else the
     * never-paying one with the most workers.
     */
    private static Optional<Found> breakEven(TaskAnalysis t, String strategy) {
        List<StrategyBreakEven> all = t.breakEvensOf(strategy);
        Comparator<StrategyBreakEven> micros = Comparator.comparingDouble(b -> b.breakEven().microsPerTask().value());
        Optional<StrategyBreakEven> best = all.stream().filter(b -> is(b, BreakEven.Payoff.PAYS_FROM)).min(micros)
                .or(() -> all.stream().filter(b -> is(b, BreakEven.Payoff.PAYS_EVERYWHERE))
                        .min(Comparator.comparingInt(StrategyBreakEven::workers)))
                .or(() -> all.stream().filter(b -> is(b, BreakEven.Payoff.NO_CROSSING_SHOWN)).min(micros))
                .or(() -> all.stream().max(Comparator.comparingInt(StrategyBreakEven::workers)));
        return best.map(b -> new Found(t.task(), b));
    }

    /** Arithmetic's break-even (the task that isolates overhead) if it has one, else the earliest of any task. */
    private static Optional<Found> breakEvenAnywhere(RunAnalysis run, String strategy) {
        Optional<Found> arithmetic = run.task(STEP_TASK).flatMap(t -> breakEven(t, strategy));
        if (arithmetic.isPresent()) {
            return arithmetic;
        }
        List<Found> found = run.tasks().stream().map(t -> breakEven(t, strategy)).flatMap(Optional::stream).toList();
        return found.stream().filter(f -> is(f.breakEven(), BreakEven.Payoff.PAYS_FROM))
                .min(Comparator.comparingDouble(f -> f.breakEven().breakEven().microsPerTask().value()))
                .or(() -> found.stream().findFirst());
    }

    private static boolean is(StrategyBreakEven b, BreakEven.Payoff payoff) {
        return b.breakEven().payoff() == payoff;
    }

    /**
     * µs of one basic computational step: arithmetic's sequential loop at its heaviest weight (the best-timed),
     * per task and per weight unit; NaN when the run has no sequential arithmetic.
     */
    static double microsPerStep(RunAnalysis run) {
        return run.task(STEP_TASK).flatMap(t -> t.curves().stream()
                        .filter(c -> c.baseline().kind() == Baseline.Kind.SEQUENTIAL && c.weight() > 0)
                        .max(Comparator.comparingDouble(Curve::weight))
                        .map(c -> c.baseline().seconds().value() * 1e6 / c.batch() / c.weight()))
                .orElse(Double.NaN);
    }
}
