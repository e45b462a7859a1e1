package dev.breakeven.sweep;

/** Bad input from the user: the message is one line naming the input and the fix; no stack trace. */
public final class SweepInputException extends Exception {

    public SweepInputException(String message) {
        super(message);
    }
}
