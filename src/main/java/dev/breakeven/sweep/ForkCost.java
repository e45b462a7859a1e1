package dev.breakeven.sweep;

import dev.breakeven.results.StrategyNames;
import dev.breakeven.tasks.TaskKind;
import dev.breakeven.tasks.TaskType;

/**
 * The wall time of one fork of a point, estimated before it runs: JVM start and JMH's set-up, the warm-up and
 * measurement iterations (each at least one operation long), and the strategy's own start-up. Used to fit a
 * plan into its budget and to say what {@code --dry-run} would take.
 *
 * <p>An operation is a batch: the sequential loop takes {@code batch × t} for a task of t seconds; p workers
 * take {@code batch × t / min(p, N, batch)} on CPU-, memory- and mixed tasks and {@code batch × t / min(p,
 * batch)} on I/O tasks, which wait rather than compute.
 *
 * @param cores N, the cores the sweep uses (another machine's with {@code --dry-run --cores})
 * @param profile the iterations of a fork
 * @param calibration seconds per task at each weight, and a fork's own cost
 */
record ForkCost(int cores, Profile profile, Calibration calibration) {

    /**
     * JVM start, JMH's set-up of a fork and tear-down, in seconds: about 0.36 s measured on the 2-core build
     * machine with JDK 17 (a quiet quick sweep's wall time per fork minus its iterations, and five forks of one
     * light point: 0.6 s each with 0.24 s of iterations), plus 0.06 s to touch the initial heap ({@link ForkHeap}).
     * The plan's figure when it cannot measure its own ({@link ForkProbe}): planning for another machine.
     */
    static final double FORK_SECONDS = 0.41;

    /** Starting one worker JVM of the process pools alone, seconds: 146 ms for one on the 2-core build machine. */
    static final double WORKER_JVM_SECONDS = 0.15;

    /**
     * CPU one worker JVM's start takes, core-seconds. The pool starts its workers in parallel, so p of them on N
     * cores take about {@code max(0.15, 0.21 p / N)} s: measured with {@code OverheadProbe 1 2 4 8} on the 2-core
     * build machine (146, 240, 400 and 851 ms).
     */
    static final double WORKER_JVM_CORE_SECONDS = 0.21;

    /**
     * Starting a SparkContext in {@code local[p]}, seconds: about 3 to 5 s on the 2-core build machine (on a
     * cluster executors start too, so it is longer there); {@code spark-cold} pays it in every operation.
     */
    static final double SPARK_CONTEXT_SECONDS = 4;

    /** {@code spark}'s warm-up jobs at set-up (300 empty jobs, at most 10 s), seconds: about 6 s there. */
    static final double SPARK_WARM_UP_SECONDS = 6;

    /** Seconds one operation (one batch) of the point takes. */
    double operationSeconds(Point p) {
        TaskKind kind = TaskType.byId(p.task()).kind();
        int parallel = StrategyNames.isSequential(p.strategy()) ? 1
                : Math.max(1, Math.min(p.batch(), kind == TaskKind.IO ? p.workers() : Math.min(p.workers(), cores)));
        double op = p.batch() * calibration.secondsPerTask(p.task(), p.weight()) / parallel;
        if (p.strategy().equals(StrategyNames.PROCESS_POOL_COLD)) {
            op += workersStartSeconds(p.workers());
        }
        if (p.strategy().equals(StrategyNames.SPARK_COLD)) {
            op += SPARK_CONTEXT_SECONDS;
        }
        return op;
    }

    /** Seconds a process pool of {@code workers} JVMs takes to start. */
    double workersStartSeconds(int workers) {
        return Math.max(WORKER_JVM_SECONDS, WORKER_JVM_CORE_SECONDS * workers / cores);
    }

    /** Warm-up iterations of this point's forks: see {@link Profile#warmupIterationsFor(double, boolean)}. */
    int warmupIterations(Point p) {
        return profile.warmupIterationsFor(operationSeconds(p), !StrategyNames.isSequential(p.strategy()));
    }

    /** Measurement iterations of this point's forks: see {@link Profile#measurementIterationsFor(double)}. */
    int measurementIterations(Point p) {
        return profile.measurementIterationsFor(operationSeconds(p));
    }

    /** Estimated wall time of one fork, seconds. */
    double seconds(Point p) {
        double op = operationSeconds(p);
        double warmup = warmupIterations(p) * Math.max(profile.warmupMillis() / 1e3, op);
        double measure = profile.measurementIterationsFor(op) * Math.max(profile.measurementMillis() / 1e3, op);
        double startup = p.strategy().equals(StrategyNames.PROCESS_POOL)
                ? workersStartSeconds(p.workers())
                : p.strategy().equals(StrategyNames.SPARK) ? SPARK_CONTEXT_SECONDS + SPARK_WARM_UP_SECONDS : 0;
        return calibration.forkSeconds() + startup + warmup + measure;
    }
}
