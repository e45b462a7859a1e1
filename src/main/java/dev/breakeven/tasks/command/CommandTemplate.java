package dev.breakeven.tasks.command;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command line with placeholders, e.g. {@code python3 regrid.py --member {index} --size {weight}}:
 * {@code {index}} is the task's number in its batch, {@code {weight}} its weight and {@code {worker}} which of
 * the p workers runs it (0 to p-1). Braces that are not a placeholder stay as written: shell code such as
 * {@code ${HOME}} or awk's {@code '{ s += $1 }'}; a word in braces that is not one of the three is refused,
 * since it is almost always a typo.
 */
public final class CommandTemplate {

    /** The placeholders, in the order the error message lists them. */
    public static final List<String> PLACEHOLDERS = List.of("{index}", "{weight}", "{worker}");

    /** A word in braces not preceded by {@code $} (which is the shell's own {@code ${VAR}}). */
    private static final Pattern WORD_IN_BRACES = Pattern.compile("(?<!\\$)\\{([A-Za-z_][A-Za-z0-9_-]*)}");

    private final String text;

    private CommandTemplate(String text) {
        this.text = text;
    }

    /**
     * The template {@code text}.
     *
     * @throws IllegalArgumentException with a one-line message naming the problem and the fix
     */
    public static CommandTemplate of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--command is empty; give the command line of one task, e.g."
                    + " --command 'python3 regrid.py --member {index} --size {weight}'");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("--command must be one line; put longer scripts in a file and"
                    + " run that, e.g. --command 'sh my-task.sh {index} {weight}'");
        }
        Matcher m = WORD_IN_BRACES.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                throw new IllegalArgumentException("--command '" + text + "' has the unknown placeholder "
                        + m.group() + "; use " + String.join(", ", PLACEHOLDERS));
            }
        }
        return new CommandTemplate(text);
    }

    /** The command line of one task: the placeholders replaced by these numbers. */
    public String line(int index, long weight, int worker) {
        return text.replace("{index}", Integer.toString(index)).replace("{weight}", Long.toString(weight))
                .replace("{worker}", Integer.toString(worker));
    }

    /** The template as given. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
