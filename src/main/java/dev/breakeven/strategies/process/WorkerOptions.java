package dev.breakeven.strategies.process;

import java.util.Arrays;
import java.util.List;

/**
 * How worker JVMs are started and what travels with each task; read from system properties so a sweep can
 * set them in a fork's JVM arguments.
 *
 * @param payloadBytes bytes sent with every task ({@value #PAYLOAD_PROPERTY}, default 0)
 * @param heap         worker {@code -Xmx} ({@value #HEAP_PROPERTY}, default {@value #DEFAULT_HEAP})
 * @param jvmArgs      extra worker JVM options, space-separated ({@value #JVM_ARGS_PROPERTY}, default none)
 * @param prefetch     tasks in flight per worker at first ({@value #PREFETCH_PROPERTY}, default 2: the next
 *                     task waits in the worker's pipe, more while the worker runs dry; 1: each task is sent
 *                     when the last one's checksum is back)
 */
record WorkerOptions(int payloadBytes, String heap, List<String> jvmArgs, int prefetch) {

    static final String PAYLOAD_PROPERTY = "breakeven.process.payload-bytes";
    static final String HEAP_PROPERTY = "breakeven.process.worker-heap";
    static final String JVM_ARGS_PROPERTY = "breakeven.process.worker-jvm-args";
    static final String PREFETCH_PROPERTY = "breakeven.process.prefetch";
    static final String DEFAULT_HEAP = (ProcessPoolStrategy.DEFAULT_WORKER_HEAP_BYTES >> 20) + "m";
    static final int DEFAULT_PREFETCH = 2;

    static final WorkerOptions DEFAULT = new WorkerOptions(0, DEFAULT_HEAP, List.of(), DEFAULT_PREFETCH);

    WorkerOptions {
        if (payloadBytes < 0) {
            throw new IllegalArgumentException("-D" + PAYLOAD_PROPERTY + " must be 0 or more bytes, was "
                    + payloadBytes);
        }
        if (prefetch < 1) {
            throw new IllegalArgumentException("-D" + PREFETCH_PROPERTY + " must be 1 or more tasks, was " + prefetch);
        }
        jvmArgs = List.copyOf(jvmArgs);
    }

    static WorkerOptions fromSystemProperties() {
        int bytes = intProperty(PAYLOAD_PROPERTY, 0, "a number of bytes", "65536");
        String heap = System.getProperty(HEAP_PROPERTY, DEFAULT_HEAP).trim();
        String args = System.getProperty(JVM_ARGS_PROPERTY, "").trim();
        int prefetch = intProperty(PREFETCH_PROPERTY, DEFAULT_PREFETCH, "a number of tasks", "1");
        return new WorkerOptions(bytes, heap, args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+")),
                prefetch);
    }

    private static int intProperty(String name, int fallback, String what, String example) {
        String value = System.getProperty(name, Integer.toString(fallback)).trim();
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + "=" + value + " is not " + what + "; use e.g. -D"
                    + name + "=" + example);
        }
    }

    WorkerOptions withPayloadBytes(int bytes) {
        return new WorkerOptions(bytes, heap, jvmArgs, prefetch);
    }

    WorkerOptions withPrefetch(int tasks) {
        return new WorkerOptions(payloadBytes, heap, jvmArgs, tasks);
    }
}
