package dev.breakeven.stats;

/**
 * Degrees of freedom of a sum of independent variance estimates (Satterthwaite, "An approximate distribution
 * of estimates of variance components", Biometrics Bulletin 2, 1946; Welch, Biometrika 34, 1947):
 * <pre>  ν = (Σ vᵢ)² / Σ (vᵢ² / νᵢ)</pre>
 * where vᵢ is each term's variance (of a mean, or a relative variance) and νᵢ its degrees of freedom. With
 * two terms it is Welch's two-sample t-test's ν.
 */
public final class Satterthwaite {

    private Satterthwaite() {
    }

    /**
     * ν of {@code Σ variances[i]}; when every variance is 0 (identical measurements) the formula is 0/0 and
     * Σ νᵢ is returned, the pooled degrees of freedom, which leaves a zero-width interval zero-width.
     *
     * @param variances each term's variance, ≥ 0
     * @param degreesOfFreedom each term's degrees of freedom, &gt; 0
     */
    public static double degreesOfFreedom(double[] variances, double[] degreesOfFreedom) {
        if (variances.length != degreesOfFreedom.length || variances.length == 0) {
            throw new IllegalArgumentException("need one degrees-of-freedom figure per variance, and at least one; got "
                    + variances.length + " variances and " + degreesOfFreedom.length + " degrees of freedom");
        }
        double sum = 0;
        double denominator = 0;
        double pooled = 0;
        for (int i = 0; i < variances.length; i++) {
            sum += variances[i];
            denominator += variances[i] * variances[i] / degreesOfFreedom[i];
            pooled += degreesOfFreedom[i];
        }
        return denominator > 0 ? sum * sum / denominator : pooled;
    }
}
