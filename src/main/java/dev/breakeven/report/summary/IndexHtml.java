package dev.breakeven.report.summary;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.charts.NamedChart;
import dev.breakeven.report.charts.RulesOfThumbChart;
import dev.breakeven.report.io.MachineInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code index.html}: the report as a page for a person. A header with the machine and profile, a table of
 * contents, the overview, then a section per task (its verdict, its other findings and its charts side by
 * side), then the points that failed, ran out of memory, were skipped or were measured while busy. Plain HTML
 * and a little CSS, nothing external and no JavaScript, so it opens from a file, offline, on any projector.
 */
public final class IndexHtml {

    private static final String CSS = """
            body{font:16px/1.5 'DejaVu Sans',Arial,sans-serif;color:#111;margin:0;background:#fff}
            header,main,footer{max-width:1400px;margin:0 auto;padding:0 24px}
            header{padding-top:20px;border-bottom:1px solid #ddd}
            h1{font-size:28px;margin:0 0 6px}
            h2{font-size:22px;margin:0 0 8px}
            .machine{display:flex;flex-wrap:wrap;gap:4px 28px;margin:0 0 16px;padding:0;color:#333}
            .machine div{margin:0}.machine dt{display:inline;color:#666}.machine dd{display:inline;margin:0 0 0 6px}
            nav{margin:16px 0 8px;padding:12px 16px;background:#f5f6f8;border-radius:6px}
            nav ol{columns:3 260px;margin:6px 0 0;padding-left:22px}nav li{margin:2px 0}
            nav .best{color:#666;font-size:14px;margin-left:6px}
            section{padding:20px 0;border-bottom:1px solid #e2e2e2}
            .verdict{font-size:18px;font-weight:bold;margin:4px 0 8px;padding-left:10px;border-left:4px solid #2166ac}
            .stands-for{color:#555;font-style:italic;margin:0 0 4px}
            ul.findings{margin:0 0 12px;padding-left:22px}ul.findings li{margin:3px 0}
            .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:20px}
            figure{margin:0}img{display:block;width:100%;height:auto;border:1px solid #ddd}
            figcaption{color:#444;font-size:14px;margin-top:4px}
            figure.wide{max-width:1100px}
            table{border-collapse:collapse;font-size:14px;width:100%}
            th,td{text-align:left;vertical-align:top;padding:4px 10px;border-bottom:1px solid #e2e2e2}
            th{background:#f5f6f8}.num{text-align:right;white-space:nowrap}
            .top{font-size:14px;font-weight:normal;margin-left:10px}
            footer{padding:16px 24px 32px;color:#555;font-size:14px}
            """;

    private IndexHtml() {
    }

    /** The report page of one run; {@code charts} as {@code Reporter.charts} builds them (task charts carry their task). */
    public static String report(RunAnalysis run, List<NamedChart> charts) {
        MachineInfo m = run.machine();
        StringBuilder h = head("breakeven report: " + run.run().name());
        h.append("<header>\n<h1>breakeven report: ").append(escape(run.run().name())).append("</h1>\n");
        machine(h, run);
        h.append("<p class=\"axes\">").append(escape(run.run().axes().line())).append("</p>\n");
        h.append("</header>\n<main>\n");
        List<TaskAnalysis> tasks = run.tasks();
        boolean points = tasks.stream().anyMatch(IndexHtml::hasPoints) || !run.unmatched().isEmpty();
        h.append("<nav aria-label=\"contents\">\n<strong>Contents</strong>\n<ol>\n<li><a href=\"#overview\">Overview</a></li>\n");
        for (TaskAnalysis t : tasks) {
            h.append("<li><a href=\"#").append(anchor(t)).append("\">").append(escape(t.task())).append("</a>");
            t.bestCurve().ifPresent(c -> h.append("<span class=\"best\">best ")
                    .append(escape(Format.times(c.best().fastestSpeedup().value()))).append("</span>"));
            h.append("</li>\n");
        }
        if (points) {
            h.append("<li><a href=\"#points\">Failed, skipped and busy points</a></li>\n");
        }
        if (!run.run().notes().isEmpty()) {
            h.append("<li><a href=\"#notes\">Notes on the input</a></li>\n");
        }
        h.append("</ol>\n</nav>\n");

        h.append("<section id=\"overview\">\n<h2>Overview</h2>\n");
        findings(h, Findings.run(run));
        charts.stream().filter(c -> c.task() == null && !RulesOfThumbChart.STEM.equals(c.fileStem()))
                .forEach(c -> figure(h, c, "wide"));
        h.append("</section>\n");

        for (TaskAnalysis t : tasks) {
            h.append("<section id=\"").append(anchor(t)).append("\">\n<h2>").append(escape(t.task()))
                    .append("<a class=\"top\" href=\"#top\">↑ contents</a></h2>\n");
            t.taskInfo().map(MachineInfo.TaskInfo::standsFor).filter(s -> s != null && !s.isBlank())
                    .ifPresent(s -> h.append("<p class=\"stands-for\">Stands for: ").append(escape(s)).append("</p>\n"));
            List<String> said = Findings.task(t, m);
            if (!said.isEmpty()) {
                h.append("<p class=\"verdict\">").append(escape(said.get(0))).append("</p>\n");
                findings(h, said.subList(1, said.size()));
            }
            h.append("<div class=\"charts\">\n");
            charts.stream().filter(c -> t.task().equals(c.task())).forEach(c -> figure(h, c, null));
            h.append("</div>\n</section>\n");
        }
        charts.stream().filter(c -> RulesOfThumbChart.STEM.equals(c.fileStem())).forEach(c -> {
            h.append("<section id=\"rules-of-thumb\">\n<h2>What the docs say vs what this machine says")
                    .append("<a class=\"top\" href=\"#top\">↑ contents</a></h2>\n");
            figure(h, c, "wide");
            h.append("</section>\n");
        });
        if (points) {
            points(h, run);
        }
        if (!run.run().notes().isEmpty()) {
            h.append("<section id=\"notes\">\n<h2>Notes on the input</h2>\n");
            findings(h, run.run().notes());
            h.append("</section>\n");
        }
        h.append("</main>\n<footer>Every figure in words: <a href=\"summary.md\">summary.md</a>; every number:")
                .append(" <a href=\"summary.json\">summary.json</a>. Click a chart for its SVG.</footer>\n");
        return h.append("</body>\n</html>\n").toString();
    }

    /**
     * A simpler page: a title, a line under it, findings as a list and every chart with its caption (the
     * comparison of two runs).
     */
    public static String of(String title, String intro, List<String> findings, List<NamedChart> charts) {
        StringBuilder h = head(title);
        h.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p>").append(escape(intro)).append("</p>\n")
                .append("</header>\n<main>\n<section>\n");
        findings(h, findings);
        h.append("<div class=\"charts\">\n");
        charts.forEach(c -> figure(h, c, null));
        return h.append("</div>\n</section>\n</main>\n</body>\n</html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body id=\"top\">\n");
    }

    /** The machine as name–value pairs: label, cores, CPU, memory, OS, profile, when known. */
    private static void machine(StringBuilder h, RunAnalysis run) {
        MachineInfo m = run.machine();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Machine", m.label()});
        if (m.logicalCores() > 0) {
            rows.add(new String[] {"Cores", m.cores() + (m.physicalCores() > 0 ? " (" + m.physicalCores() + " physical)" : "")});
        }
        rows.add(new String[] {"CPU", m.cpuModel()});
        rows.add(new String[] {"Memory", m.memoryBytes() > 0 ? Format.bytes(m.memoryBytes()) : null});
        rows.add(new String[] {"OS", m.os()});
        rows.add(new String[] {"Profile", m.profile()});
        rows.add(new String[] {"Results", run.run().results().getFileName().toString()
                + (run.run().hasMachineFile() ? "" : " (no machine.json: machine details unknown)")});
        h.append("<dl class=\"machine\">\n");
        rows.stream().filter(r -> r[1] != null && !r[1].isBlank()).forEach(r -> h.append("<div><dt>").append(r[0])
                .append("</dt><dd>").append(escape(r[1])).append("</dd></div>\n"));
        h.append("</dl>\n");
    }

    private static void findings(StringBuilder h, List<String> sentences) {
        if (!sentences.isEmpty()) {
            h.append("<ul class=\"findings\">\n");
            sentences.forEach(s -> h.append("<li>").append(escape(s)).append("</li>\n"));
            h.append("</ul>\n");
        }
    }

    private static void figure(StringBuilder h, NamedChart c, String cssClass) {
        String stem = escape(c.fileStem());
        h.append("<figure id=\"").append(stem).append('"').append(cssClass == null ? "" : " class=\"" + cssClass + "\"")
                .append(">\n<a href=\"").append(stem).append(".svg\"><img src=\"").append(stem)
                .append(".png\" width=\"1600\" height=\"900\" alt=\"").append(escape(c.caption())).append("\"></a>\n")
                .append("<figcaption>").append(escape(c.caption())).append("</figcaption>\n</figure>\n");
    }

    private static boolean hasPoints(TaskAnalysis t) {
        return !t.missing().isEmpty() || !t.busy().isEmpty() || !t.skipped().isEmpty();
    }

    /** A table of every point without a result, skipped, or measured while busy, with its reason. */
    private static void points(StringBuilder h, RunAnalysis run) {
        h.append("<section id=\"points\">\n<h2>Failed, skipped and busy points<a class=\"top\" href=\"#top\">↑ contents</a></h2>\n")
                .append("<table>\n<tr><th>task</th><th class=\"num\">weight</th><th>strategy</th><th class=\"num\">workers</th><th>status</th>")
                .append("<th>why</th></tr>\n");
        for (TaskAnalysis t : run.tasks()) {
            List<MachineInfo.PointStatus> all = new ArrayList<>(t.missing());
            all.addAll(t.skipped());
            t.busy().stream().filter(p -> !all.contains(p)).forEach(all::add);
            all.forEach(p -> point(h, p, " " + t.unit()));
        }
        run.unmatched().forEach(p -> point(h, p, ""));
        h.append("</table>\n</section>\n");
    }

    /** One row of the points table; {@code unit} follows the weight (" iterations"). */
    private static void point(StringBuilder h, MachineInfo.PointStatus p, String unit) {
        String status = p.busy() && !p.isMissingResult() ? "measured while busy"
                : p.setAside() > 0 && !p.isMissingResult() ? "busy fork measured again" : p.status();
        String why = Objects.requireNonNullElse(p.reason(), "").strip().replaceAll("\\s+", " ");
        if (p.busy() && Double.isFinite(p.loadAverage())) {
            why = (why.isEmpty() ? "" : why + "; ") + "load " + Format.significant(p.loadAverage(), 2);
        }
        h.append("<tr><td>").append(escape(p.task())).append("</td><td class=\"num\">")
                .append(Double.isFinite(p.weight()) ? escape(Format.number(p.weight()) + unit) : "")
                .append("</td><td>").append(escape(Objects.requireNonNullElse(p.strategy(), "")))
                .append("</td><td class=\"num\">").append(p.workers()).append("</td><td>").append(escape(status))
                .append("</td><td>").append(escape(why)).append("</td></tr>\n");
    }

    static String anchor(TaskAnalysis t) {
        return "task-" + Format.slug(t.task());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
