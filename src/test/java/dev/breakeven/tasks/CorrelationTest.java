package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

/** Known answers for the correlation, chunked-field and memory-hungry statistics, against commons-math3. */
class CorrelationTest {

    private static final long SEED = 11;

    @Test
    void correlationTaskFoldsPearsonOfEveryCellInItsChunk() {
        CorrelationTask task = new CorrelationTask(new TaskSpec("correlation", 3, SEED));
        SyntheticField field = new SyntheticField(CorrelationTask.CELLS, SEED);
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        long expected = 2;
        for (int cell = 6; cell < 9; cell++) { // index 2, weight 3: cells 6, 7, 8
            expected = Mix.fold(expected, pearson.correlation(field.cell(cell), field.index()));
        }
        assertThat(task.run(2)).isEqualTo(expected);
    }

    @Test
    void correlationChunksWrapAroundTheEndOfTheField() {
        int index = CorrelationTask.CELLS / 5; // starts at cell CELLS - 3 with weight 5
        CorrelationTask task = new CorrelationTask(new TaskSpec("correlation", 5, SEED));
        SyntheticField field = new SyntheticField(CorrelationTask.CELLS, SEED);
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        long expected = index;
        int n = CorrelationTask.CELLS;
        for (int cell : new int[] {n - 3, n - 2, n - 1, 0, 1}) {
            expected = Mix.fold(expected, pearson.correlation(field.cell(cell), field.index()));
        }
        assertThat(task.run(index)).isEqualTo(expected);
    }

    @Test
    void laggedCorrelationMatchesPearsonOnThePairedAnomalies() {
        SyntheticField field = new SyntheticField(4, SEED);
        LaggedCorrelation lagged = new LaggedCorrelation(field.index());
        double[] indexAnomalies = LaggedCorrelation.anomalies(field.index(), new double[SyntheticField.MONTHS]);
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        double[] byLag = new double[LaggedCorrelation.LAGS];
        for (int c = 0; c < field.cellCount(); c++) {
            lagged.correlations(field.cell(c), new double[SyntheticField.MONTHS], byLag);
            double[] cellAnomalies = LaggedCorrelation.anomalies(field.cell(c), new double[SyntheticField.MONTHS]);
            for (int lag = 0; lag < LaggedCorrelation.LAGS; lag++) {
                double expected = pearson.correlation(
                        Arrays.copyOfRange(cellAnomalies, lag, SyntheticField.MONTHS),
                        Arrays.copyOfRange(indexAnomalies, 0, SyntheticField.MONTHS - lag));
                assertThat(byLag[lag]).as("cell %d lag %d", c, lag).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void laggedCorrelationFindsTheLagOfAShiftedIndex() {
        SyntheticField field = new SyntheticField(1, SEED);
        double[] index = field.index();
        double[] series = new double[SyntheticField.MONTHS];
        for (int t = 0; t < series.length; t++) {
            series[t] = 5 * Math.cos(2 * Math.PI * (t % 12) / 12) + (t >= 3 ? index[t - 3] : 0);
        }
        double[] byLag = new double[LaggedCorrelation.LAGS];
        new LaggedCorrelation(index).correlations(series, new double[series.length], byLag);
        int best = 0;
        for (int lag = 1; lag < byLag.length; lag++) {
            best = Math.abs(byLag[lag]) > Math.abs(byLag[best]) ? lag : best;
        }
        assertThat(best).isEqualTo(3);
        assertThat(byLag[3]).isGreaterThan(0.95);
    }

    @Test
    void anomaliesRemoveAPureSeasonalCycle() {
        double[] cycle = new double[SyntheticField.MONTHS];
        for (int t = 0; t < cycle.length; t++) {
            cycle[t] = 10 + 4 * Math.sin(2 * Math.PI * t / 12);
        }
        for (double anomaly : LaggedCorrelation.anomalies(cycle, new double[cycle.length])) {
            assertThat(anomaly).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void lagOneAutocorrelationMatchesPearsonOfTheShiftedSeries() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] x = random.doubles(1000, -1, 1).toArray();
        double expected = new PearsonsCorrelation().correlation(
                Arrays.copyOfRange(x, 0, x.length - 1), Arrays.copyOfRange(x, 1, x.length));
        assertThat(MemoryHungryTask.lagOneAutocorrelation(x)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void redNoiseHasTheAutocorrelationOfItsPersistence() {
        // an AR(1) process x_t = 0.9 x_{t-1} + e_t has lag-1 autocorrelation 0.9
        double[] x = MemoryHungryTask.redNoise(SEED, 0, 1 << 17);
        assertThat(MemoryHungryTask.lagOneAutocorrelation(x))
                .isCloseTo(MemoryHungryTask.PERSISTENCE, within(0.01));
    }
}
