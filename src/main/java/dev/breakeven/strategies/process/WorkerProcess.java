package dev.breakeven.strategies.process;

import dev.breakeven.tasks.TaskFailedException;
import dev.breakeven.tasks.TaskSpec;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The parent's end of one worker JVM: starts it, binds tasks, runs round trips, and reports a worker's
 * failure or death with what it needs to be understood (task, index, pid, exit status, stderr tail).
 *
 * <p>Not thread-safe: one dispatcher thread talks to a worker at a time.
 */
final class WorkerProcess {

    /** Marker on every worker's command line: {@code -Dbreakeven.worker=POOL_ID/NUMBER}. */
    static final String MARKER_PROPERTY = "breakeven.worker";
    /** The parent's pid, so a worker started by a dying parent knows it was orphaned from the start. */
    static final String PARENT_PROPERTY = "breakeven.worker.parent";

    private static final int STDERR_TAIL_BYTES = 16 * 1024;
    private static final long CLOSE_GRACE_MILLIS = 2_000;

    private final Process process;
    private final String name;
    private final DataOutputStream out;
    private final DataInputStream in;
    private final StderrTail stderr;
    private long pid;
    private TaskSpec bound;
    private boolean broken;
    private int tasksRun;
    private int window = 1;
    private boolean ranDry;

    private WorkerProcess(Process process, String name) {
        this.process = process;
        this.name = name;
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.in = new DataInputStream(process.getInputStream());
        this.pid = process.pid();
        this.stderr = new StderrTail(process.getErrorStream(), STDERR_TAIL_BYTES, name + "-stderr",
                () -> StderrTail.logFile(name, process.pid()));
    }

    /** Starts worker {@code number} of pool {@code poolId}; call {@link #awaitHello} before using it. */
    static WorkerProcess start(WorkerOptions options, String poolId, int number) throws IOException {
        Process process = new ProcessBuilder(command(options, poolId + "/" + number)).start();
        Reaper.register(process);
        return new WorkerProcess(process, "worker " + number);
    }

    static List<String> command(WorkerOptions options, String marker) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java").toString());
        // Fast start without crippling the task's JIT (no TieredStopAtLevel): shared class archive, one GC
        // thread, no perf-data file; VM warnings go to stderr so they cannot corrupt the stdout protocol.
        cmd.add("-Xshare:auto");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:-UsePerfData");
        cmd.add("-XX:+DisplayVMOutputToStderr");
        cmd.add("-Xmx" + options.heap());
        // The parent's -Dbreakeven.* settings (e.g. breakeven.inject-failure) apply in the workers too.
        for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
            String key = e.getKey().toString();
            if (key.startsWith("breakeven.") && !key.equals(MARKER_PROPERTY) && !key.equals(PARENT_PROPERTY)) {
                cmd.add("-D" + key + "=" + e.getValue());
            }
        }
        cmd.add("-D" + MARKER_PROPERTY + "=" + marker);
        cmd.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        cmd.addAll(options.jvmArgs());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(WorkerMain.class.getName());
        return cmd;
    }

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }

    /** Waits until the worker JVM is up and has said hello (this is where start-up time is paid). */
    void awaitHello() throws IOException, InterruptedException {
        try {
            pid = Protocol.readHello(in);
        } catch (Protocol.NotHello e) {
            broken = true;
            throw new IOException(name + " (pid " + pid + ") " + e.getMessage() + "; stderr: " + stderrTail(), e);
        } catch (IOException e) {
            broken = true;
            throw died("while starting", e);
        }
    }

    long pid() {
        return pid;
    }

    String name() {
        return name;
    }

    /** Tasks this worker ran since the last {@link #resetCount}. */
    int tasksRun() {
        return tasksRun;
    }

    void resetCount() {
        tasksRun = 0;
    }

    /** The task the worker was last told to run, or null. */
    TaskSpec bound() {
        return bound;
    }

    /** How many tasks the dispatcher may have in flight to this worker. */
    int window() {
        return window;
    }

    void window(int tasks) {
        window = tasks;
    }

    /** Whether the worker found no next task waiting after the task of the last reply. */
    boolean ranDry() {
        return ranDry;
    }

    /** Bytes of replies waiting unread in the worker's stdout pipe (a test waits on this to pace a dispatcher). */
    int replyBytesWaiting() throws IOException {
        return in.available();
    }

    /** Whether the worker must be replaced: it died, or a round trip broke off and the pipe may be out of step. */
    boolean isBroken() {
        return broken || !process.isAlive();
    }

    /** The worker as named in failures, e.g. {@code worker 2, pid 4242}. */
    String describe() {
        return name + ", pid " + pid;
    }

    /**
     * Queues task {@code index} of {@code spec} for the worker (binding the spec first if it changed); nothing
     * is written to the pipe before {@link #flush}.
     */
    void send(TaskSpec spec, int index, byte[] payload, String strategy, int workers) throws InterruptedException {
        try {
            if (!spec.equals(bound)) {
                Protocol.writeBind(out, spec);
                bound = spec;
            }
            Protocol.writeRun(out, index, payload);
        } catch (IOException e) {
            throw broke(spec, index, strategy, workers, e);
        }
    }

    /** Writes the queued tasks to the worker in one go. */
    void flush(TaskSpec spec, int index, String strategy, int workers) throws InterruptedException {
        try {
            out.flush();
        } catch (IOException e) {
            throw broke(spec, index, strategy, workers, e);
        }
    }

    /**
     * Waits for the reply to task {@code index}, the oldest one sent and not yet answered, and returns its
     * checksum.
     *
     * @throws TaskFailedException the task threw in the worker (the worker stays usable), or the worker died
     */
    long receive(TaskSpec spec, int index, int payloadCrc, String strategy, int workers) throws InterruptedException {
        try {
            Protocol.Reply reply = Protocol.readReply(in);
            if (reply.index() != index) {
                throw new IOException("protocol error: sent index " + index + ", reply came back for " + reply.index());
            }
            if (reply instanceof Protocol.Failed failed) {
                tasksRun++;
                throw new TaskFailedException(spec, index, strategy, workers, describe(), failed.error());
            }
            Protocol.Ok ok = (Protocol.Ok) reply;
            if (ok.payloadCrc() != payloadCrc) {
                throw new IOException("protocol error: sent index " + index + " with payload CRC " + payloadCrc
                        + ", got it back with payload CRC " + ok.payloadCrc());
            }
            ranDry = ok.ranDry();
            tasksRun++;
            return ok.checksum();
        } catch (IOException e) {
            throw broke(spec, index, strategy, workers, e);
        }
    }

    private TaskFailedException broke(TaskSpec spec, int index, String strategy, int workers, IOException e)
            throws InterruptedException {
        broken = true;
        return new TaskFailedException(spec, index, strategy, workers, describe(),
                died("while running index " + index, e));
    }

    /** The exception for a worker that is gone: exit status and the tail of its stderr. */
    private WorkerDiedException died(String when, IOException e) throws InterruptedException {
        // The pipe broke because the worker is dying: give it a moment to finish, so status and stderr are known.
        boolean exited = process.waitFor(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        if (exited) {
            stderr.awaitEnd(CLOSE_GRACE_MILLIS);
        }
        String status = exited ? exitStatus(process.exitValue()) : "is still running but its pipe broke (" + e + ")";
        String tail = stderrTail();
        String hint = tail.contains("OutOfMemoryError")
                ? " (give workers more heap: -D" + WorkerOptions.HEAP_PROPERTY + "=1g)" : "";
        return new WorkerDiedException(name + " (pid " + pid + ") " + status + " " + when + hint, tail, e);
    }

    static String exitStatus(int status) {
        if (status > 128 && status < 128 + 65) {
            int signal = status - 128;
            String sig = switch (signal) {
                case 2 -> " SIGINT";
                case 6 -> " SIGABRT";
                case 9 -> " SIGKILL";
                case 11 -> " SIGSEGV";
                case 15 -> " SIGTERM";
                default -> "";
            };
            return "was killed by signal " + signal + sig + " (exit status " + status + ")";
        }
        return "exited with status " + status;
    }

    String stderrTail() {
        String text = stderr.text().strip();
        return text.isEmpty() ? "(nothing on stderr)" : text;
    }

    /**
     * Starts stopping the worker: closes its stdin, which makes it close its tasks and exit. Returns at once;
     * {@link #awaitExit} waits. Closing all workers first and then waiting lets them exit in parallel.
     */
    void requestExit() {
        try {
            out.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** Waits for the exit that {@link #requestExit} asked for; destroys the worker if it is slow. */
    void awaitExit() {
        boolean interrupted = false;
        try {
            if (!process.waitFor(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
            if (!process.isAlive()) {
                stderr.awaitEnd(CLOSE_GRACE_MILLIS); // its log file is complete when close() returns
            }
        } catch (InterruptedException e) {
            interrupted = true;
            process.destroyForcibly();
        } finally {
            if (!process.isAlive()) {
                Reaper.unregister(process);
            }
            try {
                in.close();
            } catch (IOException e) {
                // nothing to release
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kills the worker without waiting for it to finish its task (for a broken or abandoned worker). */
    void kill() {
        process.destroyForcibly();
        requestExit();
        awaitExit();
    }
}
