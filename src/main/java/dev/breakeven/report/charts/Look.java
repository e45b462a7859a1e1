package dev.breakeven.report.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/**
 * Sizes and fonts for slides. Charts are laid out at {@value #WIDTH}×{@value #HEIGHT} points and written as
 * PNG at {@value #DPI} DPI, which makes them exactly 1600×900 pixels (16:9, full width of a 1600-pixel slide),
 * and as SVG at the same point size. Fonts are sized in points so they stay readable from the back of a room:
 * tick labels come out about 25 pixels high.
 */
public final class Look {

    public static final int WIDTH = 768;
    public static final int HEIGHT = 432;
    public static final int DPI = 150;
    /** Pixel size of the PNGs: {@code WIDTH × DPI / 72} by {@code HEIGHT × DPI / 72}. */
    public static final int PNG_WIDTH = WIDTH * DPI / 72;
    public static final int PNG_HEIGHT = HEIGHT * DPI / 72;

    static final String FAMILY = pickFamily();

    static final Font TITLE = new Font(FAMILY, Font.BOLD, 17);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 11);
    static final Font AXIS_TITLE = new Font(FAMILY, Font.PLAIN, 13);
    static final Font TICKS = new Font(FAMILY, Font.PLAIN, 11);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 10);
    static final Font ANNOTATION = new Font(FAMILY, Font.PLAIN, 10);
    static final Font VALUES = new Font(FAMILY, Font.BOLD, 11);

    private Look() {
    }

    private static String pickFamily() {
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            for (String wanted : new String[] {"DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"}) {
                if (Arrays.asList(names).contains(wanted)) {
                    return wanted;
                }
            }
        } catch (Throwable e) {
            // headless without fonts: the logical font below always exists
        }
        return Font.SANS_SERIF;
    }
}
