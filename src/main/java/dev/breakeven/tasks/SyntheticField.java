package dev.breakeven.tasks;

import java.util.SplittableRandom;

/**
 * A synthetic gridded climate field of monthly values and a climate index, generated from a seed: what the
 * correlation tasks read instead of real reanalysis data. The index is a red-noise (AR(1)) series with a
 * slow oscillation, like ENSO; every cell's series is a seasonal cycle, plus the index at a cell-specific
 * lag (0 to 11 months) and strength, plus white noise. Built once at task construction, read-only
 * afterwards, so tasks may read it from any number of threads. {@link StrictMath} keeps the values the same
 * on every JVM and platform.
 */
final class SyntheticField {

    /** Ten years of monthly values. */
    static final int MONTHS = 120;
    static final int MAX_LAG = 11;

    private final double[][] cells;
    private final double[] index;

    SyntheticField(int cellCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        index = new double[MONTHS];
        double red = 0;
        for (int t = 0; t < MONTHS; t++) {
            red = 0.8 * red + random.nextDouble(-1, 1);
            index[t] = red + 1.5 * StrictMath.sin(2 * Math.PI * t / 43.0);
        }
        cells = new double[cellCount][];
        for (int c = 0; c < cellCount; c++) {
            double seasonal = random.nextDouble(0, 10);
            double phase = random.nextDouble(0, 2 * Math.PI);
            double strength = random.nextDouble(-1, 1);
            int lag = random.nextInt(MAX_LAG + 1);
            double noise = random.nextDouble(0.2, 2);
            double[] cycle = new double[12];
            for (int month = 0; month < 12; month++) {
                cycle[month] = seasonal * StrictMath.cos(2 * Math.PI * month / 12 + phase);
            }
            double[] series = new double[MONTHS];
            for (int t = 0; t < MONTHS; t++) {
                double teleconnection = t >= lag ? strength * index[t - lag] : 0;
                series[t] = cycle[t % 12] + teleconnection + noise * random.nextDouble(-1, 1);
            }
            cells[c] = series;
        }
    }

    int cellCount() {
        return cells.length;
    }

    /** The monthly series of cell {@code c}; callers must not modify it. */
    double[] cell(int c) {
        return cells[c];
    }

    /** The climate index, one value per month; callers must not modify it. */
    double[] index() {
        return index;
    }
}
