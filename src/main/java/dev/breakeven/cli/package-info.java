/**
 * The {@code breakeven} command line (picocli): {@code run}, {@code tasks}, {@code report},
 * {@code compare}, {@code recommend} and {@code jmh}, with one-line errors for bad input (exit code 2).
 * The only package that ties measuring and reporting together.
 *
 * <p><b>May import:</b> anything in breakeven, picocli, Jackson and JMH (whose command line {@code jmh}
 * hands over to); it holds no measuring or charting of its own.
 */
package dev.breakeven.cli;
