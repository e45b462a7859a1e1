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
 */
record WorkerOptions(int payloadBytes, String heap, List<String> jvmArgs) {

    static final String PAYLOAD_PROPERTY = "breakeven.process.payload-bytes";
    static final String HEAP_PROPERTY = "breakeven.process.worker-heap";
    static final String JVM_ARGS_PROPERTY = "breakeven.process.worker-jvm-args";
    static final String DEFAULT_HEAP = "256m";

    static final WorkerOptions DEFAULT = new WorkerOptions(0, DEFAULT_HEAP, List.of());

    WorkerOptions {
        if (payloadBytes < 0) {
            throw new IllegalArgumentException("-D" + PAYLOAD_PROPERTY + " must be 0 or more bytes, was "
                    + payloadBytes);
        }
        jvmArgs = List.copyOf(jvmArgs);
    }

    static WorkerOptions fromSystemProperties() {
        String payload = System.getProperty(PAYLOAD_PROPERTY, "0").trim();
        int bytes;
        try {
            bytes = Integer.parseInt(payload.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PAYLOAD_PROPERTY + "=" + payload
                    + " is not a number of bytes; use e.g. -D" + PAYLOAD_PROPERTY + "=65536");
        }
        String heap = System.getProperty(HEAP_PROPERTY, DEFAULT_HEAP).trim();
        String args = System.getProperty(JVM_ARGS_PROPERTY, "").trim();
        return new WorkerOptions(bytes, heap, args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+")));
    }

    WorkerOptions withPayloadBytes(int bytes) {
        return new WorkerOptions(bytes, heap, jvmArgs);
    }

    WorkerOptions withJvmArgs(String... args) {
        return new WorkerOptions(payloadBytes, heap, List.of(args));
    }
}
