package dev.breakeven.report.charts;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;

/**
 * A two-line chart heading — a bold title and a grey subtitle (machine, cores, what is shown) — painted
 * above the chart. XChart draws a single-line title and drops line breaks, so the charts hide its title and
 * paint this instead.
 */
record Header(String title, String subtitle) {

    static final int PADDING = 8;

    /** Height of the header in points. */
    int height(Graphics2D g) {
        FontMetrics t = g.getFontMetrics(Look.TITLE);
        FontMetrics s = g.getFontMetrics(Look.SUBTITLE);
        return PADDING + t.getHeight() + (subtitle == null || subtitle.isBlank() ? 0 : s.getHeight()) + PADDING / 2;
    }

    /** How a chart paints itself into a given area: the chart class's own {@code paint}. */
    @FunctionalInterface
    interface Painter {
        void paint(Graphics2D g, int width, int height);
    }

    /** Paints this header, then the chart below it in the rest of the area, leaving the transform as it was. */
    void paintAbove(Graphics2D g, int width, int height, Painter chart) {
        int h = paint(g, width);
        AffineTransform saved = g.getTransform();
        g.translate(0, h);
        chart.paint(g, width, height - h);
        g.setTransform(saved);
    }

    /** Paints the header across {@code width} and returns its height. */
    int paint(Graphics2D g, int width) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int h = height(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, h);
        FontMetrics t = g.getFontMetrics(Look.TITLE);
        int y = PADDING + t.getAscent();
        g.setColor(new Color(0x111111));
        g.setFont(Look.TITLE);
        g.drawString(fit(g, title, Look.TITLE, width - 2 * ChartKit.PADDING), ChartKit.PADDING + 4, y);
        if (subtitle != null && !subtitle.isBlank()) {
            FontMetrics s = g.getFontMetrics(Look.SUBTITLE);
            y += t.getDescent() + s.getAscent() + 1;
            g.setColor(new Color(0x555555));
            g.setFont(Look.SUBTITLE);
            g.drawString(fit(g, subtitle, Look.SUBTITLE, width - 2 * ChartKit.PADDING), ChartKit.PADDING + 4, y);
        }
        return h;
    }

    /** Shortens text with an ellipsis until it fits {@code width}. */
    private static String fit(Graphics2D g, String text, java.awt.Font font, int width) {
        FontMetrics m = g.getFontMetrics(font);
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && m.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
