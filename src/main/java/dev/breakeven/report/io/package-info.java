/**
 * Reading what a sweep (or plain JMH) wrote: JMH's JSON and breakeven's {@code machine.json} into a
 * {@link dev.breakeven.report.io.Run}, checked for what the analysis needs, with one-line errors for bad
 * files; and the output directory the reports go to.
 *
 * <p><b>May import:</b> what every report package may (see {@link dev.breakeven.report}): the JDK,
 * commons-math3, XChart, Jackson, picocli, the report packages, {@code dev.breakeven.stats} and
 * {@code dev.breakeven.results}; never {@code dev.breakeven.bench}, {@code .sweep}, {@code .strategies} or
 * {@code .tasks}.
 */
package dev.breakeven.report.io;
