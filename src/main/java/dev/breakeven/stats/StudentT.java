package dev.breakeven.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** Student's t critical values for two-sided intervals, and the check every interval makes on its level. */
final class StudentT {

    private StudentT() {
    }

    /**
     * The two-sided critical value {@code t_{(1+level)/2, df}}: a {@code level} interval is {@code x ± t·se}.
     *
     * @param level two-sided confidence level, e.g. 0.95
     * @param degreesOfFreedom ν &gt; 0, fractional allowed (Welch–Satterthwaite)
     */
    static double criticalValue(double level, double degreesOfFreedom) {
        checkLevel(level);
        // no random generator: only the quantile function is used, and building one costs more than the quantile
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability((1 + level) / 2);
    }

    /** Rejects a level outside (0, 1), the usual slip being a percentage. */
    static double checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + level
                    + " is not between 0 and 1; give a fraction, e.g. 0.95 for 95 %");
        }
        return level;
    }
}
