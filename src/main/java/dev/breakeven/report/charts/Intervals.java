package dev.breakeven.report.charts;

import dev.breakeven.stats.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;

/**
 * Interval bars drawn from an {@link Estimate}'s own lower and upper ends, which may be asymmetric (a ratio's
 * interval) or unbounded: XChart's error bars are symmetric only.
 */
final class Intervals {

    /** The bars' line. */
    static final BasicStroke STROKE = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);

    /** A short horizontal stroke: the cap at a bounded end of an interval. */
    static final Marker CAP = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            g.setStroke(STROKE);
            double r = size * 0.6;
            g.draw(new Line2D.Double(x - r, y, x + r, y));
        }
    };

    private Intervals() {
    }

    /**
     * Draws each estimate's interval {@code [lower, upper] × factor} at its x as a vertical bar in the series'
     * colour, capped at the ends that lie on the plot. XChart's own error bars are symmetric, and an interval of
     * a ratio is not; so the bars are two extra series kept out of the legend, the bar segments separated by NaN
     * (where XChart breaks a line). An end that is unbounded, at or below zero on a log axis, or beyond the plot
     * is clipped to the plot's edge and left uncapped. Call after the axis limits are set.
     */
    static void draw(XYChart c, String name, double[] x, Estimate[] y, double factor, Scale ys, Color color) {
        double bottom = c.getStyler().getYAxisMin() == null ? Double.NEGATIVE_INFINITY : c.getStyler().getYAxisMin();
        double top = c.getStyler().getYAxisMax() == null ? Double.POSITIVE_INFINITY : c.getStyler().getYAxisMax();
        List<double[]> bars = new ArrayList<>();
        List<double[]> caps = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double lo = onAxis(y[i].lower() * factor, ys, Double.NEGATIVE_INFINITY);
            double hi = onAxis(y[i].upper() * factor, ys, Double.POSITIVE_INFINITY);
            double from = Math.max(lo, bottom);
            double to = Math.min(hi, top);
            if (!(to - from > 1e-9 * Math.max(1, Math.abs(to))) || !Double.isFinite(from) || !Double.isFinite(to)) {
                continue;
            }
            bars.add(new double[] {x[i], from, x[i], to, x[i], Double.NaN});
            if (lo >= bottom) {
                caps.add(new double[] {x[i], lo});
            }
            if (hi <= top) {
                caps.add(new double[] {x[i], hi});
            }
        }
        if (bars.isEmpty()) {
            return;
        }
        Color faded = new Color(color.getRed(), color.getGreen(), color.getBlue(), 170);
        double[] bx = bars.stream().flatMapToDouble(b -> DoubleStream.of(b[0], b[2], b[4])).toArray();
        double[] by = bars.stream().flatMapToDouble(b -> DoubleStream.of(b[1], b[3], b[5])).toArray();
        ChartKit.guide(c, name + BARS, bx, by, faded, STROKE, false);
        if (!caps.isEmpty()) {
            ChartKit.markers(c, name + ENDS, caps.stream().mapToDouble(p -> p[0]).toArray(),
                    caps.stream().mapToDouble(p -> p[1]).toArray(), faded, CAP, false);
        }
    }

    /** Suffixes of the series {@link #draw} adds: the bars, and the caps at their bounded ends. */
    static final String BARS = " · interval";
    static final String ENDS = " · interval ends";

    /**
     * Moves the interval bars of the chart's series a little apart sideways (at most 6 % of the x axis in all),
     * in the order the series were added, so bars at the same x do not hide each other. The points stay where
     * they are. Call once, after every series is added.
     */
    static void dodge(XYChart c) {
        List<String> bars = c.getSeriesMap().keySet().stream().filter(n -> n.endsWith(BARS)).toList();
        int n = bars.size();
        if (n < 2) {
            return;
        }
        double span = c.getStyler().getXAxisMax() - c.getStyler().getXAxisMin();
        double step = Math.min(0.009, 0.06 / (n - 1)) * span;
        for (int k = 0; k < n; k++) {
            double offset = (k - (n - 1) / 2.0) * step;
            String name = bars.get(k);
            shift(c, name, offset);
            shift(c, name.substring(0, name.length() - BARS.length()) + ENDS, offset);
        }
    }

    private static void shift(XYChart c, String name, double dx) {
        XYSeries s = c.getSeriesMap().get(name);
        if (s != null) {
            double[] x = s.getXData().clone();
            for (int i = 0; i < x.length; i++) {
                x[i] += dx;
            }
            c.updateXYSeries(name, x, s.getYData(), null);
        }
    }

    /** A value on the axis's scale; {@code outside} when it has no place there (unbounded, or ≤ 0 on a log axis). */
    private static double onAxis(double v, Scale s, double outside) {
        if (!Double.isFinite(v) || (s != Scale.LINEAR && v <= 0)) {
            return outside;
        }
        return s.to(v);
    }
}
