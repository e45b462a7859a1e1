package dev.breakeven.stats;

/**
 * The decision a speedup's interval supports: the parallel run is faster, slower, or not measurably
 * different from the baseline. Deciding is separate from estimating: the interval says how large, the verdict
 * only whether 1 is excluded.
 */
public enum Verdict {
    FASTER("faster"),
    SLOWER("slower"),
    INDISTINGUISHABLE("not measurably different");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** For sentences and tables, e.g. "not measurably different". */
    public String label() {
        return label;
    }

    /**
     * Decides on a two-sided interval of a speedup (baseline time / parallel time): FASTER when its lower end
     * is above 1, SLOWER when its upper end is below 1, else INDISTINGUISHABLE. Each end of a two-sided
     * {@code L} interval is a one-sided {@code (1 + L)/2} bound, so a 90 % interval gives one-sided 95 %
     * tests, the usual level for a directional claim ("faster") at the cost of 5 % false claims each way.
     */
    public static Verdict of(Estimate speedupInterval) {
        if (speedupInterval.isAbove(1)) {
            return FASTER;
        }
        if (speedupInterval.isBelow(1)) {
            return SLOWER;
        }
        return INDISTINGUISHABLE;
    }
}
