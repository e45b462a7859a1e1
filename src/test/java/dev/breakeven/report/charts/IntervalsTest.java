package dev.breakeven.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.breakeven.stats.Estimate;
import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Intervals are drawn from an estimate's own lower and upper ends, which need not be symmetric or bounded. */
class IntervalsTest {

    private static XYChart chart(double yMin, double yMax) {
        XYChart c = ChartKit.xy("t", "s", "x", "y");
        c.getStyler().setXAxisMin(0.0).setXAxisMax(10.0).setYAxisMin(yMin).setYAxisMax(yMax);
        return c;
    }

    private static Estimate interval(double value, double lower, double upper) {
        return Estimate.interval(value, lower, upper, 0.95, 5, "test");
    }

    @Test
    void anAsymmetricIntervalIsDrawnFromItsOwnEnds() {
        XYChart c = chart(0, 10);

        ChartKit.estimates(c, "S", new double[] {1}, new Estimate[] {interval(2, 1.5, 4)}, 1, Scale.LINEAR, Color.BLUE,
                null, ChartKit.SOLID);

        XYSeries bar = c.getSeriesMap().get("S" + Intervals.BARS);
        assertThat(bar.getYData()[0]).isEqualTo(1.5);
        assertThat(bar.getYData()[1]).isEqualTo(4);
        assertThat(bar.getYData()[2]).isNaN(); // where XChart breaks the line before the next bar
        assertThat(c.getSeriesMap().get("S" + Intervals.ENDS).getYData()).containsExactly(1.5, 4);
        assertThat(c.getSeriesMap().get("S").getYData()).containsExactly(2);
    }

    @Test
    void intervalsStayOutOfTheLegend() {
        XYChart c = chart(0, 10);

        ChartKit.estimates(c, "S", new double[] {1, 2}, new Estimate[] {interval(2, 1, 3), interval(3, 2, 5)}, 1,
                Scale.LINEAR, Color.BLUE, null, ChartKit.SOLID);

        assertThat(c.getSeriesMap().get("S").isShowInLegend()).isTrue();
        assertThat(c.getSeriesMap().get("S" + Intervals.BARS).isShowInLegend()).isFalse();
        assertThat(c.getSeriesMap().get("S" + Intervals.ENDS).isShowInLegend()).isFalse();
    }

    @Test
    void anUnboundedEndRunsToThePlotEdgeWithoutACap() {
        XYChart c = chart(-1, 10);

        ChartKit.estimates(c, "S", new double[] {1}, new Estimate[] {interval(2, 1, Double.POSITIVE_INFINITY)}, 1,
                Scale.LINEAR, Color.BLUE, null, ChartKit.SOLID);

        assertThat(c.getSeriesMap().get("S" + Intervals.BARS).getYData()).startsWith(1, 10);
        assertThat(c.getSeriesMap().get("S" + Intervals.ENDS).getYData()).containsExactly(1);
    }

    @Test
    void onALogAxisALowerEndAtOrBelowZeroIsClippedToTheBottom() {
        XYChart c = chart(-3, 3); // log2: 1/8 .. 8

        ChartKit.estimates(c, "S", new double[] {1}, new Estimate[] {interval(2, -0.5, 4)}, 1, Scale.LOG2, Color.BLUE,
                null, ChartKit.SOLID);

        double[] bar = c.getSeriesMap().get("S" + Intervals.BARS).getYData();
        assertThat(bar[0]).isEqualTo(-3);
        assertThat(bar[1]).isCloseTo(2, within(1e-12));
        assertThat(c.getSeriesMap().get("S").getYData()[0]).isCloseTo(1, within(1e-12));
        assertThat(c.getSeriesMap().get("S" + Intervals.ENDS).getYData()).hasSize(1);
    }

    @Test
    void anEndBeyondThePlotIsClippedAndTheFactorScalesTheInterval() {
        XYChart c = chart(0, 10);

        // seconds to ms: [0.001, 0.02] s is [1, 20] ms, cut at the top of the plot (10)
        ChartKit.estimates(c, "t", new double[] {1}, new Estimate[] {interval(0.004, 0.001, 0.02)}, 1e3, Scale.LINEAR,
                Color.BLUE, null, ChartKit.SOLID);

        double[] bar = c.getSeriesMap().get("t" + Intervals.BARS).getYData();
        assertThat(bar[0]).isCloseTo(1, within(1e-9));
        assertThat(bar[1]).isEqualTo(10);
        assertThat(c.getSeriesMap().get("t" + Intervals.ENDS).getYData()).hasSize(1);
    }

    @Test
    void anExactValueHasNoBar() {
        XYChart c = chart(0, 10);

        ChartKit.estimates(c, "S", new double[] {1}, new Estimate[] {Estimate.exact(1)}, 1, Scale.LINEAR, Color.BLUE,
                null, ChartKit.SOLID);

        assertThat(c.getSeriesMap()).containsOnlyKeys("S");
    }

    @Test
    void barsAtTheSameXAreMovedApartButThePointsStay() {
        XYChart c = chart(0, 10);
        for (String name : new String[] {"a", "b", "c"}) {
            ChartKit.estimates(c, name, new double[] {5}, new Estimate[] {interval(2, 1, 3)}, 1, Scale.LINEAR,
                    Color.BLUE, null, ChartKit.SOLID);
        }

        Intervals.dodge(c);

        double a = c.getSeriesMap().get("a" + Intervals.BARS).getXData()[0];
        double b = c.getSeriesMap().get("b" + Intervals.BARS).getXData()[0];
        double cc = c.getSeriesMap().get("c" + Intervals.BARS).getXData()[0];
        assertThat(a).isLessThan(b).isLessThan(5.0 + 1e-12);
        assertThat(cc).isGreaterThan(b);
        assertThat(b).isCloseTo(5, within(1e-12));
        assertThat(c.getSeriesMap().get("a" + Intervals.ENDS).getXData()[0]).isEqualTo(a);
        assertThat(c.getSeriesMap().get("a").getXData()[0]).isEqualTo(5);
    }
}
