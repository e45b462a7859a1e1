package dev.breakeven.sweep;

import dev.breakeven.strategies.StrategyType;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much a sweep measures and in how much time. Every profile is a time budget ({@link #budget()}) that
 * holds on any core count, a minimum and maximum number of forks per point, and the JMH iterations of one
 * fork. Every profile runs every task (except quick where its forks are too slow to fit them all: {@link
 * SweepPlan.Density#CORE}); they differ in JMH iterations, in how many
 * weights (the named four, or log-spaced weights between them), in which strategies run at every weight
 * (the others run only at the comparison weight, enough for the strategies-side-by-side chart), in how
 * fine the worker ladder is, and in the batch size.
 *
 * <p>Quick: the named weights up to medium ({@link #heaviestNamedWeight(String)}), sequential and fixed-pool
 * everywhere, the other strategies at the medium weight of {@code arithmetic}. Standard: a log-spaced weight
 * between each pair of named weights, the fine worker ladder, every strategy on every task at the medium weight.
 * Quick and standard warm the loop up for 600 ms and a parallel strategy for 1.2 s, in iterations of 50 ms
 * ({@link #warmupIterationsFor(double, boolean)}), then measure 2 × 100 ms (quick) or 3 × 130 ms (standard). On two
 * cores the loop settles within 200 ms (at arithmetic 1,600 and 3,200 its forks read the same after 600 ms as after
 * 800 ms, and 3 % slow after 400 ms), but a pool of 2 workers only 1.3–1.4 s into the fork: a JIT log showed the
 * pool's own path (ThreadPoolExecutor.execute, the queue's offer and take, getTask) recompiled up to 1.0–1.5 s
 * after JVM start, and at arithmetic 3,200 (batches of 48) a pool measured for 10 × 100 ms after 800 ms of warm-up
 * ran 419, 420, 374, 396, 371, then 336–351 µs a batch. After 1.2 s of warm-up its two measured iterations read
 * 331–335; after 800 ms and 1.0 s, 395–399 and 364–382, so quick's crossing came out high. Every A/B behind these
 * shapes is in bench/MEASURED.md ("Why the forks are shaped as they are"). Full: two weights between named ones,
 * every strategy at every weight, 2 × 0.3 s warm-up (4 × 0.3 s for a parallel strategy), 5 × 0.3 s measurement.
 * Several short forks beat one long one for the same time (Georges et al. 2007; Kalibera &amp; Jones 2013): the
 * fork, not the iteration, is what varies from run to run, once each fork measures past its own settling.
 *
 * <p>Batch: one JMH operation runs {@code batch} tasks. It is the same on every machine for a profile, so
 * a laptop and a server do the same work per operation, and it is divisible by many worker counts so the
 * last round of a batch is not left to a few workers: 48 = 2^4·3 (quick), 240 = 2^4·3·5 (standard and
 * full: 40 workers get exactly 6 tasks each).
 */
public enum Profile {
    /**
     * A taste of everything in a few minutes on a laptop; also what the tests run, narrowed. Its budget is 4:20 so
     * that the whole script stays under 5 minutes: the build (12–22 s in a fresh clone), the checks, calibration
     * and fork probe (about 10 s) and the charts (6 s) come on top, and with a budget of 4:30 a fresh clone took
     * 5:03–5:04 on nights whose forks cost 0.5–0.6 s. Its parallel forks warm up for 1.2 s, so its plan keeps the
     * core tasks and as many others as fit ({@link SweepPlan.Density#CORE}): none on this 2-core VM.
     */
    QUICK("quick", 12, 24, 50, 2, 100, 48, 0, true, "medium",
            EnumSet.of(StrategyType.SEQUENTIAL, StrategyType.FIXED_POOL), Set.of("arithmetic"),
            Duration.ofSeconds(260), 3, 8),
    /** The default: finer weights and worker ladder, every strategy on every task at the comparison weight. */
    STANDARD("standard", 12, 24, 50, 3, 130, 240, 1, false, "medium",
            EnumSet.of(StrategyType.SEQUENTIAL, StrategyType.FIXED_POOL), Set.of(), Duration.ofMinutes(27), 3, 10),
    /** A night on a server: every strategy at every weight, two log-spaced weights between named ones. */
    FULL("full", 2, 4, 300, 5, 300, 240, 2, false, "medium", EnumSet.allOf(StrategyType.class), Set.of(),
            Duration.ofHours(8), 5, 20),
    /** For tests of the sweep itself: short iterations, two forks, numbers not worth reading. */
    SMOKE("smoke", 0, 0, 20, 1, 30, 8, 0, true, "trivial", EnumSet.allOf(StrategyType.class), Set.of(),
            Duration.ofMinutes(2), 2, 2);

    private final String id;
    private final int warmupIterations;
    private final int parallelWarmupIterations;
    private final int warmupMillis;
    private final int measurementIterations;
    private final int measurementMillis;
    private final int batch;
    private final int weightsBetween;
    private final boolean coarseWorkers;
    private final String comparisonWeight;
    private final Set<StrategyType> everyWeight;
    private final Set<String> comparisonTasks;
    private final Duration budget;
    private final int minForks;
    private final int maxForks;

    Profile(String id, int warmupIterations, int parallelWarmupIterations, int warmupMillis, int measurementIterations,
            int measurementMillis, int batch, int weightsBetween, boolean coarseWorkers,
            String comparisonWeight, Set<StrategyType> everyWeight, Set<String> comparisonTasks,
            Duration budget, int minForks, int maxForks) {
        this.budget = budget;
        this.minForks = minForks;
        this.maxForks = maxForks;
        this.id = id;
        this.warmupIterations = warmupIterations;
        this.parallelWarmupIterations = parallelWarmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.batch = batch;
        this.weightsBetween = weightsBetween;
        this.coarseWorkers = coarseWorkers;
        this.comparisonWeight = comparisonWeight;
        this.everyWeight = everyWeight;
        this.comparisonTasks = comparisonTasks;
    }

    public String id() {
        return id;
    }

    /**
     * The time the sweep may take on any machine: the first pass is fitted into it (the worker ladder and the
     * weights thin out on a big machine), and what is left goes to the points still undecided.
     */
    public Duration budget() {
        return budget;
    }

    /** Forks every point gets in the first pass: the fewest replicates an interval is computed from. */
    public int minForks() {
        return minForks;
    }

    /**
     * Share of the budget the first pass (every point at {@link #minForks()}) may take; the rest goes to the points
     * still undecided. Standard and full keep a third for the adaptive pass: a plan chosen from a calibration a few
     * percent fast once filled 85 % of standard's budget, left room for 10 more forks, and the crossings of
     * arithmetic and ensemble stayed unbounded at 3 forks. Quick keeps 20 %, about 65 s on two cores: keeping
     * 10 %, its adaptive pass had 25 s, too few forks to hold a crossing still between two runs; at 70 %, its
     * forks of 4 × 50 ms then (first pass 3:24 instead of 3:02) would have thinned its plan.
     */
    public double firstPassShare() {
        return this == STANDARD || this == FULL ? 0.65 : 0.8;
    }

    /** The most forks the adaptive pass gives one point. */
    public int maxForks() {
        return maxForks;
    }

    /** Warm-up iterations of a light point's sequential (baseline) forks. */
    public int warmupIterations() {
        return warmupIterations;
    }

    /**
     * Warm-up iterations of a light point's parallel forks: twice the loop's, since a pool settles only 1.3–1.4 s
     * into a fork where the loop does within 200 ms (see the class comment).
     */
    public int parallelWarmupIterations() {
        return parallelWarmupIterations;
    }

    /**
     * Warm-up iterations of a fork whose one operation takes {@code operationSeconds}: as many as fit the profile's
     * warm-up time for that arm ({@link #warmupIterations()} or {@link #parallelWarmupIterations()} × {@link
     * #warmupMillis()}) at one operation or more each, rounded, at least one (none where the profile has none). A
     * light point warms up in several short iterations, so JMH's first iteration boundary (its first result sent to
     * the host, code loaded and compiled for it on the cores the workers use) falls in the warm-up, not in the first
     * measured iteration; a heavy point still warms up for about as long, in whole operations, not for as many of
     * them.
     *
     * @param parallel whether the fork runs a parallel strategy rather than the sequential loop
     */
    public int warmupIterationsFor(double operationSeconds, boolean parallel) {
        int iterations = parallel ? parallelWarmupIterations : warmupIterations;
        if (iterations == 0) {
            return 0;
        }
        double total = iterations * warmupMillis / 1e3;
        double each = Math.max(warmupMillis / 1e3, operationSeconds);
        return (int) Math.max(1, Math.min(iterations, Math.round(total / each)));
    }

    public int warmupMillis() {
        return warmupMillis;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    public int measurementMillis() {
        return measurementMillis;
    }

    /**
     * Measurement iterations of a fork whose one operation takes {@code operationSeconds}. The rule for heavy
     * points: when one operation outlasts an iteration, JMH's iteration is that one operation, timer resolution
     * no longer matters, and the operation itself averages a whole batch; one measured operation per fork (after
     * one warm-up operation) is then enough, since the fork, not the iteration, is the replicate. Heavy points
     * so cost forks, not minutes.
     */
    public int measurementIterationsFor(double operationSeconds) {
        return operationSeconds * 1e3 >= measurementMillis ? 1 : measurementIterations;
    }

    public int batch() {
        return batch;
    }

    /**
     * A second, smaller batch the profile also measures at the comparison weight (the loop and the every-weight
     * strategies at 1 and N workers), so the report can separate the per-batch cost from the per-task cost and
     * show how the break-even moves with the batch; 0 for none. Only {@code full} has time for it.
     */
    public int contrastBatch() {
        return this == FULL ? 48 : 0;
    }

    /** Log-spaced weights added between neighbouring named weights (0: the four named ones). */
    public int weightsBetween() {
        return weightsBetween;
    }

    /** Powers of two (plus N and the maximum) instead of the 1, 2, 3, 4, 6, 8, 12... ladder. */
    public boolean coarseWorkers() {
        return coarseWorkers;
    }

    /** The named weight at which the strategies not in {@link #everyWeight()} run. */
    public String comparisonWeight() {
        return comparisonWeight;
    }

    /** Strategies measured at every weight; the rest only at {@link #comparisonWeight()}. */
    public boolean runsAtEveryWeight(StrategyType strategy) {
        return everyWeight.contains(strategy);
    }

    /**
     * Whether the strategies not run at every weight run for this task at all (at the comparison weight).
     * Quick keeps them to one CPU-bound and one I/O-bound task to stay within minutes; every strategy
     * still gets results. The other profiles compare strategies on every task.
     */
    public boolean comparesStrategiesOn(String task) {
        return comparisonTasks.isEmpty() || comparisonTasks.contains(task);
    }

    /**
     * The heaviest named weight this profile runs for a task without {@code --weights}: memory-hungry's
     * heavier weights hold 64-256 MiB per task and take 80 ms to 0.4 s per task (20 s to 100 s per batch of
     * 240), so quick and standard stop at light (16 MiB); full runs everything. Quick stops at medium for
     * the other tasks: a heavy point's fork runs two whole batches of about 10 ms tasks (1.3 s a fork), so the
     * heavy weight took 27 % of quick's sweep to show a speedup near N that nobody doubts, time the points
     * around the crossing need (their forks differ by 7–17 % from one another, so a crossing is only as good
     * as the number of forks beside it).
     */
    public String heaviestNamedWeight(String task) {
        if (task.equals("memory-hungry") && this != FULL) {
            return "light";
        }
        return this == QUICK ? "medium" : "heavy";
    }

    public static Optional<Profile> find(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", "));
    }
}
