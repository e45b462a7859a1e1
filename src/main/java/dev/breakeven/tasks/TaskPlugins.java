package dev.breakeven.tasks;

import dev.breakeven.api.TaskPlugin;
import dev.breakeven.tasks.command.CommandPlugin;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plug-in tasks of this JVM: every {@link TaskPlugin} registered in the jars the system property
 * {@value #PROPERTY} names (paths separated by the platform's path separator). {@code --task-jar} sets it in
 * the command's own JVM and passes it on to every JVM a sweep starts, so the JMH forks and the process pools'
 * workers find the same tasks.
 */
public final class TaskPlugins {

    /** The jars to look in, separated by {@link File#pathSeparator}. */
    public static final String PROPERTY = "breakeven.task-jars";

    /** Settings of the command task ({@code --command}) start with this. */
    public static final String COMMAND_PREFIX = "breakeven.command";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private static String loadedFrom;
    private static List<TaskType> loaded = List.of();

    private TaskPlugins() {
    }

    /**
     * The plug-in tasks of the jars in {@value #PROPERTY}, loaded once per value of the property.
     *
     * @throws TaskPluginException when a jar or a task in it cannot be used; its message is one line that
     *                             names the jar and the fix
     */
    public static synchronized List<TaskType> loaded() {
        String jars = System.getProperty(PROPERTY, "");
        String command = System.getProperty(COMMAND_PREFIX);
        String from = jars + (command == null ? "" : "\0" + command);
        if (!from.equals(loadedFrom)) {
            loaded = command == null ? load(jars) : withCommand(load(jars));
            loadedFrom = from;
        }
        return loaded;
    }

    /** The plug-in tasks and, last, the command task of {@code --command} ({@value #COMMAND_PREFIX} is set). */
    private static List<TaskType> withCommand(List<TaskType> plugins) {
        if (plugins.stream().anyMatch(t -> t.id().equals(CommandPlugin.NAME))) {
            throw new TaskPluginException("--task-jar: a plug-in task is named '" + CommandPlugin.NAME
                    + "', the name of the --command task; rename the plug-in's task to use both");
        }
        List<TaskType> tasks = new ArrayList<>(plugins);
        tasks.add(TaskType.of(new CommandPlugin()));
        return List.copyOf(tasks);
    }

    /**
     * The {@code -D} options that give another JVM (a JMH fork, a process pool's worker) the plug-in tasks of
     * this one: {@value #PROPERTY} and every {@code breakeven.command*} setting, as set here.
     */
    public static List<String> jvmArgs() {
        List<String> args = new ArrayList<>();
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(k -> k.equals(PROPERTY) || k.startsWith(COMMAND_PREFIX))
                .forEach(k -> args.add("-D" + k + "=" + System.getProperty(k)));
        return args;
    }

    static List<TaskType> load(String jars) {
        List<TaskType> tasks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        TaskType.catalogue().forEach(t -> names.add(t.id()));
        for (String jar : jars.split(Pattern.quote(File.pathSeparator))) {
            if (!jar.isBlank()) {
                for (TaskPlugin plugin : plugins(Path.of(jar.trim()))) {
                    String name = plugin.name();
                    if (name == null || !NAME.matcher(name).matches()) {
                        throw new TaskPluginException("--task-jar " + jar + ": " + plugin.getClass().getName()
                                + " is named '" + name + "'; name a task with lower-case letters, digits and"
                                + " hyphens, starting with a letter");
                    }
                    if (!names.add(name)) {
                        throw new TaskPluginException("--task-jar " + jar + ": a task named '" + name
                                + "' is already " + (TaskType.catalogue().stream().anyMatch(t -> t.id().equals(name))
                                ? "in the catalogue" : "loaded from another plug-in") + "; give "
                                + plugin.getClass().getName() + " another name");
                    }
                    tasks.add(TaskType.of(plugin));
                }
            }
        }
        return List.copyOf(tasks);
    }

    private static List<TaskPlugin> plugins(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new TaskPluginException("--task-jar " + jar + ": no such file; give the path of the jar your"
                    + " plug-in project builds (e.g. examples/my-task/target/my-task.jar)");
        }
        URL url;
        try {
            url = jar.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new TaskPluginException("--task-jar " + jar + ": not a usable path (" + e.getMessage() + ")");
        }
        ClassLoader loader = new URLClassLoader(new URL[] {url}, TaskPlugins.class.getClassLoader());
        List<TaskPlugin> plugins = new ArrayList<>();
        Iterator<TaskPlugin> it = ServiceLoader.load(TaskPlugin.class, loader).iterator();
        try {
            while (it.hasNext()) {
                plugins.add(it.next());
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new TaskPluginException("--task-jar " + jar + ": a plug-in task cannot be loaded: "
                    + oneLine(e) + "; check META-INF/services/" + TaskPlugin.class.getName()
                    + " names public classes that implement " + TaskPlugin.class.getName()
                    + " with a public no-argument constructor");
        }
        if (plugins.isEmpty()) {
            throw new TaskPluginException("--task-jar " + jar + ": no plug-in task in it; list your task classes in"
                    + " META-INF/services/" + TaskPlugin.class.getName() + " inside the jar");
        }
        return plugins;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    /** A plug-in jar or task that cannot be used; the message is the one-line error for the user. */
    public static final class TaskPluginException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TaskPluginException(String message) {
            super(message);
        }
    }
}
