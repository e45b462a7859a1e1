package dev.breakeven.report.charts;

/** The unit a time axis is labelled in, chosen so the largest value reads as a number between 1 and 1000. */
enum TimeScale {
    NS("ns", 1e9), US("µs", 1e6), MS("ms", 1e3), S("s", 1);

    /** The unit as it appears in an axis title. */
    final String label;
    /** Values in this unit per second. */
    final double perSecond;

    TimeScale(String label, double perSecond) {
        this.label = label;
        this.perSecond = perSecond;
    }

    /** The unit for an axis whose largest value is {@code maxSeconds}. */
    static TimeScale forSeconds(double maxSeconds) {
        if (maxSeconds < 1e-6) {
            return NS;
        }
        if (maxSeconds < 1e-3) {
            return US;
        }
        return maxSeconds < 1 ? MS : S;
    }
}
