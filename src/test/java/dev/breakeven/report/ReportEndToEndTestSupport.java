package dev.breakeven.report;

import java.nio.file.Path;

/** Test resources for tests outside this package. */
public final class ReportEndToEndTestSupport {

    private ReportEndToEndTestSupport() {
    }

    public static Path resource(String name) {
        return ReportEndToEndTest.resource(name);
    }
}
