package dev.breakeven.report.charts;

import dev.breakeven.stats.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.Locale;
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
            g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
            g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
        }
    };

    /** A diamond half as large again as other markers, in the series' colour with a dark outline: a value picked out. */
    static final Marker PICKED = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            double r = size * 1.1;
            Path2D.Double d = new Path2D.Double();
            d.moveTo(x, y - r);
            d.lineTo(x + r, y);
            d.lineTo(x, y + r);
            d.lineTo(x - r, y);
            d.closePath();
            g.fill(d);
            g.setColor(new Color(0x111111));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(d);
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
        s.setLocale(Locale.ROOT);
        s.setToolTipsEnabled(false);
        s.setPlotContentSize(0.94);
        s.setXAxisMaxLabelCount(14);
    }

    /** Adds a line with markers; for a line with intervals, see {@link #estimates}. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, Marker marker, BasicStroke stroke) {
        XYSeries s = c.addSeries(name, x, y);
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(marker == null ? SeriesMarkers.NONE : marker);
        s.setLineStyle(stroke);
        return s;
    }

    /** A line through the estimates' values ({@code × factor}, on the axis's scale) with their intervals. */
    static XYSeries estimates(XYChart c, String name, double[] x, Estimate[] y, double factor, Scale ys, Color color,
            Marker marker, BasicStroke stroke) {
        double[] v = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            v[i] = ys.to(y[i].value() * factor);
        }
        XYSeries s = line(c, name, x, v, color, marker, stroke);
        Intervals.draw(c, name, x, y, factor, ys, color);
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
}
