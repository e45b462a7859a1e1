package dev.breakeven.tasks.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The most memory a command held, for the memory gate when the user does not state it: the peak resident set
 * ({@code VmHWM} in {@code /proc/PID/status}, Linux) of the process plus its descendants, read while it runs,
 * every millisecond at first and every 20 ms later. 0 where {@code /proc} cannot be read (not Linux).
 */
final class PeakMemory {

    private static final long MAX_POLL_MILLIS = 20;

    private PeakMemory() {
    }

    /** Waits for {@code process} to end and returns the largest total peak resident set seen, in bytes. */
    static long whileWaitingFor(Process process) throws InterruptedException {
        long peak = 0;
        long poll = 1;
        do {
            long now = peakOf(process.pid()) + process.descendants().mapToLong(h -> peakOf(h.pid())).sum();
            peak = Math.max(peak, now);
            poll = Math.min(MAX_POLL_MILLIS, poll * 2);
        } while (!process.waitFor(poll, TimeUnit.MILLISECONDS));
        return peak;
    }

    /** The peak resident set of process {@code pid} so far, in bytes, or 0 if it is gone or unknown. */
    static long peakOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // gone already, or no /proc here: nothing to add
        }
        return 0;
    }
}
