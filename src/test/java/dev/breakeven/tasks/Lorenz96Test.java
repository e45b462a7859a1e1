package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.junit.jupiter.api.Test;

/** Known answers for the Lorenz-96 model behind the ensemble task. */
class Lorenz96Test {

    @Test
    void tendencyMatchesHandComputedValuesOnTheRing() {
        double[] x = new double[Lorenz96.VARIABLES];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        double[] dxdt = new double[x.length];
        Lorenz96.tendency(x, dxdt);
        // dx_i/dt = (x_{i+1} - x_{i-2}) x_{i-1} - x_i + 8, indices modulo 40
        assertThat(dxdt[5]).isEqualTo((7 - 4) * 5 - 6 + 8.0);      // 17
        assertThat(dxdt[0]).isEqualTo((2 - 39) * 40 - 1 + 8.0);    // -1473, wraps twice
        assertThat(dxdt[1]).isEqualTo((3 - 40) * 1 - 2 + 8.0);     // -31, wraps once
        assertThat(dxdt[39]).isEqualTo((1 - 38) * 39 - 40 + 8.0);  // -1475, next wraps
    }

    @Test
    void uniformForcingIsAFixedPoint() {
        double[] x = new double[Lorenz96.VARIABLES];
        Arrays.fill(x, Lorenz96.FORCING);
        new Lorenz96().integrate(x, 100);
        assertThat(x).containsOnly(Lorenz96.FORCING);
    }

    @Test
    void rk4AgreesWithCommonsMathClassicalRungeKutta() {
        double[] ours = randomState(42);
        double[] theirs = ours.clone();
        new Lorenz96().integrate(ours, 100);

        FirstOrderDifferentialEquations model = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return Lorenz96.VARIABLES;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                Lorenz96.tendency(y, yDot);
            }
        };
        new ClassicalRungeKuttaIntegrator(Lorenz96.DT).integrate(model, 0, theirs, 100 * Lorenz96.DT, theirs);

        for (int i = 0; i < ours.length; i++) {
            assertThat(ours[i]).as("x[%d]", i).isCloseTo(theirs[i], within(1e-9));
        }
    }

    @Test
    void longRunStaysOnTheAttractorWithItsKnownMeanAndSpread() {
        // Lorenz (1996) and later studies: for F = 8 the climatological mean is about 2.3 and the
        // standard deviation about 3.6; trajectories stay bounded.
        double[] x = randomState(7);
        Lorenz96 model = new Lorenz96();
        model.integrate(x, 1_000);
        double sum = 0;
        double squares = 0;
        long count = 0;
        for (int step = 0; step < 20_000; step++) {
            model.step(x);
            for (double v : x) {
                assertThat(Math.abs(v)).isLessThan(25);
                sum += v;
                squares += v * v;
                count++;
            }
        }
        double mean = sum / count;
        double sd = Math.sqrt(squares / count - mean * mean);
        assertThat(mean).isCloseTo(2.3, within(0.2));
        assertThat(sd).isCloseTo(3.6, within(0.2));
    }

    @Test
    void ensembleMembersStartCloseToTheAnalysisButApart() {
        EnsembleTask task = new EnsembleTask(new TaskSpec("ensemble", 10, 5));
        double[] a = task.initialState(0);
        double[] b = task.initialState(1);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).isCloseTo(b[i], within(2 * EnsembleTask.PERTURBATION));
        }
        assertThat(a).isNotEqualTo(b);
    }

    private static double[] randomState(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[Lorenz96.VARIABLES];
        for (int i = 0; i < x.length; i++) {
            x[i] = Lorenz96.FORCING + random.nextDouble(-1, 1);
        }
        return x;
    }
}
