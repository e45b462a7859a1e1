package dev.breakeven.tasks;

/**
 * A dependent chain of integer multiply/xor-shift steps: pure CPU, no memory traffic, nothing the JIT can
 * vectorise or fold (the start value comes from the seed and the index). One weight unit is one step.
 */
final class ArithmeticTask implements Task {

    private final TaskSpec spec;

    ArithmeticTask(TaskSpec spec) {
        this.spec = spec;
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    @Override
    public long run(int index) {
        long x = Mix.seed(spec.seed(), index);
        for (long i = spec.weight(); i > 0; i--) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            x *= 0x9E3779B97F4A7C15L;
        }
        return x;
    }
}
