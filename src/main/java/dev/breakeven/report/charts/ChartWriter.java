package dev.breakeven.report.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;

/**
 * Writes charts as PNG ({@value Look#DPI} DPI, {@value Look#PNG_WIDTH}×{@value Look#PNG_HEIGHT} pixels) and SVG,
 * several at once: encoding PNGs is most of a report's time.
 */
public final class ChartWriter {

    private ChartWriter() {
    }

    /** Writes every chart to {@code dir} as {@code <stem>.png} and {@code <stem>.svg}. */
    public static void writeAll(List<NamedChart> charts, Path dir) throws IOException {
        int threads = Math.max(1, Math.min(charts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chart-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (NamedChart c : charts) {
                futures.add(pool.submit(() -> {
                    write(c, dir);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException uio) {
                throw uio.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes one chart as PNG and SVG. */
    public static void write(NamedChart c, Path dir) throws IOException {
        String base = dir.resolve(c.fileStem()).toString();
        BitmapEncoder.saveBitmapWithDPI(c.chart(), base + ".png", BitmapEncoder.BitmapFormat.PNG, Look.DPI);
        VectorGraphicsEncoder.saveVectorGraphic(c.chart(), base + ".svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
