package dev.breakeven.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Shared styling and small drawing helpers for the report's charts. */
final class ChartKit {

    static final int PADDING = 10;
    static final BasicStroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke THICK = new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
            new float[] {7, 5}, 0);
    static final BasicStroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
            new float[] {1.5f, 4}, 0);
    static final BasicStroke DASH_DOT = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
            new float[] {8, 4, 2, 4}, 0);
    static final BasicStroke THIN = new BasicStroke(1.4f);
    static final BasicStroke NONE = new BasicStroke(0f);

    /** A hollow circle, drawn around a point to mark it (e.g. measured while the machine was busy). */
    static final Marker RING = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            g.setStroke(new BasicStroke(1.8f));
            double r = size * 0.95;
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    };

    /** A bold ×, for points that have no result. */
    static final Marker CROSS = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double r = size * 0.8;
            g.draw(new java.awt.geom.Line2D.Double(x - r, y - r, x + r, y + r));
            g.draw(new java.awt.geom.Line2D.Double(x - r, y + r, x + r, y - r));
        }
    };

    private ChartKit() {
    }

    static TitledXYChart xy(String title, String subtitle, String xTitle, String yTitle) {
        TitledXYChart c = new TitledXYChart(Look.WIDTH, Look.HEIGHT, title, subtitle);
        c.setXAxisTitle(xTitle);
        c.setYAxisTitle(yTitle);
        style(c.getStyler());
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        c.getStyler().setCursorEnabled(false);
        return c;
    }

    static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(0x888888));
        s.setChartPadding(PADDING);
        s.setChartFontColor(new Color(0x111111));
        s.setAxisTitleFont(Look.AXIS_TITLE);
        s.setAxisTickLabelsFont(Look.TICKS);
        s.setAxisTickLabelsColor(new Color(0x222222));
        s.setAxisTitlePadding(6);
        s.setLegendFont(Look.LEGEND);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendBorderColor(new Color(0xCCCCCC));
        s.setLegendPadding(6);
        s.setLegendSeriesLineLength(22);
        s.setPlotGridLinesColor(new Color(0xE3E3E3));
        s.setPlotGridLinesStroke(new BasicStroke(0.8f));
        s.setAnnotationTextFont(Look.ANNOTATION);
        s.setAnnotationTextFontColor(new Color(0x111111));
        s.setMarkerSize(7);
        s.setAntiAlias(true);
        s.setErrorBarsColorSeriesColor(true);
        s.setLocale(Locale.ROOT);
        s.setToolTipsEnabled(false);
        s.setPlotContentSize(0.94);
        s.setXAxisMaxLabelCount(14);
    }

    /** Adds a line with markers and, where any error is non-zero, error bars. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y, double[] error, Color color, Marker marker,
            BasicStroke stroke) {
        boolean hasError = error != null && Arrays.stream(error).anyMatch(e -> e > 0 && Double.isFinite(e));
        XYSeries s = hasError ? c.addSeries(name, x, y, clip(y, error, c.getStyler().isYAxisLogarithmic())) : c.addSeries(name, x, y);
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(marker == null ? SeriesMarkers.NONE : marker);
        s.setLineStyle(stroke);
        return s;
    }

    /** A guide line (ideal scaling, S = 1, the core count) with no markers. */
    static XYSeries guide(XYChart c, String name, double[] x, double[] y, Color color, BasicStroke stroke, boolean legend) {
        XYSeries s = c.addSeries(name, x, y);
        s.setLineColor(color);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(stroke);
        s.setShowInLegend(legend);
        return s;
    }

    /** Markers only, no line. */
    static XYSeries markers(XYChart c, String name, double[] x, double[] y, Color color, Marker marker, boolean legend) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(color);
        s.setShowInLegend(legend);
        return s;
    }

    /** On a log axis an error bar reaching zero or below cannot be drawn: shorten it to 90 % of the value. */
    private static double[] clip(double[] y, double[] error, boolean log) {
        double[] e = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double v = error[i] > 0 && Double.isFinite(error[i]) ? error[i] : 0;
            e[i] = log ? Math.min(v, 0.9 * y[i]) : v;
        }
        return e;
    }

    /** True when the values span a decade or more: such an axis reads better on a log scale. */
    static boolean spansDecades(double min, double max) {
        return min > 0 && max / min >= 10;
    }

    /** Axis limits around [min, max] with a margin; multiplicative on log axes. */
    static double[] range(double min, double max, boolean log) {
        if (!(max > min)) {
            double pad = log ? 1.5 : Math.max(Math.abs(min) * 0.1, 0.5);
            return log ? new double[] {min / pad, max * pad} : new double[] {min - pad, max + pad};
        }
        if (log) {
            double f = Math.pow(max / min, 0.06);
            return new double[] {min / f, max * f};
        }
        double pad = (max - min) * 0.06;
        return new double[] {min - pad, max + pad};
    }

    /** Tick labels that print whole numbers with separators and hide the in-between ticks of a count axis. */
    static Function<Double, String> wholeNumbers() {
        return v -> Math.abs(v - Math.rint(v)) < 1e-9 ? dev.breakeven.report.Format.number(Math.rint(v)) : "";
    }

    /** Tick labels for log axes: 1-2-5 steps of each decade, others blank, so labels never crowd. */
    static Function<Double, String> logTicks(Function<Double, String> format) {
        return v -> {
            if (!(v > 0)) {
                return "";
            }
            double decade = Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
            double m = v / decade;
            boolean keep = Math.abs(m - 1) < 1e-6 || Math.abs(m - 2) < 1e-6 || Math.abs(m - 5) < 1e-6;
            return keep ? format.apply(v) : "";
        };
    }
}
