package dev.breakeven.tasks;

import java.util.SplittableRandom;

/**
 * One member of an ensemble forecast: the Lorenz-96 model ({@link Lorenz96}: 40 variables, F = 8, RK4,
 * dt = 0.01) integrated for {@code weight} time steps from a shared analysis state plus a small
 * perturbation drawn from (seed, index). Members are independent, so an ensemble is the textbook
 * embarrassingly parallel CPU job. One weight unit is one RK4 time step (four tendency evaluations of
 * 40 variables, about 0.23 µs).
 *
 * <p>The analysis state is made at construction: random values around F, spun up for
 * {@value #SPIN_UP_STEPS} steps so that it lies on the model's attractor. The checksum folds every bit of
 * the member's final state.
 */
final class EnsembleTask implements Task {

    static final int SPIN_UP_STEPS = 1_000;
    /** Size of the per-member perturbation: small next to the state's spread of about 3.6. */
    static final double PERTURBATION = 1e-3;

    private final TaskSpec spec;
    private final double[] analysis;

    EnsembleTask(TaskSpec spec) {
        this.spec = spec;
        SplittableRandom random = new SplittableRandom(spec.seed());
        double[] state = new double[Lorenz96.VARIABLES];
        for (int i = 0; i < state.length; i++) {
            state[i] = Lorenz96.FORCING + random.nextDouble(-1, 1);
        }
        new Lorenz96().integrate(state, SPIN_UP_STEPS);
        this.analysis = state;
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    @Override
    public long run(int index) {
        double[] member = initialState(index);
        new Lorenz96().integrate(member, spec.weight());
        long checksum = index;
        for (double v : member) {
            checksum = Mix.fold(checksum, v);
        }
        return checksum;
    }

    /** The analysis state plus this member's perturbation. */
    double[] initialState(int index) {
        SplittableRandom random = new SplittableRandom(Mix.seed(spec.seed(), index));
        double[] member = analysis.clone();
        for (int i = 0; i < member.length; i++) {
            member[i] += PERTURBATION * random.nextDouble(-1, 1);
        }
        return member;
    }
}
