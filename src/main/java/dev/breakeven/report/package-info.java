/**
 * The reporter: {@code report} and {@code compare} turn JMH JSON (a breakeven run directory or anyone's
 * {@code -rf json} that scales over workers) into charts and summaries. Subpackages: {@code io} reads the
 * files, {@code analysis} computes speedup, break-even and fits, {@code charts} draws, {@code summary}
 * writes the text, {@code compare} sets two machines side by side.
 *
 * <p><b>May import:</b> the JDK, commons-math3, XChart, Jackson, picocli (for its commands),
 * {@code dev.breakeven.report} and its subpackages, {@code dev.breakeven.stats} and
 * {@code dev.breakeven.results} (the schema of the files it reads). Never
 * {@code dev.breakeven.bench}, {@code .sweep}, {@code .strategies} or {@code .tasks}: measurement and
 * reporting meet only at the JSON files.
 */
package dev.breakeven.report;
