package dev.breakeven.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The heap flags of every benchmark fork: its {@code -Xmx} ({@code --fork-heap}), and a heap whose pages are
 * touched before the benchmark starts ({@code -XX:+AlwaysPreTouch}) on a small initial heap ({@value
 * #INITIAL_MEGABYTES} MiB, or the maximum heap where that is smaller).
 *
 * <p>Why: G1 starts with a young generation of about 12 MB and, after a few collections, grows it to about 224
 * MB inside memory the JVM has reserved but never touched. The task then allocates into fresh pages, and the
 * kernel faults each in (zeroed) on first use, until the next collection starts reusing them. On the 2-core build
 * machine, ensemble at 20 steps ran its loop at 290–300 µs a batch from 0.5 s to 1.2 s into every fork, and at 244
 * µs from the collection at 1.2 s on; quick measures from 0.4 s to 0.6 s, so it timed the page faults, not the
 * task (its loop read 15–16 µs a time step where a longer measurement reads 12.9). With the heap touched up front,
 * the loop ran at 244 µs from its fourth warm-up iteration on. The parallel arm allocates too, at its own pace, so
 * the bias did not cancel in the speedup. Touching a 128 MiB initial heap adds about 0.06 s to a fork's start
 * ({@code java -version}: 0.10 s against 0.035 s; the default initial heap, 1/64 of the machine's memory, took
 * 0.15 s here and would take seconds on a big server; 64 MiB took 0.03 s but collected every 80 ms); the heap
 * still grows to its maximum as a task needs, and G1 touches what it adds.
 *
 * <p>On Linux the heap is also backed by transparent huge pages ({@code -XX:+UseTransparentHugePages}, 2 MiB
 * pages where the kernel allows them: {@code madvise} or {@code always} in
 * {@code /sys/kernel/mm/transparent_hugepage/enabled}; with {@code never} the JVM warns once in the fork's log and
 * uses small pages). A fork then takes about 60 page faults to touch its heap instead of 32,768. On the 2-core
 * build machine, one evening when a 4 KiB page fault cost 10–11 µs (the host's, invisible to the guest), touching
 * 128 MiB took 0.33 s against 0.12 s with huge pages, and a quick-shaped fork cost 0.99 s beyond its iterations
 * against 0.69 s (4 forks each, twice). The flag exists only in Linux JVMs: elsewhere it would stop the fork.
 *
 * <p>When the user sizes the heap ({@code -- -jvmArgsAppend -Xms…/-Xmx…}), no {@code -Xms} is added: the user's
 * flags come first in the fork's command line, so ours would override theirs (and an {@code -Xms128m} after
 * their {@code -Xmx64m} would stop the JVM). Their own page-size flags ({@code UseTransparentHugePages},
 * {@code UseLargePages}) are left alone the same way.
 */
final class ForkHeap {

    static final long INITIAL_MEGABYTES = 128;
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    private ForkHeap() {
    }

    /** The flags, in order, for a fork on this machine's operating system ({@link #flags(long, List, boolean)}). */
    static List<String> flags(long forkHeapBytes, List<String> userJvmArgs) {
        return flags(forkHeapBytes, userJvmArgs, System.getProperty("os.name", "").startsWith("Linux"));
    }

    /**
     * The flags, in order.
     *
     * @param forkHeapBytes {@code --fork-heap}, 0 for the JVM's default maximum
     * @param userJvmArgs the user's own JMH {@code -jvmArgs}/{@code -jvmArgsAppend}
     * @param linux whether the fork's JVM runs on Linux, the only JVMs that know transparent huge pages
     */
    static List<String> flags(long forkHeapBytes, List<String> userJvmArgs, boolean linux) {
        List<String> flags = new ArrayList<>();
        long maxMegabytes = forkHeapBytes / (1024 * 1024);
        if (forkHeapBytes > 0) {
            flags.add("-Xmx" + maxMegabytes + "m");
        }
        boolean userSized = userJvmArgs.stream().anyMatch(a -> a.startsWith("-Xms") || a.startsWith("-Xmx")
                || a.startsWith("-XX:InitialHeapSize") || a.startsWith("-XX:MaxHeapSize"));
        if (!userSized) {
            flags.add("-Xms" + (forkHeapBytes > 0 ? Math.min(INITIAL_MEGABYTES, maxMegabytes) : INITIAL_MEGABYTES) + "m");
        }
        flags.add("-XX:+AlwaysPreTouch");
        boolean userPaged = userJvmArgs.stream().anyMatch(a -> a.contains("UseTransparentHugePages")
                || a.contains("UseLargePages"));
        if (linux && !userPaged) {
            flags.add(HUGE_PAGES);
        }
        return flags;
    }
}
