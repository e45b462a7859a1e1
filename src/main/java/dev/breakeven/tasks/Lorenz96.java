package dev.breakeven.tasks;

/**
 * The Lorenz-96 model, the standard toy atmosphere of ensemble and data-assimilation studies:
 * {@code dx_i/dt = (x_{i+1} - x_{i-2}) x_{i-1} - x_i + F} on a ring of {@value #VARIABLES} variables with
 * forcing {@code F = }{@value #FORCING}, where it is chaotic (Lorenz 1996, "Predictability: a problem
 * partly solved"). Integrated with classical fourth-order Runge-Kutta at a fixed step of {@value #DT}
 * model time units (0.05 units is about 6 hours of weather).
 *
 * <p>Instances hold scratch arrays and are not thread-safe: use one per thread (or per task run).
 */
final class Lorenz96 {

    static final int VARIABLES = 40;
    static final double FORCING = 8.0;
    static final double DT = 0.01;

    private final double[] k1 = new double[VARIABLES];
    private final double[] k2 = new double[VARIABLES];
    private final double[] k3 = new double[VARIABLES];
    private final double[] k4 = new double[VARIABLES];
    private final double[] stage = new double[VARIABLES];

    /** Writes the model tendency {@code dx/dt} at state {@code x} into {@code dxdt}. */
    static void tendency(double[] x, double[] dxdt) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double next = x[i + 1 < n ? i + 1 : i + 1 - n];
            double prev = x[i >= 1 ? i - 1 : i - 1 + n];
            double prev2 = x[i >= 2 ? i - 2 : i - 2 + n];
            dxdt[i] = (next - prev2) * prev - x[i] + FORCING;
        }
    }

    /**
     * Advances {@code x} in place by {@code steps} RK4 steps of {@link #DT}. The step is written out inside the
     * loop rather than called: with a {@code step} method, C2 inlined it into this loop in some forks and not in
     * others ("already compiled into a big method", whichever it compiled first), and forks of the same point
     * ran at two speeds.
     */
    void integrate(double[] x, long steps) {
        int n = x.length;
        for (long s = 0; s < steps; s++) {
            tendency(x, k1);
            for (int i = 0; i < n; i++) {
                stage[i] = x[i] + 0.5 * DT * k1[i];
            }
            tendency(stage, k2);
            for (int i = 0; i < n; i++) {
                stage[i] = x[i] + 0.5 * DT * k2[i];
            }
            tendency(stage, k3);
            for (int i = 0; i < n; i++) {
                stage[i] = x[i] + DT * k3[i];
            }
            tendency(stage, k4);
            for (int i = 0; i < n; i++) {
                x[i] += DT / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
    }

    /** Advances {@code x} in place by one RK4 step of {@link #DT}. */
    void step(double[] x) {
        integrate(x, 1);
    }
}
