package dev.breakeven.strategies.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;

/**
 * Drains a worker's stderr on a daemon thread and keeps its last {@code capacity} bytes, so that when a
 * worker dies the parent can say what it printed last (an OutOfMemoryError, a JVM crash report's header)
 * without ever blocking the worker on a full pipe or keeping unbounded output. When the sweep names a folder
 * for workers' output ({@code breakeven.worker-logs}), everything the worker printed is also copied to
 * its own file there, so process workers' output is kept apart like thread workers'.
 */
final class StderrTail {

    private final byte[] ring;
    private final Thread drainer;
    private final Supplier<OutputStream> copyFile;
    private OutputStream copy;
    private long written;

    /** {@code copyFile}: opens where to keep all of the worker's output as well (null: nowhere); called on
     * the first output, so a silent worker leaves no empty file. */
    StderrTail(InputStream stderr, int capacity, String threadName, Supplier<OutputStream> copyFile) {
        this.ring = new byte[capacity];
        this.copyFile = copyFile;
        this.drainer = new Thread(() -> drain(stderr), threadName);
        drainer.setDaemon(true);
        drainer.start();
    }

    private void drain(InputStream stderr) {
        byte[] chunk = new byte[4096];
        try (stderr) {
            int n;
            while ((n = stderr.read(chunk)) > 0) {
                append(chunk, n);
                if (copy == null && written == n) {
                    copy = copyFile.get();
                }
                if (copy != null) {
                    copy.write(chunk, 0, n);
                }
            }
        } catch (IOException e) {
            // the stream closes when the worker is destroyed: nothing more to keep
        } finally {
            closeCopy();
        }
    }

    private void closeCopy() {
        if (copy != null) {
            try {
                copy.close();
            } catch (IOException e) {
                // the log file is a convenience; the tail in memory is what failure reports use
            }
        }
    }

    /** Opens a file for worker {@code name}'s output in the folder the sweep named; null if it named none. */
    static OutputStream logFile(String name, long pid) {
        String dir = System.getProperty("breakeven.worker-logs");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        try {
            Path folder = Files.createDirectories(Path.of(dir));
            return Files.newOutputStream(folder.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + "-pid" + pid
                    + ".log"));
        } catch (IOException e) {
            return null;
        }
    }

    private synchronized void append(byte[] chunk, int n) {
        for (int i = 0; i < n; i++) {
            ring[(int) (written++ % ring.length)] = chunk[i];
        }
    }

    /** Waits up to {@code millis} for the worker's stderr to reach its end (the worker has exited). */
    void awaitEnd(long millis) throws InterruptedException {
        drainer.join(millis);
    }

    /** The last bytes the worker wrote to stderr, as text; empty if it wrote nothing. */
    synchronized String text() {
        int size = (int) Math.min(written, ring.length);
        byte[] tail = new byte[size];
        long start = written - size;
        for (int i = 0; i < size; i++) {
            tail[i] = ring[(int) ((start + i) % ring.length)];
        }
        String text = new String(tail, StandardCharsets.UTF_8);
        return written > ring.length ? "..." + text : text;
    }
}
