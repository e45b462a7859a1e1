package dev.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code breakeven jmh ...} is JMH's command line: from a shell {@link Main#main} hands the arguments over
 * before picocli sees them (checked end to end by ReadmeCommandsIT); in-process, picocli passes JMH's options
 * through as they are instead of rejecting them.
 */
class JmhCommandTest {

    @Test
    void jmhOptionsReachJmhInTheOrderTyped() {
        List<String> typed = List.of("BatchBenchmark", "-p", "task=arithmetic", "-p", "strategy=sequential,fixed-pool",
                "-wi", "1", "-w", "100ms", "-h", "-rf", "json");
        CommandLine cmd = Main.commandLine();

        cmd.parseArgs(Stream.concat(Stream.of("jmh"), typed.stream()).toArray(String[]::new));

        JmhCommand jmh = cmd.getSubcommands().get("jmh").getCommand();
        assertThat(jmh.args).containsExactlyElementsOf(typed);
    }

    @Test
    void helpSaysWhereJmhsOwnOptionsAre() {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));

        assertThat(cmd.execute("help", "jmh")).isZero();

        assertThat(out.toString()).contains("Usage: breakeven jmh [JMH_ARGS...]")
                .contains("'breakeven jmh -h' lists JMH's options").contains("unchanged");
    }

    @Test
    void pluginJarsJoinTheForksOwnJvmOptions() {
        List<String> own = new java.util.ArrayList<>(List.of("BatchBenchmark", "-jvmArgsAppend", "-Xmx2g", "-f", "1"));
        JmhCommand.appendJvmArgs(own, List.of("-Dbreakeven.task-jars=/x/my-task.jar"));
        assertThat(own).containsExactly("BatchBenchmark", "-jvmArgsAppend", "-Xmx2g -Dbreakeven.task-jars=/x/my-task.jar",
                "-f", "1");

        List<String> none = new java.util.ArrayList<>(List.of("BatchBenchmark"));
        JmhCommand.appendJvmArgs(none, List.of("-Dbreakeven.task-jars=/x/my-task.jar"));
        assertThat(none).containsExactly("BatchBenchmark", "-jvmArgsAppend", "-Dbreakeven.task-jars=/x/my-task.jar");
    }
}
