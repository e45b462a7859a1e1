package dev.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandHelpTest {

    @Test
    void reportHelpDescribesOutputsAndShowsExamples() {
        Cli cli = Cli.run(new ReportCommand(), "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: report").contains("RUN_DIR_OR_JMH_JSON").contains("-o, --output=DIR")
                .contains("Examples:").contains("breakeven report results/").contains("summary.md")
                .contains("Exit codes:");
        assertThat(cli.out().replaceAll("\\s+", " ")).contains("plot, relative to the current directory")
                .contains("--workers-param=NAME").contains("--weight-param=NAME").contains("--strategy-param=NAME")
                .contains("--baseline=NAME");
        // what a script needs: which exit code means bad input (and which means a failed write)
        assertThat(cli.out().substring(cli.out().indexOf("Exit codes:")))
                .containsPattern("(?m)^\\s*0\\s+reports written")
                .containsPattern("(?m)^\\s*1\\s+reports could not be written")
                .containsPattern("(?m)^\\s*2\\s+bad input");
    }

    @Test
    void compareHelpShowsExamples() {
        Cli cli = Cli.run(new CompareCommand(), "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("RUN_A").contains("RUN_B").contains("Mann–Whitney").contains("Examples:")
                .contains("--workers-param=NAME").contains("--baseline=NAME");
    }

    @Test
    void missingArgumentsAreAUsageErrorWithExitTwo() {
        Cli cli = Cli.run(new CompareCommand(), "only-one");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required parameter");
    }
}
