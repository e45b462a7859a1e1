/**
 * The numbers behind the charts: speedup and efficiency with propagated errors, the Karp–Flatt serial
 * fraction, Amdahl and Universal Scalability Law fits, the break-even weight and the best worker count, per
 * task and strategy. Pure functions from a loaded run to values; nothing here draws or writes.
 *
 * <p><b>May import:</b> what every report package may (see {@link dev.breakeven.report}): the JDK,
 * commons-math3, XChart, Jackson, picocli, the report packages, {@code dev.breakeven.stats} and
 * {@code dev.breakeven.results}; never {@code dev.breakeven.bench}, {@code .sweep}, {@code .strategies} or
 * {@code .tasks}.
 */
package dev.breakeven.report.analysis;
