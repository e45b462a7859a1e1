package dev.breakeven.tasks;

/** Seed mixing shared by the tasks: distinct, well-spread start values per (seed, index). */
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
}
