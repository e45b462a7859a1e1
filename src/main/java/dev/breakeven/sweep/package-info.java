/**
 * Planning, running and recording a sweep: which (task, weight, strategy, workers) points a profile
 * measures on this machine, the checks before a point runs (memory, a busy machine), one JMH fork per
 * point, and the run directory ({@code results.json}, {@code machine.json}, logs) rewritten atomically
 * after every point so a sweep can be resumed.
 *
 * <p><b>May import:</b> the JDK, JMH, commons-math3, Jackson, OSHI, {@code dev.breakeven.bench},
 * {@code .strategies}, {@code .tasks}, {@code .stats} and {@code .results} (the schema of what it writes);
 * never the report or the command line (the report reads only the files a sweep writes).
 */
package dev.breakeven.sweep;
