package dev.breakeven.tasks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code --task-timeout} where plug-in tasks are measured: in the JMH forks and the process pools' workers,
 * which get {@value #PROPERTY} from the sweep. Every creation and every {@link Task#run} of a plug-in task is
 * watched; one that runs past the limit ends its JVM at once ({@link Runtime#halt}: a task that ignores
 * interrupts cannot be stopped otherwise), after writing the one-line reason to the file named by
 * {@value #REPORT_PROPERTY}, where the sweep reads why the fork failed. Never set in the sweep's own JVM.
 *
 * <p>Watching costs two volatile writes per task, and only plug-in tasks pay it: the catalogue's are measured
 * exactly as before.
 */
public final class TaskTimeout {

    /** The limit in milliseconds; unset or 0: no watching. */
    public static final String PROPERTY = "breakeven.task-timeout-ms";
    /** The file the one-line reason goes to before the JVM ends. */
    public static final String REPORT_PROPERTY = "breakeven.task-timeout-file";
    /** Exit status of a JVM ended by a hung task (as timeout(1) exits). */
    public static final int EXIT_STATUS = 124;

    private static final Set<Slot> SLOTS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Slot> SLOT = ThreadLocal.withInitial(() -> {
        Slot slot = new Slot(Thread.currentThread());
        SLOTS.add(slot);
        return slot;
    });
    private static Thread watchdog;

    private TaskTimeout() {
    }

    /** What one thread is running: an odd count while a task runs, the same odd count while it hangs. */
    private static final class Slot {
        final Thread thread;
        volatile long calls;
        volatile TaskSpec spec;
        volatile int index;
        long seenCalls;
        long seenAtNanos;

        Slot(Thread thread) {
            this.thread = thread;
        }

        void enter(TaskSpec running, int at) {
            spec = running;
            index = at;
            calls++;
        }

        void exit() {
            calls++;
        }
    }

    /** A task whose creation and runs are watched, or the task {@code create} makes unchanged without a limit. */
    static Task watch(TaskSpec spec, TaskType.Factory create) throws Exception {
        long limit = limitMillis();
        if (limit <= 0) {
            return create.create(spec);
        }
        start(limit);
        Slot slot = SLOT.get();
        Task task;
        slot.enter(spec, -1);
        try {
            task = create.create(spec);
        } finally {
            slot.exit();
        }
        return new ForwardingTask(task) {
            @Override
            public long run(int index) throws Exception {
                Slot s = SLOT.get();
                s.enter(spec, index);
                try {
                    return task.run(index);
                } finally {
                    s.exit();
                }
            }
        };
    }

    private static long limitMillis() {
        try {
            return Long.parseLong(System.getProperty(PROPERTY, "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static synchronized void start(long limitMillis) {
        if (watchdog != null) {
            return;
        }
        long tick = Math.max(10, Math.min(1000, limitMillis / 10));
        watchdog = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(tick);
                } catch (InterruptedException e) {
                    return;
                }
                check(TimeUnit.MILLISECONDS.toNanos(limitMillis));
            }
        }, "breakeven-task-timeout");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void check(long limitNanos) {
        long now = System.nanoTime();
        for (Slot slot : SLOTS) {
            long calls = slot.calls;
            if (calls % 2 == 0) {
                if (!slot.thread.isAlive()) {
                    SLOTS.remove(slot);
                }
                continue;
            }
            if (calls != slot.seenCalls) {
                slot.seenCalls = calls;
                slot.seenAtNanos = now;
            } else if (now - slot.seenAtNanos >= limitNanos) {
                hung(slot, TimeUnit.NANOSECONDS.toMillis(limitNanos));
            }
        }
    }

    /** Says which task hung, where the sweep will read it, and ends this JVM. */
    private static void hung(Slot slot, long limitMillis) {
        String message = reason(slot.spec, (slot.index < 0 ? "creating its inputs" : "index " + slot.index)
                + " on thread " + slot.thread.getName(), limitMillis);
        String file = System.getProperty(REPORT_PROPERTY);
        if (file != null) {
            try {
                Files.writeString(Path.of(file), message + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("breakeven: cannot write " + file + ": " + e);
            }
        }
        System.err.println(message);
        System.err.flush();
        Runtime.getRuntime().halt(EXIT_STATUS);
    }

    /**
     * The one line for a task that ran past the limit; {@code place} says where when known ({@code index 3},
     * {@code creating its inputs}) or is empty.
     */
    public static String reason(TaskSpec spec, String place, long limitMillis) {
        return "task " + spec.task() + ", weight " + spec.weight() + (place.isEmpty() ? "" : ", " + place)
                + ", ran past --task-timeout " + format(limitMillis) + " and was stopped; fix the task (does it wait"
                + " forever?), or give it more time with --task-timeout";
    }

    /** {@code 2m}, {@code 30s}, {@code 1m30s}, {@code 250ms}: how {@code --task-timeout} is written. */
    public static String format(long millis) {
        if (millis % 1000 != 0) {
            return millis + "ms";
        }
        long s = millis / 1000;
        return (s >= 60 ? s / 60 + "m" : "") + (s % 60 != 0 || s < 60 ? s % 60 + "s" : "");
    }
}
