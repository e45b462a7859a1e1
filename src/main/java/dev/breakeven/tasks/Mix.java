package dev.breakeven.tasks;

import java.nio.ByteBuffer;

/** Seed mixing and checksum folding shared by the tasks. */
final class Mix {

    private Mix() {
    }

    /** SplitMix64 finaliser of seed and index; never 0, so xor-shift chains do not get stuck. */
    static long seed(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z == 0 ? 1 : z;
    }

    /**
     * Folds {@code value} into a running checksum, order-sensitive: every bit of every value, and its
     * position, changes the result.
     */
    static long fold(long checksum, double value) {
        return checksum * 0x100000001B3L + Double.doubleToLongBits(value);
    }

    /** Folds an integer into a running checksum, like {@link #fold(long, double)}. */
    static long fold(long checksum, long value) {
        return checksum * 0x100000001B3L + value;
    }

    /** Folds the remaining bytes of {@code data} into a running checksum, eight at a time. */
    static long fold(long checksum, ByteBuffer data) {
        while (data.remaining() >= Long.BYTES) {
            checksum = fold(checksum, data.getLong());
        }
        while (data.hasRemaining()) {
            checksum = fold(checksum, (long) data.get());
        }
        return checksum;
    }
}
