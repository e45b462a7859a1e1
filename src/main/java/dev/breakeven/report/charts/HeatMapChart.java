package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * Heat map of the main strategy's speedup over weight × workers. Each cell shows the speedup, coloured on a
 * diverging scale that is white at S = 1 and changes by the same step per doubling on both sides, so the
 * break-even boundary is where red turns blue.
 */
public final class HeatMapChart {

    private HeatMapChart() {
    }

    public static TitledHeatMapChart of(TaskAnalysis t, MachineInfo m) {
        // create
        List<Integer> workers = t.workerCounts();
        List<Double> weights = t.weights();
        List<String> columns = weights.stream()
                .map(w -> t.taskInfo().flatMap(i -> i.nameOf(w)).orElse(Format.compact(w))).toList();
        List<Number[]> cells = new ArrayList<>();
        double low = 1;
        double high = 1;
        for (int i = 0; i < weights.size(); i++) {
            Optional<Curve> curve = t.curve(weights.get(i), t.mainStrategy());
            for (int j = 0; j < workers.size(); j++) {
                int p1 = workers.get(j);
                Optional<ScalingPoint> p = curve.flatMap(cu -> cu.at(p1));
                if (p.isPresent()) {
                    double speedup = p.get().speedup().value();
                    double log2 = Math.log(speedup) / Math.log(2);
                    low = Math.max(low, -log2);
                    high = Math.max(high, log2);
                    cells.add(new Number[] {i, j, speedup});
                }
            }
        }
        TitledHeatMapChart c = new TitledHeatMapChart(Look.WIDTH, Look.HEIGHT, "Speedup map — " + t.task(),
                Labels.subtitle(m, t, t.mainStrategy() + " · red: slower than " + Labels.baseline(t.baselineKind())
                        + " · blue: faster", false));
        c.setXAxisTitle("task weight (" + t.unit() + ")");
        c.setYAxisTitle(Labels.workersAxis(t.mainStrategy(), Scale.LINEAR));

        // customise
        HeatMapStyler s = c.getStyler();
        ChartKit.style(s);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setPlotContentSize(1.0);
        // XChart spreads the colours evenly over [min, max] in S; sampling the log-symmetric diverging scale at
        // those S values keeps white exactly at S = 1 and equal steps per doubling on both sides.
        double lowLimit = Math.ceil(low - 1e-9);
        double highLimit = Math.ceil(high - 1e-9);
        double min = Math.pow(2, -lowLimit);
        double max = Math.pow(2, highLimit);
        int steps = 121;
        Color[] colors = new Color[steps];
        for (int k = 0; k < steps; k++) {
            double v = min + (max - min) * k / (steps - 1);
            colors[k] = Palette.speedup(Math.log(v) / Math.log(2), lowLimit, highLimit);
        }
        s.setRangeColors(colors);
        s.setMin(min);
        s.setMax(max);
        s.setShowValue(true);
        s.setValueFont(Look.VALUES);
        s.setValueFontColor(new Color(0x111111));
        s.setHeatMapValueDecimalPattern("0.0#×");
        s.setHeatMapDecimalValueFormatter(v -> Format.times(v));
        s.setDrawBorder(true);
        s.setPlotGridLinesVisible(false);
        s.setGradientColorColumnHeight(300);

        // series
        if (cells.isEmpty()) {
            cells.add(new Number[] {0, 0, 1.0});
        }
        List<String> rows = workers.isEmpty() ? List.of("1") : workers.stream().map(String::valueOf).toList();
        c.addSeries("speedup (×)", columns, rows, cells);
        return c;
    }
}
