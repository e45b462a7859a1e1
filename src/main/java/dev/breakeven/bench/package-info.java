/**
 * The thin JMH adapter: {@link dev.breakeven.bench.BatchBenchmark} turns {@code @Param}s (task, weight,
 * strategy, workers, batch) into a task and a strategy built at trial set-up, and times one batch per
 * operation. Everything measured lives in {@code tasks} and {@code strategies}; this package only carries
 * the annotations.
 *
 * <p><b>May import:</b> the JDK, JMH, {@code dev.breakeven.tasks} and {@code dev.breakeven.strategies};
 * never the sweep, the report or the command line.
 */
package dev.breakeven.bench;
