package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import java.util.List;
import java.util.function.Predicate;
import org.knowm.xchart.XYChart;

/** Axis limits, ticks and the data ranges the charts derive them from. */
final class Axes {

    private Axes() {
    }

    /**
     * Sets both axes' limits (the ranges plus 5 % of the span on each side, on the axis's scale) and tick
     * labels in data values. {@code wholeX}: the x axis counts something (workers), so only whole ticks.
     */
    static void set(XYChart c, Scale xs, Range x, Scale ys, Range y, boolean wholeX) {
        double[] xr = padded(xs, x);
        double[] yr = padded(ys, y);
        c.getStyler().setXAxisMin(xr[0]).setXAxisMax(xr[1]);
        c.getStyler().setYAxisMin(yr[0]).setYAxisMax(yr[1]);
        ticks(c, xr, yr, xs != Scale.LINEAR || wholeX, ys != Scale.LINEAR);
        c.getStyler().setxAxisTickLabelsFormattingFunction(xs.labels(Format::number, wholeX));
        c.getStyler().setyAxisTickLabelsFormattingFunction(ys.labels(v -> Format.significant(v, 2), false));
    }

    /**
     * Asks XChart for ticks one unit apart on axes whose labels must fall on whole numbers (worker counts,
     * powers of two or ten): XChart derives its tick step from a pixel spacing hint, so the hint is the plot's
     * approximate size over the axis span. Never closer than a readable minimum.
     */
    static void ticks(XYChart c, double[] xr, double[] yr, boolean wholeX, boolean wholeY) {
        if (wholeX) {
            double span = Math.max(1e-9, xr[1] - xr[0]);
            c.getStyler().setXAxisTickMarkSpacingHint((int) Math.max(55, Math.min(400, 540 / span * 1.15)));
        }
        if (wholeY) {
            double span = Math.max(1e-9, yr[1] - yr[0]);
            c.getStyler().setYAxisTickMarkSpacingHint((int) Math.max(30, Math.min(250, 290 / span * 1.15)));
        }
    }

    private static double[] padded(Scale s, Range r) {
        double lo = s.to(r.min());
        double hi = s.to(r.max());
        double pad = hi > lo ? (hi - lo) * 0.05 : 0.5;
        return new double[] {lo - pad, hi + pad};
    }

    /**
     * The worker counts of the curves' points, and 1, where the ideal S = p starts: a task measured at N workers
     * only (quick on two cores measures most tasks at 2 workers and the loop) still shows its points against the
     * ideal and the loop, not on an axis one tick wide.
     */
    static Range workers(List<Curve> curves) {
        return Range.of(curves.stream().flatMap(c -> c.points().stream()).mapToDouble(ScalingPoint::workers))
                .include(1);
    }

    /** The worker counts of the curves' points and of the task's points without a result that {@code which} picks. */
    static Range workersWithMissing(List<Curve> curves, TaskAnalysis t, Predicate<MachineInfo.PointStatus> which) {
        Range out = workers(curves);
        for (MachineInfo.PointStatus p : t.missing()) {
            if (which.test(p) && p.workers() >= 1) {
                out = out.include(p.workers());
            }
        }
        return out;
    }

    /**
     * The speedups and their intervals' ends, each end no further than a factor {@value #REACH} from its point,
     * and lower ends only above 0: a wider (or unbounded) interval runs off the plot and is clipped there,
     * rather than squashing every curve into a corner.
     */
    static Range speedups(List<Curve> curves) {
        Range r = Range.of(curves.stream().flatMap(c -> c.points().stream()).mapToDouble(p -> p.speedup().value()));
        for (Curve c : curves) {
            for (ScalingPoint p : c.points()) {
                double s = p.speedup().value();
                r = r.include(Math.min(p.speedup().upper(), s * REACH));
                if (p.speedup().lower() > 0) {
                    r = r.include(Math.max(p.speedup().lower(), s / REACH));
                }
            }
        }
        return r;
    }

    /** How far (as a factor) an interval's end may widen a speedup axis beyond its point. */
    static final double REACH = 4;

    /** {@code n} points from lo to hi, evenly spaced on the axis's scale, for smooth guide curves. */
    static double[] dense(double lo, double hi, Scale s) {
        int n = 60;
        double a = s.to(lo);
        double b = s.to(hi);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.from(a + (b - a) * i / (n - 1));
        }
        return out;
    }

    /** Just above the bottom edge of the plot, where markers for points without a value go. */
    static double bottom(XYChart c) {
        double lo = c.getStyler().getYAxisMin();
        double hi = c.getStyler().getYAxisMax();
        return lo + (hi - lo) * 0.03;
    }
}
