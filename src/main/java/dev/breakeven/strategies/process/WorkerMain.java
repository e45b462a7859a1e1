package dev.breakeven.strategies.process;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The worker JVM of {@code process-pool}: reads tasks from stdin, runs them, writes checksums to stdout
 * ({@link Protocol}). Started by {@link WorkerProcess}; not meant to be run by hand.
 *
 * <p>It never outlives its parent. End of stdin (the parent closed the pipe or died, even by
 * {@code kill -9}: the kernel closes its end) makes it close its tasks and exit. A watchdog thread is the
 * second guard, for a worker busy in a long task: when the parent is no longer its parent (it died and the
 * worker was re-parented) it halts the JVM within {@value #WATCHDOG_MILLIS} ms.
 *
 * <p>{@code System.out} is pointed at stderr, so a task that prints cannot corrupt the protocol.
 */
public final class WorkerMain {

    /** Exit status when the parent vanished while the worker was busy. */
    static final int EXIT_ORPHANED = 3;
    /** Exit status on a protocol error or an unexpected failure outside any task. */
    static final int EXIT_BROKEN = 70;
    static final long WATCHDOG_MILLIS = 500;

    private final DataInputStream in;
    private final DataOutputStream out;
    private final Map<TaskSpec, Task> tasks = new HashMap<>();
    private final CRC32 crc = new CRC32();
    private TaskSpec bound;
    private Task current;
    private byte[] payload = new byte[0];

    private WorkerMain(DataInputStream in, DataOutputStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) {
        ProcessHandle self = ProcessHandle.current();
        long parent = Long.getLong(WorkerProcess.PARENT_PROPERTY, self.parent().map(ProcessHandle::pid).orElse(-1L));
        watchParent(parent);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        int status = 0;
        WorkerMain worker = new WorkerMain(in, out);
        try {
            Protocol.writeHello(out, self.pid());
            out.flush();
            worker.serve();
        } catch (IOException e) {
            // A broken stdout pipe means the parent is gone: nobody to report to, just leave.
            status = isParentAlive(parent) ? EXIT_BROKEN : EXIT_ORPHANED;
            System.err.println("breakeven worker " + self.pid() + ": " + e);
        } catch (Throwable e) {
            status = EXIT_BROKEN;
            System.err.println("breakeven worker " + self.pid() + " failed outside any task:");
            e.printStackTrace();
        } finally {
            worker.closeTasks();
        }
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }

    private static void watchParent(long parent) {
        Thread watchdog = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(WATCHDOG_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                if (!isParentAlive(parent)) {
                    System.err.println("breakeven worker " + ProcessHandle.current().pid() + ": parent " + parent
                            + " is gone, exiting");
                    System.err.flush();
                    Runtime.getRuntime().halt(EXIT_ORPHANED);
                }
            }
        }, "breakeven-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Whether {@code parent} is still this process's parent (a dead parent's children are re-parented). */
    private static boolean isParentAlive(long parent) {
        Optional<ProcessHandle> now = ProcessHandle.current().parent();
        return now.isPresent() && now.get().pid() == parent && now.get().isAlive();
    }

    /** Answers messages until the parent says quit or closes stdin. */
    private void serve() throws IOException {
        while (true) {
            Protocol.Request request = Protocol.readRequest(in, payload);
            if (request instanceof Protocol.Quit) {
                return;
            }
            if (request instanceof Protocol.Bind bind) {
                bind(bind.spec());
            } else {
                Protocol.Run run = (Protocol.Run) request;
                payload = run.payload();
                run(run.index(), run.payloadLength());
            }
        }
    }

    private void bind(TaskSpec spec) {
        bound = spec;
        current = null; // created lazily by the first RUN, so a creation failure is reported for an index
    }

    private void run(int index, int payloadLength) throws IOException {
        long checksum;
        int payloadCrc = 0;
        try {
            if (payloadLength > 0) {
                crc.reset();
                crc.update(payload, 0, payloadLength);
                payloadCrc = (int) crc.getValue();
            }
            checksum = task().run(index);
        } catch (Throwable e) {
            Protocol.writeFailed(out, index, e);
            out.flush();
            return;
        }
        // ran dry: no next task waiting, so the parent may send more ahead; checked before the reply leaves
        Protocol.writeOk(out, new Protocol.Ok(index, checksum, payloadCrc, in.available() == 0));
        out.flush();
    }

    private Task task() throws Exception {
        if (current == null) {
            if (bound == null) {
                throw new IllegalStateException("protocol error: RUN before BIND");
            }
            Task cached = tasks.get(bound);
            if (cached == null) {
                cached = TaskType.byId(bound.task()).create(bound.weight(), bound.seed());
                tasks.put(bound, cached);
            }
            current = cached;
        }
        return current;
    }

    private void closeTasks() {
        for (Task t : tasks.values()) {
            try {
                t.close();
            } catch (Exception e) {
                System.err.println("breakeven worker: closing " + t.spec() + " failed: " + e);
            }
        }
        tasks.clear();
    }
}
