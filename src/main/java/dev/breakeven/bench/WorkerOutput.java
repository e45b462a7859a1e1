package dev.breakeven.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps what tasks print apart per worker: while installed, {@code System.out} and {@code System.err}
 * write to one file per thread ({@code <dir>/<thread name>.log}), so output of parallel workers never
 * interleaves mid-line and each worker's story can be read on its own. Files appear only for threads
 * that print. The sweep names the folder with {@value #PROPERTY}.
 */
public final class WorkerOutput implements AutoCloseable {

    /** System property naming the folder for the current point's per-worker output. */
    public static final String PROPERTY = "breakeven.worker-logs";

    private final Path dir;
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final Map<Thread, OutputStream> files = new ConcurrentHashMap<>();

    private WorkerOutput(Path dir) {
        this.dir = dir;
        PrintStream perThread = new PrintStream(new Router(), true, StandardCharsets.UTF_8);
        System.setOut(perThread);
        System.setErr(perThread);
    }

    /** Routes output to per-thread files under {@code dir} until closed. */
    public static WorkerOutput install(Path dir) {
        return new WorkerOutput(dir);
    }

    /** Installs per-thread output if the sweep asked for it, else returns null. */
    static WorkerOutput installIfRequested() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? null : install(Path.of(dir));
    }

    private OutputStream fileOf(Thread thread) {
        return files.computeIfAbsent(thread, t -> {
            String name = t.getName().isEmpty() ? "virtual-" + t.getId() : t.getName();
            try {
                Files.createDirectories(dir);
                return new BufferedOutputStream(Files.newOutputStream(
                        dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".log")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        System.setOut(originalOut);
        System.setErr(originalErr);
        for (OutputStream file : files.values()) {
            file.close();
        }
    }

    /** Each thread writes only to its own file, so no lock is needed and no line is ever split. */
    private final class Router extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            fileOf(Thread.currentThread()).write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            fileOf(Thread.currentThread()).write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            OutputStream file = files.get(Thread.currentThread());
            if (file != null) {
                file.flush();
            }
        }
    }
}
