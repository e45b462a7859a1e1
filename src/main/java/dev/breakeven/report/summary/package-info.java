/**
 * What the report says in words and for other tools: {@code summary.md} (findings as sentences for a
 * slide), {@code summary.json} (every figure) and {@code index.html} (every chart with its caption).
 *
 * <p><b>May import:</b> what every report package may (see {@link dev.breakeven.report}): the JDK,
 * commons-math3, XChart, Jackson, picocli, the report packages, {@code dev.breakeven.stats} and
 * {@code dev.breakeven.results}; never {@code dev.breakeven.bench}, {@code .sweep}, {@code .strategies} or
 * {@code .tasks}.
 */
package dev.breakeven.report.summary;
