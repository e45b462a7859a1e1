package dev.breakeven.tasks.command;

/** The command of one task exited with a non-zero status; the message is one line with the command and stderr. */
public final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How the message starts, so the sweep can find it inside the strategies' wrapping. */
    public static final String PREFIX = "command failed at index ";

    CommandFailedException(int index, int exit, String line, String stderrTail) {
        super(PREFIX + index + " (exit " + exit + "): " + line
                + (stderrTail.isBlank() ? "; it printed nothing on stderr" : "; stderr: " + stderrTail));
    }
}
