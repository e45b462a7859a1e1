package dev.breakeven.report.summary;

import dev.breakeven.report.charts.NamedChart;
import java.util.List;

/** {@code index.html}: the findings and every chart with its caption, for a browser or a projector. */
public final class IndexHtml {

    private IndexHtml() {
    }

    /**
     * @param title page title
     * @param intro a line under the title (machine)
     * @param findings sentences shown as a list
     * @param charts the charts, shown as PNG with a link to the SVG
     */
    public static String of(String title, String intro, List<String> findings, List<NamedChart> charts) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#111}\n")
                .append("figure{margin:2em 0}img{width:100%;border:1px solid #ddd}figcaption{color:#444;margin-top:.4em}\n")
                .append("li{margin:.3em 0}\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(escape(intro.replace("**", "").replace("`", ""))).append("</p>\n");
        if (!findings.isEmpty()) {
            h.append("<h2>Findings</h2>\n<ul>\n");
            findings.forEach(f -> h.append("<li>").append(escape(f)).append("</li>\n"));
            h.append("</ul>\n<p>Details: <a href=\"summary.md\">summary.md</a>, every figure: ")
                    .append("<a href=\"summary.json\">summary.json</a>.</p>\n");
        }
        h.append("<h2>Charts</h2>\n");
        for (NamedChart c : charts) {
            h.append("<figure id=\"").append(c.fileStem()).append("\">\n<a href=\"").append(c.fileStem())
                    .append(".svg\"><img src=\"").append(c.fileStem()).append(".png\" alt=\"")
                    .append(escape(c.caption())).append("\"></a>\n<figcaption>").append(escape(c.caption()))
                    .append(" <a href=\"").append(c.fileStem()).append(".svg\">SVG</a></figcaption>\n</figure>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
