package dev.breakeven.results;

/**
 * One JMH fork (one JVM run) of a point: the unit of replication.
 *
 * @param startedAt ISO-8601 instant the fork started
 * @param seconds wall time of the fork, JVM start included
 * @param loadAverage one-minute load average when it started
 * @param freeMemoryBytes memory available when it started
 * @param othersCores cores other processes used on average during the fork
 * @param busy whether {@code othersCores} reached the busy threshold
 * @param kept whether its iterations are in results.json; a busy fork is set aside once and run again
 * @param log JMH's output for the fork, relative to the run directory
 */
public record ForkRecord(String startedAt, double seconds, double loadAverage, long freeMemoryBytes,
        double othersCores, boolean busy, boolean kept, String log) {
}
