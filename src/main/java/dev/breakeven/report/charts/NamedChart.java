package dev.breakeven.report.charts;

import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart with the file name it is written under (without extension), the caption the index page and summary
 * show for it, and the task it is about (null for a chart of the whole run), so the page can put it in that
 * task's section.
 */
public record NamedChart(String fileStem, String caption, Chart<?, ?> chart, String task) {

    /** A chart of the whole run, or of no single task. */
    public NamedChart(String fileStem, String caption, Chart<?, ?> chart) {
        this(fileStem, caption, chart, null);
    }
}
