package dev.breakeven.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakeven.sweep.MachineFacts;
import dev.breakeven.sweep.Profile;
import dev.breakeven.sweep.RunDirectory;
import dev.breakeven.sweep.SweepInputException;
import dev.breakeven.sweep.SweepLauncher;
import dev.breakeven.sweep.SweepInput;
import dev.breakeven.sweep.SweepOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code breakeven run}: the sweep over tasks, weights, strategies and worker counts. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures every planned point (task x weight x strategy x workers) with JMH: several"
                + " forks per point, sequential and parallel forks interleaved, more forks where the answer is still"
                + " undecided, all inside the profile's time budget. results.json (JMH's JSON) and machine.json are rewritten after every point, so"
                + " an interrupted sweep keeps what it measured; continue it with --resume."},
        footer = {"", "Anything after -- goes to JMH for every point:",
                "  breakeven run -- -prof gc -jvmArgsAppend -XX:+UseParallelGC",
                "", "Examples:",
                "  breakeven run --profile quick --label laptop",
                "  breakeven run --tasks arithmetic,ensemble --workers 1,2,4,8",
                "  breakeven run --command 'python3 regrid.py --member {index} --size {weight}' --weights 10,100,1000",
                "  breakeven run --leave-cores 8 --max-memory 32g --wait-idle 20",
                "  breakeven run --profile standard --dry-run --cores 40   (plan tonight's server run)",
                "  breakeven run --profile full --budget 45m",
                "  breakeven run --resume results/laptop-myhost-20261125-101500"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "standard",
            description = "quick (minutes), standard (default; under half an hour on a laptop), full (a night"
                    + " on a server).")
    String profile;

    @Option(names = "--label", paramLabel = "TEXT",
            description = "Name of this machine in results and charts, e.g. laptop or server (default: host name).")
    String label;

    @Option(names = "--tasks", split = ",", paramLabel = "TASK", description = "Only these tasks (see 'breakeven tasks').")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--command", paramLabel = "TEMPLATE",
            description = "Measure a command of your own (any language) instead of the catalogue: one process per"
                    + " task, run with /bin/sh -c, with {index}, {weight} and {worker} (0 to p-1) replaced; exit"
                    + " status 0 is success. Needs --weights (numbers).")
    String command;

    @Option(names = "--task-memory", paramLabel = "SIZE",
            description = "With --command: memory one command holds, e.g. 2g, for the memory gate (default: the"
                    + " peak measured in the check run).")
    String taskMemory;

    @Option(names = "--strategies", split = ",", paramLabel = "STRATEGY", description = "Only these strategies.")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--weights", split = ",", paramLabel = "WEIGHT",
            description = "Weights to run: names (trivial, light, medium, heavy) or numbers in the task's unit.")
    List<String> weights = new ArrayList<>();

    @Option(names = "--workers", split = ",", paramLabel = "P", description = "Exact worker counts, e.g. 1,2,4.")
    List<Integer> workers = new ArrayList<>();

    @Option(names = "--max-workers", paramLabel = "P",
            description = "Largest worker count (default: 2 x cores for CPU/memory tasks, 8 x cores for I/O).")
    int maxWorkers;

    @Option(names = "--batch", paramLabel = "TASKS", description = "Tasks per JMH operation (default: the profile's).")
    int batch;

    @Option(names = "--budget", paramLabel = "TIME",
            description = "Time the sweep may take, e.g. 45m or 1h30m (default: the profile's: quick 4m20s,"
                    + " standard 27m, full 8h). The first pass is fitted into it; the rest goes to undecided points.")
    String budget;

    @Option(names = "--forks", paramLabel = "N",
            description = "Forks (JVM runs) every point gets in the first pass (default: the profile's, 3 or 5).")
    int forks;

    @Option(names = "--cores", paramLabel = "N",
            description = "With --dry-run: plan for a machine of N cores, e.g. tonight's server run from a laptop.")
    int cores;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder that gets one sub-folder per run (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Continue an interrupted run with its own settings: no point repeated, none lost.")
    Path resume;

    @Option(names = "--jvm", paramLabel = "JAVA",
            description = "Java binary for the benchmark forks, e.g. a JDK 21+ for virtual threads.")
    String jvm;

    @Option(names = "--fork-heap", paramLabel = "SIZE", description = "-Xmx of every fork, e.g. 2g or 512m.")
    String forkHeap;

    @Option(names = "--check", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run each task once, alone, before the sweep, and stop if one fails (default: on;"
                    + " --no-check skips it).")
    boolean check;

    @Option(names = "--task-jar", paramLabel = "JAR",
            description = "A jar of your own tasks (dev.breakeven.api.TaskPlugin, see examples/my-task/): they run"
                    + " like the catalogue's; repeat for several jars. --resume finds them again.")
    List<Path> taskJars = new ArrayList<>();

    @Option(names = "--task-timeout", paramLabel = "TIME", defaultValue = "2m",
            description = "How long one task (one index) of a plug-in may run before it counts as hung, e.g. 30s"
                    + " or 10m (default: ${DEFAULT-VALUE}): the check stops there, a measured fork is killed and"
                    + " its point fails; the sweep goes on.")
    String taskTimeout;

    @Option(names = "--force", description = "Run points even when workers x task memory cannot fit.")
    boolean force;

    @Option(names = "--leave-cores", paramLabel = "N", defaultValue = "0",
            description = "Leave N logical cores to colleagues: worker counts stop at cores - N.")
    int leaveCores;

    @Option(names = "--max-memory", paramLabel = "SIZE",
            description = "Plan at most this much memory for the sweep's points, e.g. 8g (default: what is free).")
    String maxMemory;

    @Option(names = "--wait-idle", paramLabel = "MINUTES", arity = "0..1", fallbackValue = "30", defaultValue = "0",
            description = "If other processes keep the machine busy, wait up to MINUTES (default 30) for it to calm.")
    int waitIdle;

    @Option(names = "--payload", paramLabel = "SIZE",
            description = "Data sent with every task to process-pool workers, e.g. 64k: shows what pickling"
                    + " arguments costs (default: none, the fixed arguments are bound once).")
    String payload;

    @Option(names = "--dry-run", description = "Print the plan (points per task, weights, strategies, workers)"
            + " and its estimated duration, and stop, writing nothing.")
    boolean dryRun;

    @Option(names = "--verbose", description = "Show JMH's own output for every point.")
    boolean verbose;

    @Option(names = "--inject-failure", paramLabel = "TASK:INDEX", hidden = true,
            description = "Make one task index throw, to see how failures are reported.")
    String injectFailure;

    @Option(names = "--record-run-dir", paramLabel = "FILE", hidden = true,
            description = "Write the run directory's path to FILE (used by run-benchmarks.sh).")
    Path recordRunDir;

    @CommandLine.Mixin
    SparkOptions spark = new SparkOptions();

    @Parameters(arity = "0..*", paramLabel = "JMH_OPTION", description = "JMH options after --, for every point.")
    List<String> jmh = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        MachineFacts facts = new MachineFacts();
        SweepLauncher launcher = new SweepLauncher(facts, System.out);
        SweepLauncher.Finished finished;
        if (resume != null) {
            RunCommand original = originalCommand(resume);
            if (!taskJars.isEmpty()) { // the plug-in moved: the jars given now replace the stored ones
                original.taskJars = taskJars;
            }
            original.installTaskJars();
            original.verbose |= verbose;
            original.dryRun = false;
            finished = launcher.resume(resume, original.options());
        } else {
            installTaskJars();
            finished = launcher.start(options());
        }
        if (finished.dir() == null) {
            return 0;
        }
        if (recordRunDir != null) {
            Files.writeString(recordRunDir, finished.dir().toString());
        }
        out.printf("Done: %d points in %s%s%n", finished.points(), finished.dir().resolve(RunDirectory.RESULTS),
                finished.problems() == 0 ? "" : " (" + finished.problems()
                        + " failed or skipped: see machine.json and logs/)");
        out.flush();
        return CommandFailures.in(finished.dir()).map(failure -> {
            spec.commandLine().getErr().println("breakeven: " + failure);
            return 1;
        }).orElse(0);
    }

    /** The run command as it was given when {@code dir} was started, from its machine.json. */
    private static RunCommand originalCommand(Path dir) throws SweepInputException, IOException {
        Path machine = dir.resolve(RunDirectory.MACHINE);
        if (!Files.isRegularFile(machine)) {
            throw new SweepInputException("--resume " + dir + " is not a breakeven run: it has no "
                    + RunDirectory.MACHINE + " (give a folder under results/ that a sweep created)");
        }
        JsonNode arguments;
        try {
            arguments = new ObjectMapper().readTree(machine.toFile()).path("arguments");
        } catch (IOException e) {
            throw new SweepInputException("--resume " + dir + ": " + RunDirectory.MACHINE + " is not valid JSON");
        }
        List<String> args = new ArrayList<>();
        arguments.forEach(a -> args.add(a.asText()));
        RunCommand original = new RunCommand();
        CommandLine cmd = new CommandLine(original);
        try {
            cmd.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new SweepInputException("--resume " + dir + ": its stored arguments no longer parse ("
                    + e.getMessage() + ")");
        }
        original.spec = cmd.getCommandSpec();
        return original;
    }

    /** Makes the tasks of {@code --task-jar} known to this JVM and to every JVM the sweep starts. */
    void installTaskJars() {
        TaskJars.install(taskJars);
    }

    /**
     * The arguments given to {@code run} itself (without the leading command name), for --resume; the jars of
     * {@code --task-jar} as absolute paths, so a resume from another folder finds them.
     */
    private List<String> ownArguments() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        List<String> args = new ArrayList<>(parsed == null ? List.of() : parsed.originalArgs());
        int own = args.indexOf(spec.name());
        return TaskJars.absolute(own >= 0 && !args.subList(0, own).contains("--")
                ? args.subList(own + 1, args.size()) : args);
    }

    SweepOptions options() throws SweepInputException {
        spark.install();
        MachineFacts facts = new MachineFacts();
        List<String> tasks = this.tasks;
        List<String> strategies = this.strategies;
        if (command != null) {
            tasks = CommandTaskInput.install(command, taskMemory, tasks, weights, System.out);
            if (strategies.isEmpty()) {
                // every task is a process of its own: how threads hand it over hardly matters, the loop against a
                // pool of p is the question (name others with --strategies)
                strategies = List.of("sequential", "fixed-pool");
            }
        } else {
            CommandTaskInput.refuseAlone(taskMemory);
        }
        return SweepInput.validate(new SweepInput.Raw(ownArguments(), profile, label, tasks, strategies, weights,
                workers, maxWorkers, batch, forks, budget, cores, results, jvm, forkHeap, check, force, leaveCores,
                maxMemory, waitIdle, payload, dryRun, verbose, injectFailure, jmh, taskTimeout), facts.logicalCores(),
                facts.host());
    }
}
