/**
 * Two machines side by side ({@code breakeven compare RUN_A RUN_B}): best speedup, best workers and
 * break-even per task on each, with a Mann–Whitney U test on JMH's raw samples for whether each difference
 * is significant, and the overlay charts.
 *
 * <p><b>May import:</b> what every report package may (see {@link dev.breakeven.report}): the JDK,
 * commons-math3, XChart, Jackson, picocli, the report packages, {@code dev.breakeven.stats} and
 * {@code dev.breakeven.results}; never {@code dev.breakeven.bench}, {@code .sweep}, {@code .strategies} or
 * {@code .tasks}.
 */
package dev.breakeven.report.compare;
