/**
 * {@code process-pool}: p worker JVMs fed over pipes, Python's {@code multiprocessing.Pool} in Java. The
 * parent side ({@link dev.breakeven.strategies.process.WorkerPool}, one dispatcher thread per
 * {@link dev.breakeven.strategies.process.WorkerProcess}), the worker's main
 * ({@link dev.breakeven.strategies.process.WorkerMain}), and the one place that encodes and decodes their
 * messages ({@link dev.breakeven.strategies.process.Protocol}); no worker outlives its parent.
 *
 * <p><b>May import:</b> the JDK, {@code dev.breakeven.tasks} and {@code dev.breakeven.strategies}; no JMH.
 */
package dev.breakeven.strategies.process;
