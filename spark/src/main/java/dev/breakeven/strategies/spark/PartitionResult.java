package dev.breakeven.strategies.spark;

import java.io.Serializable;

/**
 * What one partition (one Spark task) sends back: the wrapping sum of its tasks' checksums, and where it ran.
 *
 * @param checksum sum of the checksums of the catalogue tasks in this partition
 * @param tasks    catalogue tasks it ran
 * @param executor Spark's executor id ({@code driver} in local mode)
 * @param host     the executor's host
 * @param threadId the executor thread that ran it
 */
record PartitionResult(long checksum, int tasks, String executor, String host, long threadId)
        implements Serializable {
}
