package dev.breakeven.tasks.command;

import java.util.BitSet;

/**
 * The {@code {worker}} number of a running task: the lowest number no other running task of this JVM holds,
 * so with p workers the numbers are 0 to p-1 and no two tasks running at once share one, whatever the strategy
 * (threads, virtual threads, a loop). A process-pool worker JVM runs one task at a time and is its pool's
 * worker number (from {@code -Dbreakeven.worker=POOL/NUMBER}, counted from 1), less one.
 */
final class WorkerSlots {

    /** Set on every process-pool worker JVM's command line: {@code POOL_ID/NUMBER}. */
    static final String WORKER_PROPERTY = "breakeven.worker";

    private final BitSet taken = new BitSet();
    private final int processWorker;

    WorkerSlots() {
        this.processWorker = processWorker(System.getProperty(WORKER_PROPERTY));
    }

    /** The worker number of a process-pool worker JVM whose marker is {@code marker}, or -1 elsewhere. */
    static int processWorker(String marker) {
        if (marker == null || !marker.matches(".*/[1-9][0-9]*")) {
            return -1;
        }
        return Integer.parseInt(marker.substring(marker.lastIndexOf('/') + 1)) - 1;
    }

    synchronized int take() {
        int slot = taken.nextClearBit(0);
        taken.set(slot);
        return processWorker >= 0 ? processWorker + slot : slot;
    }

    synchronized void release(int worker) {
        taken.clear(processWorker >= 0 ? worker - processWorker : worker);
    }
}
