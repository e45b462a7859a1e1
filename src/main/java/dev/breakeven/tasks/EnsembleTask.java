package dev.breakeven.tasks;

import java.util.SplittableRandom;

/**
 * One member of an ensemble forecast: the Lorenz-96 model ({@link Lorenz96}: 40 variables, F = 8, RK4,
 * dt = 0.01) integrated for {@code weight} time steps from a shared analysis state plus a small
 * perturbation drawn from (seed, index). Members are independent, so an ensemble is the textbook
 * embarrassingly parallel CPU job. One weight unit is one RK4 time step (four tendency evaluations of
 * 40 variables, about 0.23 µs).
 *
 * <p>Each thread integrates in its own workspace (the model's RK4 scratch arrays and the member's state),
 * made once per thread, as a model run keeps its work arrays: a member allocated afresh, about 2 KB per
 * task, made the light weights time the collector too. At 3 steps (about 1 µs a task) the loop then
 * allocated 2 GB/s, and on the 2-core build machine G1 grew the heap in 30–70 ms pauses inside measured
 * 50 ms iterations (4 of 40 ran 4–12× slow); with the workspace, no collection follows start-up.
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
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

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
        Workspace w = workspaces.get();
        double[] member = w.member;
        perturb(index, member);
        w.model.integrate(member, spec.weight());
        long checksum = index;
        for (double v : member) {
            checksum = Mix.fold(checksum, v);
        }
        return checksum;
    }

    /** The analysis state plus this member's perturbation. */
    double[] initialState(int index) {
        double[] member = new double[analysis.length];
        perturb(index, member);
        return member;
    }

    /** Writes the analysis state plus this member's perturbation into {@code member}. */
    private void perturb(int index, double[] member) {
        SplittableRandom random = new SplittableRandom(Mix.seed(spec.seed(), index));
        for (int i = 0; i < member.length; i++) {
            member[i] = analysis[i] + PERTURBATION * random.nextDouble(-1, 1);
        }
    }

    /** One thread's model scratch arrays and member state. */
    private static final class Workspace {
        final Lorenz96 model = new Lorenz96();
        final double[] member = new double[Lorenz96.VARIABLES];
    }
}
