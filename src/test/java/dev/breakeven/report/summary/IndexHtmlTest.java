package dev.breakeven.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.report.ReportEndToEndTestSupport;
import dev.breakeven.report.Reporter;
import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.charts.NamedChart;
import dev.breakeven.report.io.RunLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index.html is a page for a person: header, contents, overview, a section per task, then the odd points. */
class IndexHtmlTest {

    @TempDir
    Path dir;

    /** Two tasks: chunked-field (chunked, with a machine.json naming it) and arithmetic. */
    private RunAnalysis twoTasks() throws Exception {
        SyntheticJmh j = SyntheticJmh.chunked("chunked-field");
        for (double w : new double[] {400, 12000}) {
            j.batch("arithmetic", w, "sequential", 1, 48, w / 10, w / 1000);
            for (int p : new int[] {1, 2}) {
                j.batch("arithmetic", w, "fixed-pool", p, 48, w / 10 / p * 1.1, w / 1000);
            }
        }
        Path run = Files.createDirectories(dir.resolve("server"));
        Files.writeString(run.resolve("results.json"), j.json());
        Files.writeString(run.resolve("machine.json"), "{\"label\":\"server\",\"logicalCores\":40,\"profile\":\"standard\","
                + "\"cpuModel\":\"Xeon <Gold>\",\"tasks\":{\"arithmetic\":{\"unit\":\"iterations\",\"standsFor\":\"a loop\"},"
                + "\"chunked-field\":{\"unit\":\"cells per chunk\",\"batchIsChunkCount\":true}}}");
        return Analyzer.analyze(RunLoader.load(run));
    }

    private static RunAnalysis laptop() throws Exception {
        return Analyzer.analyze(RunLoader.load(ReportEndToEndTestSupport.resource("runs/laptop")));
    }

    /** The text of the section with this id. */
    private static String section(String html, String id) {
        Matcher m = Pattern.compile("<section id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group(1);
    }

    @Test
    void headerNamesTheMachineAndProfile() throws Exception {
        RunAnalysis run = twoTasks();

        String html = IndexHtml.report(run, Reporter.charts(run));

        assertThat(html).contains("<title>breakeven report: server</title>").contains("<dt>Machine</dt><dd>server</dd>")
                .contains("<dt>Cores</dt><dd>40 logical cores</dd>").contains("<dt>Profile</dt><dd>standard</dd>")
                .contains("<dt>CPU</dt><dd>Xeon &lt;Gold&gt;</dd>");
    }

    @Test
    void contentsLinkTheOverviewAndASectionPerTaskInTheRunsOrder() throws Exception {
        RunAnalysis run = twoTasks();

        String html = IndexHtml.report(run, Reporter.charts(run));

        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        assertThat(nav).contains("<a href=\"#overview\">Overview</a>");
        int previous = -1;
        for (TaskAnalysis t : run.tasks()) {
            String anchor = "task-" + dev.breakeven.report.Format.slug(t.task());
            assertThat(nav.indexOf("<a href=\"#" + anchor + "\">" + t.task() + "</a>")).isGreaterThan(previous);
            previous = nav.indexOf("#" + anchor);
            assertThat(html).contains("<section id=\"" + anchor + "\">");
        }
        assertThat(html.indexOf("<section id=\"overview\">")).isLessThan(html.indexOf("<section id=\"task-"));
    }

    @Test
    void eachTaskSectionOpensWithItsVerdictThenItsOtherFindingsAndHoldsOnlyItsOwnCharts() throws Exception {
        RunAnalysis run = twoTasks();
        List<NamedChart> charts = Reporter.charts(run);

        String html = IndexHtml.report(run, charts);

        for (TaskAnalysis t : run.tasks()) {
            String s = section(html, "task-" + dev.breakeven.report.Format.slug(t.task()));
            List<String> said = Findings.task(t, run.machine());
            assertThat(s).contains("<p class=\"verdict\">" + IndexHtml.escape(said.get(0)) + "</p>");
            for (String other : said.subList(1, said.size())) {
                assertThat(s).contains("<li>" + IndexHtml.escape(other) + "</li>");
            }
            for (NamedChart c : charts) {
                boolean own = t.task().equals(c.task());
                assertThat(s.contains("<img src=\"" + c.fileStem() + ".png\"")).as(c.fileStem() + " in " + t.task())
                        .isEqualTo(own);
            }
        }
        assertThat(section(html, "task-chunked-field")).contains("chunk-size-chunked-field.png");
        assertThat(section(html, "task-arithmetic")).contains("<p class=\"stands-for\">Stands for: a loop</p>");
        assertThat(section(html, "overview")).contains("<img src=\"overview.png\"");
    }

    @Test
    void everyChartHasItsCaptionAndLinksItsSvg() throws Exception {
        RunAnalysis run = laptop();
        List<NamedChart> charts = Reporter.charts(run);

        String html = IndexHtml.report(run, charts);

        for (NamedChart c : charts) {
            assertThat(html).contains("<a href=\"" + c.fileStem() + ".svg\"><img src=\"" + c.fileStem() + ".png\"")
                    .contains("<figcaption>" + IndexHtml.escape(c.caption()) + "</figcaption>");
        }
    }

    @Test
    void failedSkippedAndBusyPointsAreATableAtTheEnd() throws Exception {
        RunAnalysis run = laptop();

        String html = IndexHtml.report(run, Reporter.charts(run));

        String points = section(html, "points");
        assertThat(html.indexOf("<section id=\"points\">")).isGreaterThan(html.lastIndexOf("<section id=\"task-"));
        assertThat(html).contains("<a href=\"#points\">");
        assertThat(points.split("<tr><td>", -1)).hasSize(1 + 5); // 2 without a result, 1 skipped, 2 busy
        assertThat(points).contains("<td>arithmetic</td><td class=\"num\">120,000 iterations</td><td>fixed-pool</td>"
                + "<td class=\"num\">8</td><td>memory-limited</td><td>8 workers × 1.2 GiB working set exceed the 2 GiB cap</td>");
        assertThat(points).contains("<td>measured while busy</td><td>load 2.9</td>");
    }

    @Test
    void aRunWithNothingOddHasNoPointsSection() throws Exception {
        RunAnalysis run = twoTasks();

        String html = IndexHtml.report(run, Reporter.charts(run));

        assertThat(html).doesNotContain("id=\"points\"").doesNotContain("#points");
    }

    @Test
    void needsNothingFromOutside() throws Exception {
        RunAnalysis run = laptop();

        String html = IndexHtml.report(run, Reporter.charts(run));

        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http")
                .doesNotContain("@import").doesNotContain("<link");
    }
}
