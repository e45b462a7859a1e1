package dev.breakeven.tasks.command;

import java.io.IOException;
import java.util.Arrays;

/**
 * What starting one process costs on this machine: the median time of {@code /bin/sh -c true}, started the
 * way every task of a command is. Each task pays it before its own work starts, under every strategy, so it
 * is the command's dispatch overhead: work much shorter than this cannot gain from more workers.
 */
public final class ProcessStartCost {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    private ProcessStartCost() {
    }

    /** The median of {@value #RUNS} starts of {@code /bin/sh -c true}, in nanoseconds. */
    public static long measureNanos() throws IOException, InterruptedException {
        long[] nanos = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(CommandTask.SHELL, "-c", "true")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos[RUNS / 2];
    }
}
