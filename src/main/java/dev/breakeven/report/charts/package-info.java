/**
 * The charts (XChart): building each chart is a pure function from the analysis to a chart, writing it as
 * PNG and SVG is a separate step ({@link dev.breakeven.report.charts.ChartWriter}).
 *
 * <p><b>May import:</b> what every report package may (see {@link dev.breakeven.report}): the JDK,
 * commons-math3, XChart, Jackson, picocli, the report packages, {@code dev.breakeven.stats} and
 * {@code dev.breakeven.results}; never {@code dev.breakeven.bench}, {@code .sweep}, {@code .strategies} or
 * {@code .tasks}.
 */
package dev.breakeven.report.charts;
