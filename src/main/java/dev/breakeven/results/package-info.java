/**
 * The results schema both sides share: what a sweep writes into {@code machine.json} (the machine, the run's
 * settings, one record per point with its forks) and the strategy names every result uses. The sweep
 * writes these records and the report reads them with the same mapper, so a field is named once.
 *
 * <p>May import: the JDK and Jackson only. Imported by {@code dev.breakeven.sweep} and
 * {@code dev.breakeven.report}; it never imports either, so the report still knows nothing of the
 * benchmark code.
 */
package dev.breakeven.results;
