package dev.breakeven.report.charts;

import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart with the file name it is written under (without extension) and the caption the index page and
 * summary show for it.
 */
public record NamedChart(String fileStem, String caption, Chart<?, ?> chart) {
}
