package dev.breakeven.tasks;

/**
 * Correlation of monthly anomalies with a climate index at lags of 0 to {@value SyntheticField#MAX_LAG}
 * months: for lag L, the cell's anomaly at month t is paired with the index anomaly at month t - L.
 * Anomalies are departures from each calendar month's mean (the seasonal cycle), as in any teleconnection
 * study. The index side (anomalies, means and norms per lag) is prepared once; {@link #correlations} is
 * then pure arithmetic on the cell's series and gives the same numbers as commons-math3's
 * {@code PearsonsCorrelation} on the paired anomalies, to rounding. Read-only after construction, so one
 * instance serves every thread.
 */
final class LaggedCorrelation {

    static final int LAGS = SyntheticField.MAX_LAG + 1;

    private final double[] index;
    private final double[] indexMean = new double[LAGS];
    private final double[] indexNorm = new double[LAGS];

    LaggedCorrelation(double[] climateIndex) {
        index = anomalies(climateIndex, new double[climateIndex.length]);
        int months = index.length;
        for (int lag = 0; lag < LAGS; lag++) {
            int n = months - lag;
            double sum = 0;
            for (int t = 0; t < n; t++) {
                sum += index[t];
            }
            double mean = sum / n;
            double squares = 0;
            for (int t = 0; t < n; t++) {
                double d = index[t] - mean;
                squares += d * d;
            }
            indexMean[lag] = mean;
            indexNorm[lag] = Math.sqrt(squares);
        }
    }

    /** Departures of {@code series} from its mean for each calendar month, written into {@code out}. */
    static double[] anomalies(double[] series, double[] out) {
        for (int month = 0; month < 12; month++) {
            double sum = 0;
            int count = 0;
            for (int t = month; t < series.length; t += 12) {
                sum += series[t];
                count++;
            }
            double mean = sum / count;
            for (int t = month; t < series.length; t += 12) {
                out[t] = series[t] - mean;
            }
        }
        return out;
    }

    /**
     * Writes the correlation at each lag 0..{@value SyntheticField#MAX_LAG} of {@code series}' anomalies
     * with the index anomalies into {@code out}; {@code scratch} is overwritten with the anomalies.
     */
    void correlations(double[] series, double[] scratch, double[] out) {
        double[] x = anomalies(series, scratch);
        int months = x.length;
        for (int lag = 0; lag < LAGS; lag++) {
            int n = months - lag;
            double sum = 0;
            for (int t = lag; t < months; t++) {
                sum += x[t];
            }
            double mean = sum / n;
            double my = indexMean[lag];
            double cross = 0;
            double squares = 0;
            for (int t = lag; t < months; t++) {
                double dx = x[t] - mean;
                cross += dx * (index[t - lag] - my);
                squares += dx * dx;
            }
            out[lag] = cross / (Math.sqrt(squares) * indexNorm[lag]);
        }
    }
}
