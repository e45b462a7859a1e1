package dev.breakeven.tasks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A plotting script's inner loop: draw a field as a colour map and save it as a PNG. Task {@code index}
 * makes a smooth field (a {@value #GRID}x{@value #GRID} grid of values from (seed, index), bilinearly
 * interpolated), paints it with a blue-white-red palette into a {@code weight}x{@code weight}
 * {@link BufferedImage}, encodes it as PNG with ImageIO and saves it as a new file. Mixed:
 * colouring and deflate compression use the CPU, the file write is I/O. One weight unit is one pixel of the
 * image's side, so work grows with its square.
 *
 * <p>The trivial weight (a 1x1 image) still takes tens of microseconds: PNG encoding has a fixed cost
 * (writer, deflater, chunk headers) of about 40 µs, and creating the file about as much again. So the
 * named weights are 1 (that floor), 16 (about 80 µs, where drawing starts to count), 48 (about 300 µs)
 * and 384 pixels (about 10 ms).
 *
 * <p>Nothing global is set: {@link BufferedImage} and the PNG writer work headless as they are, and the
 * writer is used with an in-memory stream, so ImageIO's disk cache is never involved. Every call saves a
 * new file ({@code figure-INDEX-CALL.png}), so concurrent calls never write the same file, and then
 * deletes the figure the previous call for that index saved: the directory keeps the newest figure of
 * each index and does not grow over a long run. (Saving over the same name instead costs twice as much on
 * ext4, which flushes files that are truncated and rewritten, and is unsafe if one index runs on two
 * threads at once.) The directory is deleted, recursively, at {@link #close()}. ImageIO's PNG encoding is
 * deterministic, so the checksum, folded from the PNG bytes, depends only on (seed, weight, index).
 */
final class RenderTask implements Task {

    static final int GRID = 16;
    private static final int[] PALETTE = palette();

    private final TaskSpec spec;
    private final int side;
    private final ImageWriterSpi png;
    private final TempDirectory directory;
    private final AtomicLong calls = new AtomicLong();
    private final Map<Integer, Path> latest = new ConcurrentHashMap<>();

    RenderTask(TaskSpec spec) throws IOException {
        this.spec = spec;
        this.side = Math.toIntExact(spec.weight());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        this.png = writer.getOriginatingProvider();
        writer.dispose();
        this.directory = new TempDirectory(spec.task());
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    /** The task's temporary directory (deleted at close). */
    Path directory() {
        return directory.path();
    }

    @Override
    public long run(int index) throws IOException {
        byte[] bytes = encode(draw(index));
        Path figure = directory.path().resolve("figure-" + index + "-" + calls.incrementAndGet() + ".png");
        Files.write(figure, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Path previous = latest.put(index, figure);
        if (previous != null) {
            Files.deleteIfExists(previous);
        }
        return Mix.fold(index, ByteBuffer.wrap(bytes));
    }

    /** The field of task {@code index} painted into a side x side image. */
    BufferedImage draw(int index) {
        SplittableRandom random = new SplittableRandom(Mix.seed(spec.seed(), index));
        double[][] grid = new double[GRID + 1][GRID + 1];
        for (double[] row : grid) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[side];
        double scale = (double) GRID / side;
        for (int y = 0; y < side; y++) {
            double gy = (y + 0.5) * scale;
            int iy = Math.min((int) gy, GRID - 1);
            double fy = gy - iy;
            for (int x = 0; x < side; x++) {
                double gx = (x + 0.5) * scale;
                int ix = Math.min((int) gx, GRID - 1);
                double fx = gx - ix;
                double top = grid[iy][ix] * (1 - fx) + grid[iy][ix + 1] * fx;
                double bottom = grid[iy + 1][ix] * (1 - fx) + grid[iy + 1][ix + 1] * fx;
                double value = top * (1 - fy) + bottom * fy;
                row[x] = PALETTE[(int) ((value + 1) * 0.5 * (PALETTE.length - 1) + 0.5)];
            }
            image.setRGB(0, y, side, 1, row, 0, side);
        }
        return image;
    }

    private byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = png.createWriterInstance();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** 256 colours from blue (-1) through white (0) to red (+1), as packed RGB. */
    private static int[] palette() {
        int[] colours = new int[256];
        for (int i = 0; i < colours.length; i++) {
            double v = i / 255.0 * 2 - 1;
            int fade = (int) Math.round(255 * (1 - Math.abs(v)));
            colours[i] = v < 0 ? (fade << 16) | (fade << 8) | 0xFF : (0xFF << 16) | (fade << 8) | fade;
        }
        return colours;
    }

    @Override
    public void close() throws IOException {
        directory.close();
    }
}
