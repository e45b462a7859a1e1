package dev.breakeven.strategies.process;

/**
 * An exception thrown in a worker JVM, rebuilt in the parent: it prints as the original (its class name,
 * message, stack trace and causes), because the original class may not even be loadable here.
 */
public final class RemoteException extends Exception {

    private final String className;

    RemoteException(String className, String message, StackTraceElement[] trace, RemoteException cause) {
        super(message, cause, false, true);
        this.className = className;
        setStackTrace(trace);
    }

    /** Fully qualified name of the exception's class in the worker, e.g. {@code java.lang.IllegalStateException}. */
    public String className() {
        return className;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? className : className + ": " + message;
    }
}
