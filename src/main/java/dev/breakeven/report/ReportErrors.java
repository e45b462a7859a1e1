package dev.breakeven.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * How the report commands end: 0 when written; bad input as one line naming the file and the problem, exit
 * code 2; a folder that cannot be written as one line with the fix, exit code 1.
 */
final class ReportErrors {

    /** The work of a report command: writes its output, prints what it wrote. */
    @FunctionalInterface
    interface Work {
        void run() throws ReportInputException, IOException;
    }

    private ReportErrors() {
    }

    static int exitCode(String command, Path output, PrintWriter out, PrintWriter err, Work work) {
        try {
            work.run();
            out.flush();
            return 0;
        } catch (ReportInputException e) {
            err.println("breakeven " + command + ": " + e.getMessage());
            err.flush();
            return 2;
        } catch (IOException e) {
            err.println("breakeven " + command + ": cannot write under " + output + ": " + e.getMessage()
                    + " — check that the folder is writable and the disk not full");
            err.flush();
            return 1;
        }
    }
}
