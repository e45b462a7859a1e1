package dev.breakeven.strategies.process;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Kills every live worker when the parent JVM shuts down (normal exit, SIGINT, SIGTERM), so an unclosed
 * pool or an interrupted run leaves no JVM behind. {@code kill -9} runs no hook: there the workers see
 * their stdin close and exit by themselves ({@link WorkerMain}).
 */
final class Reaper {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final Thread HOOK = new Thread(Reaper::killAll, "breakeven-process-reaper");

    static {
        Runtime.getRuntime().addShutdownHook(HOOK);
    }

    private Reaper() {
    }

    static void register(Process worker) {
        LIVE.add(worker);
    }

    static void unregister(Process worker) {
        LIVE.remove(worker);
    }

    private static void killAll() {
        for (Process p : LIVE) {
            p.destroyForcibly();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (Process p : LIVE) {
            try {
                p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
