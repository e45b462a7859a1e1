package dev.breakeven.strategies.process;

import java.io.IOException;

/** A worker JVM exited or broke its pipe: says how it ended and what it last wrote to stderr. */
public final class WorkerDiedException extends IOException {

    private final String stderrTail;

    WorkerDiedException(String what, String stderrTail, Throwable cause) {
        super(what + "; last stderr of the worker:\n" + stderrTail, cause);
        this.stderrTail = stderrTail;
    }

    /** The last lines the worker wrote to stderr, or {@code (nothing on stderr)}. */
    public String stderrTail() {
        return stderrTail;
    }
}
