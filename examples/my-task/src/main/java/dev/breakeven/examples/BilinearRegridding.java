package dev.breakeven.examples;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import java.util.SplittableRandom;

/**
 * One field of 181 x 360 points (1°, poles included), generated from the seed, regridded to an output grid of
 * about {@code weight} cells. Task {@code index} regrids time step {@code index}: the field drifts east by
 * 0.37° a step, so every index computes something else. The field is only read, so tasks run in parallel
 * safely; the checksum is a sum over the output cells, so it depends only on (weight, seed, index).
 */
final class BilinearRegridding implements Task {

    private static final int LATS = 181;
    private static final int LONS = 360;

    private final TaskSpec spec;
    private final double[] field = new double[LATS * LONS];
    private final int outLats;
    private final int outLons;

    BilinearRegridding(long weight, long seed) {
        spec = new TaskSpec("regrid", weight, seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < LATS; i++) {
            double lat = Math.toRadians(i - 90.0);
            for (int j = 0; j < LONS; j++) {
                double lon = Math.toRadians(j);
                field[i * LONS + j] = 288 - 30 * Math.sin(lat) * Math.sin(lat) + 5 * Math.cos(3 * lon) * Math.cos(lat)
                        + random.nextDouble();
            }
        }
        outLons = (int) Math.max(1, Math.round(Math.sqrt(2.0 * weight)));
        outLats = (int) Math.max(1, (weight + outLons - 1) / outLons);
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    @Override
    public long run(int index) {
        double[] row = new double[outLons]; // the output goes out row by row, as a writer streams it
        double drift = 0.37 * index;
        long checksum = index;
        for (int i = 0; i < outLats; i++) {
            double y = (i + 0.5) * (LATS - 1) / outLats; // source rows, from 90°S
            int i0 = Math.min((int) y, LATS - 2);
            double fy = y - i0;
            for (int j = 0; j < outLons; j++) {
                double x = ((j + 0.5) * LONS / outLons + drift) % LONS; // source columns, periodic
                int j0 = (int) x;
                int j1 = j0 + 1 == LONS ? 0 : j0 + 1;
                double fx = x - j0;
                double south = field[i0 * LONS + j0] * (1 - fx) + field[i0 * LONS + j1] * fx;
                double north = field[(i0 + 1) * LONS + j0] * (1 - fx) + field[(i0 + 1) * LONS + j1] * fx;
                row[j] = south * (1 - fy) + north * fy;
            }
            for (double v : row) {
                checksum = checksum * 31 + Math.round(v * 1e6);
            }
        }
        return checksum;
    }
}
