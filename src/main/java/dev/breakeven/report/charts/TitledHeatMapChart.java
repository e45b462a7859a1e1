package dev.breakeven.report.charts;

import java.awt.Graphics2D;
import org.knowm.xchart.HeatMapChart;

/** A {@link HeatMapChart} with a two-line {@link Header} (title and subtitle) above it. */
public class TitledHeatMapChart extends HeatMapChart {

    private final Header header;

    TitledHeatMapChart(int width, int height, String title, String subtitle) {
        super(width, height, org.knowm.xchart.style.Styler.ChartTheme.XChart);
        this.header = new Header(title, subtitle);
        setTitle(title);
        getStyler().setChartTitleVisible(false);
    }

    public String subtitle() {
        return header.subtitle();
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        header.paintAbove(g, width, height, super::paint);
        setWidth(width);
        setHeight(height);
    }
}
