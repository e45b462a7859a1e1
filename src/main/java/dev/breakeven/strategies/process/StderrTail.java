package dev.breakeven.strategies.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a worker's stderr on a daemon thread and keeps its last {@code capacity} bytes, so that when a
 * worker dies the parent can say what it printed last (an OutOfMemoryError, a JVM crash report's header)
 * without ever blocking the worker on a full pipe or keeping unbounded output.
 */
final class StderrTail {

    private final byte[] ring;
    private final Thread drainer;
    private long written;

    StderrTail(InputStream stderr, int capacity, String threadName) {
        this.ring = new byte[capacity];
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
            }
        } catch (IOException e) {
            // the stream closes when the worker is destroyed: nothing more to keep
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
