package dev.breakeven.cli;

import dev.breakeven.strategies.Availability;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.tasks.TaskType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the task catalogue and the strategies, with what each stands for. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = {"Lists the task catalogue (name, kind, weight unit, named weights, what it stands for)"
                + " and the parallel strategies, with whether this JVM can run each; with --task-jar, your own"
                + " tasks after the catalogue's."},
        footer = {"", "Example:", "  breakeven tasks --task-jar examples/my-task/target/my-task.jar"})
final class TasksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = TaskJars.OPTION, paramLabel = "JAR",
            description = "Also list the plug-in tasks of this jar (see examples/my-task/); repeatable.")
    List<Path> taskJars = new ArrayList<>();

    @Override
    public Integer call() {
        TaskJars.install(taskJars);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Tasks (weights are work units, not time: every machine runs the same work)");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "kind", "unit", "trivial / light / medium / heavy", "stands for"});
        for (TaskType t : TaskType.all()) {
            String weights = t.weights().asMap().values().stream().map(w -> String.format("%,d", w))
                    .collect(Collectors.joining(" / "));
            rows.add(new String[] {t.id(), t.kind().label(), t.unit(), weights, t.standsFor()});
        }
        int[] width = new int[4];
        rows.forEach(r -> {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        });
        String format = "  %-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %-" + width[3] + "s  %s%n";
        rows.forEach(r -> out.printf(format, (Object[]) r));
        List<String> plugins = TaskType.all().stream().filter(t -> !t.inCatalogue()).map(TaskType::id).toList();
        if (!plugins.isEmpty()) {
            out.println("Your own tasks (from --task-jar): " + String.join(", ", plugins));
        }
        out.println();
        out.println("Strategies (how one batch of tasks is spread over p workers)");
        for (StrategyType s : StrategyType.all()) {
            Availability a = s.availability();
            out.printf("  %-18s %s%s%n", s.id(), s.description(), a.available() ? "" : "  [unavailable: "
                    + a.reason() + "]");
        }
        return 0;
    }
}
