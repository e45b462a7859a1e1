package dev.breakeven.stats;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.StatUtils;

/**
 * One arm of a comparison as it was measured: the iterations of each fork (JVM run), in any unit (e.g.
 * seconds per operation). The fork is the unit of replication (Georges et al. 2007, §4; Kalibera &amp; Jones
 * 2013): iterations within one JVM share its JIT decisions, memory layout and machine state, so they vary
 * less than forks do, and treating them as independent samples makes intervals too narrow.
 *
 * <p>With a single fork the fork-to-fork variation is unknown: its iterations stand in as the replicates and
 * {@link #withinForkOnly()} says so, so a report can say the interval understates the error.
 */
public final class Forks {

    private final double[][] iterations;
    private final double[] means;

    private Forks(double[][] iterations) {
        this.iterations = iterations;
        this.means = Arrays.stream(iterations).mapToDouble(StatUtils::mean).toArray();
    }

    /**
     * The measurements of one arm.
     *
     * @param iterationsPerFork each fork's iterations, at least one fork of at least one finite value each
     * @throws IllegalArgumentException when there is no fork, a fork is empty or a value is not finite
     */
    public static Forks of(double[]... iterationsPerFork) {
        if (iterationsPerFork == null || iterationsPerFork.length == 0) {
            throw new IllegalArgumentException("no forks: an arm needs at least one fork with at least one iteration");
        }
        double[][] copy = new double[iterationsPerFork.length][];
        for (int f = 0; f < copy.length; f++) {
            double[] fork = iterationsPerFork[f];
            if (fork == null || fork.length == 0) {
                throw new IllegalArgumentException("fork " + (f + 1) + " of " + copy.length
                        + " has no iterations: drop it or measure it again");
            }
            for (int i = 0; i < fork.length; i++) {
                if (!Double.isFinite(fork[i])) {
                    throw new IllegalArgumentException("fork " + (f + 1) + ", iteration " + (i + 1) + " is " + fork[i]
                            + ": measurements must be finite numbers");
                }
            }
            copy[f] = fork.clone();
        }
        return new Forks(copy);
    }

    /** Forks of one iteration each, given by their means: for tests and synthetic data. */
    public static Forks ofMeans(double... forkMeans) {
        if (forkMeans == null || forkMeans.length == 0) {
            throw new IllegalArgumentException("no forks: an arm needs at least one fork mean");
        }
        return of(Arrays.stream(forkMeans).mapToObj(m -> new double[] {m}).toArray(double[][]::new));
    }

    /** Wraps arrays built inside this package (resamples) without copying or checking them again. */
    static Forks trusted(double[][] iterations) {
        return new Forks(iterations);
    }

    /** The number of forks. */
    public int count() {
        return iterations.length;
    }

    /** Each fork's mean over its iterations. */
    public double[] means() {
        return means.clone();
    }

    /** The arm's mean: the mean of the fork means, each fork weighted equally (Kalibera &amp; Jones 2013). */
    public double mean() {
        return StatUtils.mean(means);
    }

    /** Fork {@code fork}'s iterations (0-based). */
    public double[] iterations(int fork) {
        return iterations[fork].clone();
    }

    /** Iterations of fork {@code fork} without a copy, for resampling inside the package. */
    double[] iterationsView(int fork) {
        return iterations[fork];
    }

    /**
     * True when there is one fork, so the replicates are its iterations and the interval holds only the
     * within-fork (iteration-to-iteration) error: it understates the error of a repeated run.
     */
    public boolean withinForkOnly() {
        return iterations.length == 1;
    }

    /** What the standard error rests on: the fork means, or with one fork that fork's iterations. */
    public double[] replicates() {
        return withinForkOnly() ? iterations[0].clone() : means.clone();
    }

    /**
     * The standard error of {@link #mean()}, {@code se = s / √n}, s the sample standard deviation (n − 1) of
     * the n replicates (fork means; one fork's iterations when {@link #withinForkOnly()}). NaN when there is
     * a single replicate: its spread is unknown.
     */
    public double standardError() {
        double[] r = withinForkOnly() ? iterations[0] : means;
        if (r.length < 2) {
            return Double.NaN;
        }
        return Math.sqrt(StatUtils.variance(r) / r.length);
    }

    /** {@code n − 1} for n replicates: 0 when the spread is unknown. */
    public int degreesOfFreedom() {
        return (withinForkOnly() ? iterations[0].length : means.length) - 1;
    }

    /** {@code se²}, the variance of {@link #mean()}. */
    double varianceOfMean() {
        double se = standardError();
        return se * se;
    }

    /**
     * How the replicates of several arms read in an interval's method, e.g. {@code "4+4 forks"}, or
     * {@code "4+1 forks; single-fork arms' iterations stand in for forks (within-fork error only)"}.
     */
    static String describe(Forks... arms) {
        String text = Arrays.stream(arms).map(a -> Integer.toString(a.count())).collect(Collectors.joining("+"))
                + " forks";
        boolean within = Arrays.stream(arms).anyMatch(Forks::withinForkOnly);
        return within ? text + "; single-fork arms' iterations stand in for forks (within-fork error only)" : text;
    }

    /** The fewest forks among the arms: the replicates an interval over them rests on. */
    static int fewestForks(Forks... arms) {
        return Arrays.stream(arms).mapToInt(Forks::count).min().orElse(0);
    }

    @Override
    public String toString() {
        return "Forks" + Arrays.deepToString(iterations);
    }
}
