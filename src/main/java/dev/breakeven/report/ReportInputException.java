package dev.breakeven.report;

import java.nio.file.Path;

/**
 * An input the report cannot use: a missing or empty file, JSON that is not JMH's, results without a worker
 * dimension, and the like. The message is one line for the user: the file, what is wrong with it, and the
 * fix. The command line prints it and exits with status 2; it never carries a stack trace worth showing.
 */
public final class ReportInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportInputException(String message) {
        super(message, null, false, false);
    }

    /** {@code "FILE: problem — fix"}, the one-line form every input error takes. */
    public static ReportInputException of(Path file, String problem, String fix) {
        return new ReportInputException(file + ": " + problem + " — " + fix);
    }
}
