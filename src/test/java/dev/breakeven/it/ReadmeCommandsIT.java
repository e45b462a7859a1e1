package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands work as written. README.md is read when the test runs and every
 * {@code java -jar target/breakeven.jar ...} or {@code breakeven ...} line in it ({@link ReadmeCommands}) is
 * run by bash, with {@code breakeven} on the PATH and {@code target/breakeven.jar} in the working folder,
 * and must exit 0 and print a line that shows it did its job. Commands are matched by what they say, so the
 * README can be rewritten freely; a command that fails is named in the failure.
 *
 * <p>What is run and how:
 * <ul>
 *   <li>Run as written: help and version, {@code tasks}, {@code recommend}, {@code report} and
 *       {@code compare} (on the committed example runs, see below), and {@code jmh} when it states its own
 *       short iterations ({@code -i} and {@code -r}), like the README's plain-JMH line.
 *   <li>{@code run} would start a sweep of minutes to hours: {@code --dry-run} is appended, which plans it
 *       (parsing every option) and stops.
 *   <li>{@code jmh} without its own iteration settings would run JMH's defaults (minutes): {@code -l} is
 *       appended, which parses every option and lists the benchmarks it would run.
 *   <li>Placeholders for run folders ({@code RUN_DIR}, {@code RUN_A}, {@code RUN_B}, {@code results/<run>},
 *       and globs like {@code results/laptop-*}) stand for two committed runs from
 *       {@code src/test/resources/report/runs}, copied to {@code results/laptop-example} and
 *       {@code results/server-example}. A command with any other placeholder ({@code SIZE},
 *       {@code [MINUTES]}, {@code <x>}, {@code ...}) cannot run as written; it is parsed only: its subcommand
 *       must exist and its help must list every option it uses.
 *   <li>The example plug-in's jar ({@code examples/my-task/target/my-task.jar}) is built as its README says
 *       ({@link ExampleTask}) and linked at the same place.
 * </ul>
 */
class ReadmeCommandsIT {

    private static final Path README = Path.of("README.md");
    private static final Path EXAMPLE_RUNS = Path.of("src", "test", "resources", "report", "runs");
    private static final String RUN_A = "results/laptop-example";
    private static final String RUN_B = "results/server-example";
    /** A word (or an option's value) in capitals, like SIZE or N; something in angle or square brackets; dots. */
    private static final Pattern OTHER_PLACEHOLDER =
            Pattern.compile("(?:^|[ =])[A-Z][A-Z0-9_]*(?=$| )|<[^>]+>|\\[[^\\]]*\\]|\\.\\.\\.|…");

    /** A line each command prints when it did its job, by subcommand. */
    private static final Map<String, Pattern> SHOWS = Map.of(
            "tasks", Pattern.compile("arithmetic"),
            "recommend", Pattern.compile("workers"),
            "report", Pattern.compile("(?m)^wrote .*index\\.html"),
            "compare", Pattern.compile("(?m)^wrote .*index\\.html"),
            "run", Pattern.compile("(?m)^Plan: \\d+ points"),
            "jmh", Pattern.compile("BatchBenchmark|Usage: java -jar"),
            "help", Pattern.compile("Usage:"),
            "--help", Pattern.compile("Usage:"),
            "--version", Pattern.compile("breakeven"));

    @TempDir
    static Path work;

    @BeforeAll
    static void aFolderLikeAUsersCheckout() throws IOException, InterruptedException {
        Files.createDirectories(work.resolve("target"));
        Files.createSymbolicLink(work.resolve("target/breakeven.jar"), Breakeven.jar().toAbsolutePath());
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path launcher = bin.resolve("breakeven");
        Files.writeString(launcher, "#!/bin/sh\nexec java -jar '" + Breakeven.jar().toAbsolutePath() + "' \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        copy(EXAMPLE_RUNS.resolve("laptop"), work.resolve(RUN_A));
        copy(EXAMPLE_RUNS.resolve("laptop-rerun"), work.resolve(RUN_B));
        // files of the checkout that README commands name, at the same place as in a checkout
        copy(Path.of("src/test/resources/foreign"), work.resolve("src/test/resources/foreign"));
        copy(Path.of("examples/command"), work.resolve("examples/command"));
        Path example = work.resolve("examples/my-task/target/my-task.jar");
        Files.createDirectories(example.getParent());
        Files.createSymbolicLink(example, ExampleTask.jar());
    }

    @Test
    void commandsAreFoundInFencedBlocksAndInlineCode() {
        String readme = "# x\n\n```bash\n./run-benchmarks.sh   # not breakeven\njava -jar target/breakeven.jar compare \\\n"
                + "  a b   # two runs\n```\n\nThen `breakeven tasks` lists, `breakeven` is the tool, and (`breakeven jmh X\n"
                + "  -p a=1`) wraps.\n";
        assertThat(ReadmeCommands.in(readme)).containsExactly("java -jar target/breakeven.jar compare a b",
                "breakeven tasks", "breakeven jmh X -p a=1");
        assertThat(Stream.of("run --leave-cores N", "run --wait-idle [MINUTES]", "report results/<run>/x",
                "run --payload=SIZE", "compare ...")).allMatch(ReadmeCommandsIT::hasPlaceholder);
        assertThat(Stream.of("jmh BatchBenchmark -p task=arithmetic -wi 1 -w 100ms", "run --profile quick --label"
                + " laptop", "recommend --task-memory 2g")).noneMatch(ReadmeCommandsIT::hasPlaceholder);
    }

    @TestFactory
    Stream<DynamicTest> everyCommandInTheReadmeWorks() throws IOException {
        List<String> commands = ReadmeCommands.in(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(commands).as("breakeven commands in README.md").isNotEmpty();
        return commands.stream().map(c -> dynamicTest(c, () -> check(c)));
    }

    private static void check(String readmeCommand) throws Exception {
        String line = withExampleRuns(readmeCommand);
        String args = ReadmeCommands.arguments(line);
        String sub = args.split(" ")[0];
        if (hasPlaceholder(args)) {
            parseOnly(readmeCommand, sub, args);
            return;
        }
        List<String> words = Arrays.asList(args.split(" "));
        if (sub.equals("run") && !words.contains("--dry-run")) {
            line += " --dry-run";
        } else if (sub.equals("jmh") && !(words.contains("-i") && words.contains("-r"))
                && Stream.of("-h", "--help", "-l", "-lp").noneMatch(words::contains)) {
            line += " -l";
        }
        Shell r = shell(line);
        if (r.exitCode != 0) {
            fail("README command `" + readmeCommand + "` (run as `" + line + "`) exited " + r.exitCode
                    + "\nstdout:\n" + tail(r.out) + "\nstderr:\n" + tail(r.err));
        }
        Pattern shows = SHOWS.getOrDefault(sub, Pattern.compile("\\S"));
        assertThat(shows.matcher(r.out).find()).as("README command `%s` (run as `%s`) printed %s%nstdout:%n%s",
                readmeCommand, line, shows, tail(r.out)).isTrue();
    }

    static boolean hasPlaceholder(String args) {
        return OTHER_PLACEHOLDER.matcher(args).find();
    }

    /** The run-folder placeholders and globs, pointed at the committed example runs. */
    private static String withExampleRuns(String command) {
        return command.replaceAll("results/<[^>]+>|\\bRUN_DIR\\b|\\bRUN_A\\b|results/laptop-\\*", RUN_A)
                .replaceAll("\\bRUN_B\\b|results/server-\\*", RUN_B);
    }

    /** For a command that cannot run as written: the subcommand exists and its help lists each option used. */
    private static void parseOnly(String readmeCommand, String sub, String args) throws Exception {
        String help = "breakeven " + sub + (sub.equals("jmh") ? " -h" : " --help");
        Shell r = shell(help);
        assertThat(r.exitCode).as("README command `%s` (parsed only: placeholders): `%s` exited %d%n%s",
                readmeCommand, help, r.exitCode, tail(r.err)).isZero();
        for (String word : args.split(" ")) {
            if (word.startsWith("-")) {
                String option = word.replaceFirst("=.*", "");
                assertThat(r.out).as("README command `%s` (parsed only: placeholders) uses %s; `%s` lists no such"
                        + " option", readmeCommand, option, help).contains(option);
            }
        }
    }

    private record Shell(int exitCode, String out, String err) {
    }

    private static Shell shell(String line) throws IOException, InterruptedException {
        Path out = Files.createTempFile("readme-out", ".txt");
        Path err = Files.createTempFile("readme-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).directory(work.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
            pb.environment().put("PATH", work.resolve("bin") + ":" + javaBin + ":" + System.getenv("PATH"));
            // Tests may overlap with a developer's own JMH run on this machine (as in Breakeven.command).
            pb.environment().put("JAVA_TOOL_OPTIONS", "-Djmh.ignoreLock=true");
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("`" + line + "` did not finish in 5 minutes");
            }
            return new Shell(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String tail(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
