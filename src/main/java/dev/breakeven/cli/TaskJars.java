package dev.breakeven.cli;

import dev.breakeven.tasks.TaskPlugins;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code --task-jar}: the jars of plug-in tasks, handed to {@link TaskPlugins} through its system property
 * before anything asks for the task list, as absolute paths (the forks and workers may start elsewhere).
 */
final class TaskJars {

    static final String OPTION = "--task-jar";

    private TaskJars() {
    }

    /** Sets {@value TaskPlugins#PROPERTY} to {@code jars}; nothing when none is given. */
    static void install(List<Path> jars) {
        if (!jars.isEmpty()) {
            System.setProperty(TaskPlugins.PROPERTY, jars.stream().map(j -> j.toAbsolutePath().normalize().toString())
                    .collect(Collectors.joining(File.pathSeparator)));
        }
    }

    /** {@code args} with the value of every {@code --task-jar} made absolute. */
    static List<String> absolute(List<String> args) {
        List<String> out = new ArrayList<>(args);
        for (int i = 0; i < out.size(); i++) {
            String a = out.get(i);
            if (a.equals("--")) {
                break;
            }
            if (a.equals(OPTION) && i + 1 < out.size()) {
                out.set(i + 1, absolute(out.get(i + 1)));
            } else if (a.startsWith(OPTION + "=")) {
                out.set(i, OPTION + "=" + absolute(a.substring(OPTION.length() + 1)));
            }
        }
        return List.copyOf(out);
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize().toString();
    }
}
