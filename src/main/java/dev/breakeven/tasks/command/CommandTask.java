package dev.breakeven.tasks.command;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One task of {@code --command}: starts one process, {@code /bin/sh -c} and the template with this task's
 * index, weight and worker, and waits for it. Exit status 0 is success (checksum {@code index + 1}, the same
 * under every strategy); any other status fails the task with {@link CommandFailedException}. What the command
 * prints goes to its worker's files in the point's worker-log folder ({@code command-worker-K.log} for stdout,
 * {@code command-worker-K.stderr.log} for stderr), or to a temporary folder deleted at close outside a sweep.
 *
 * <p>While no per-task memory is known ({@code --task-memory} not given), the first task run in this JVM also
 * measures its peak memory ({@link PeakMemory}) and records it, so the memory gate can use it.
 */
final class CommandTask implements Task {

    static final String SHELL = "/bin/sh";
    private static final int TAIL_BYTES = 4096;
    private static final int TAIL_LINES = 3;
    private static final int TAIL_CHARS = 200;
    private static final AtomicBoolean MEASURING = new AtomicBoolean();

    private final TaskSpec spec;
    private final CommandTemplate template;
    private final WorkerSlots slots = new WorkerSlots();
    private final Path logs;
    private final boolean ownLogs;

    CommandTask(TaskSpec spec, CommandTemplate template, String logFolder) throws IOException {
        this.spec = spec;
        this.template = template;
        this.ownLogs = logFolder == null || logFolder.isBlank();
        this.logs = ownLogs ? Files.createTempDirectory("breakeven-command-")
                : Files.createDirectories(Path.of(logFolder));
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    @Override
    public long run(int index) throws IOException, InterruptedException {
        int worker = slots.take();
        try {
            return run(index, worker);
        } finally {
            slots.release(worker);
        }
    }

    private long run(int index, int worker) throws IOException, InterruptedException {
        String line = template.line(index, spec.weight(), worker);
        Path err = logs.resolve("command-worker-" + worker + ".stderr.log");
        long errFrom = Files.exists(err) ? Files.size(err) : 0;
        Process process = new ProcessBuilder(SHELL, "-c", line)
                .redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("command-worker-" + worker + ".log")
                        .toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()))
                .start();
        boolean measure = CommandPlugin.memoryPerTask() < 0 && MEASURING.compareAndSet(false, true);
        try {
            if (measure) {
                CommandPlugin.measuredPeak(PeakMemory.whileWaitingFor(process));
            } else {
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        } finally {
            if (measure && CommandPlugin.memoryPerTask() < 0) {
                MEASURING.set(false);
            }
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new CommandFailedException(index, exit, line, tail(err, errFrom));
        }
        return index + 1L;
    }

    /** The last lines {@code file} got since byte {@code from}, on one line. */
    static String tail(Path file, long from) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(from, f.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            String tail = String.join(" / ", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
            return tail.length() > TAIL_CHARS ? "..." + tail.substring(tail.length() - TAIL_CHARS) : tail;
        }
    }

    @Override
    public void close() throws IOException {
        if (ownLogs && Files.exists(logs)) {
            try (Stream<Path> walk = Files.walk(logs)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
