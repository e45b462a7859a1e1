/**
 * The statistics of a benchmark comparison, on the method the benchmarking literature agrees on: the fork
 * (one JVM run) is the unit of replication (Georges, Buytaert &amp; Eeckhout, "Statistically rigorous Java
 * performance evaluation", OOPSLA 2007; Kalibera &amp; Jones, "Rigorous benchmarking in reasonable time",
 * ISMM 2013), decisions rest on 95 % intervals, independent errors combine in quadrature, and a comparison
 * ends in one of three verdicts: faster, slower, or not measurably different.
 *
 * <p>Sampling ({@link dev.breakeven.stats.Forks}: what was measured), estimation ({@link
 * dev.breakeven.stats.Ratio}, {@link dev.breakeven.stats.Difference}, {@link
 * dev.breakeven.stats.HierarchicalBootstrap}, {@link dev.breakeven.stats.Crossing}: intervals, each an
 * {@link dev.breakeven.stats.Estimate}) and decision ({@link dev.breakeven.stats.Verdict}, {@link
 * dev.breakeven.stats.Speedup}) are separate steps. Each formula lives in its own small method whose Javadoc
 * names its source (after libkalibera), so the code reads next to the papers.
 *
 * <p>Pure functions of numbers: this package imports only the JDK and commons-math3, never JMH, the sweep
 * or the report, so both the sweep and the report can use it.
 */
package dev.breakeven.stats;
