package dev.breakeven.cli;

import dev.breakeven.sweep.Sizes;
import dev.breakeven.sweep.SweepInputException;
import dev.breakeven.tasks.command.CommandPlugin;
import dev.breakeven.tasks.command.CommandTemplate;
import dev.breakeven.tasks.command.ProcessStartCost;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code run --command TEMPLATE}: checks the template and the options that go with it, and sets the command
 * task's settings ({@link CommandPlugin}'s system properties, which every JVM of the sweep gets), including
 * the process start cost measured here.
 */
final class CommandTaskInput {

    private CommandTaskInput() {
    }

    /**
     * Installs the command task for {@code template}; returns the tasks the sweep measures: just it.
     *
     * @param taskMemory {@code --task-memory} as typed, or null to measure the check run's peak
     */
    static List<String> install(String template, String taskMemory, List<String> tasks, List<String> weights,
            PrintStream out) throws SweepInputException {
        CommandTemplate command;
        try {
            command = CommandTemplate.of(template);
        } catch (IllegalArgumentException e) {
            throw new SweepInputException(e.getMessage());
        }
        if (tasks.stream().anyMatch(t -> !t.equals(CommandPlugin.NAME))) {
            throw new SweepInputException("--tasks " + String.join(",", tasks) + " cannot go with --command, which"
                    + " measures only your command; leave --tasks out, or run the catalogue's tasks separately");
        }
        if (weights.size() < 2 || weights.stream().anyMatch(w -> !w.matches("[1-9][0-9]{0,17}"))) {
            throw new SweepInputException("--command needs --weights: two or more positive whole numbers for"
                    + " {weight}, e.g. --weights 10,100,1000 (got " + (weights.isEmpty() ? "none"
                    : String.join(",", weights)) + ")");
        }
        if (weights.stream().distinct().count() < 2) {
            throw new SweepInputException("--weights " + String.join(",", weights) + " gives one weight; give two or"
                    + " more different ones, so the sweep can find where parallel work starts to pay");
        }
        System.setProperty(CommandPlugin.TEMPLATE_PROPERTY, command.text());
        System.setProperty(CommandPlugin.WEIGHTS_PROPERTY, String.join(",", weights));
        if (taskMemory != null) {
            System.setProperty(CommandPlugin.MEMORY_PROPERTY, Long.toString(Sizes.parse("--task-memory", taskMemory)));
        } else {
            System.clearProperty(CommandPlugin.MEMORY_PROPERTY);
        }
        try {
            long start = ProcessStartCost.measureNanos();
            System.setProperty(CommandPlugin.START_PROPERTY, Long.toString(start));
            out.printf(Locale.ROOT, "Starting one process costs %.2f ms here (/bin/sh -c true): every task of your"
                    + " command pays it, its dispatch overhead.%n", start / 1e6);
        } catch (IOException e) {
            throw new SweepInputException("--command cannot start /bin/sh here (" + e.getMessage() + "); --command"
                    + " needs a POSIX shell at /bin/sh");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepInputException("interrupted while measuring what starting a process costs");
        }
        return List.of(CommandPlugin.NAME);
    }

    /** {@code --task-memory} without {@code --command}: it is the command's own memory. */
    static void refuseAlone(String taskMemory) throws SweepInputException {
        if (taskMemory != null) {
            throw new SweepInputException("--task-memory " + taskMemory + " is the memory one command of --command"
                    + " holds; the catalogue's tasks declare their own, so give it only with --command");
        }
    }
}
