package dev.breakeven.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code breakeven} command lines a README shows, found by what they say rather than where they are:
 * lines of fenced code blocks and spans of inline code that start with {@code java -jar target/breakeven.jar}
 * or {@code breakeven} followed by arguments. Fenced lines lose their shell comments and join their
 * {@code \} continuations; inline spans that wrap across lines are joined with single spaces.
 */
final class ReadmeCommands {

    private static final Pattern FENCE = Pattern.compile("(?ms)^[ \\t]*```[^\\n]*\\n(.*?)^[ \\t]*```");
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`");
    private static final Pattern COMMAND =
            Pattern.compile("^(?:\\$\\s+)?(?:java -jar target/breakeven\\.jar|breakeven)\\s+\\S.*$");
    private static final Pattern SHELL_COMMENT = Pattern.compile("\\s+#.*$");

    private ReadmeCommands() {
    }

    /** Every distinct command line in {@code markdown}, fenced blocks first, each in reading order. */
    static List<String> in(String markdown) {
        Set<String> commands = new LinkedHashSet<>();
        StringBuilder prose = new StringBuilder();
        Matcher fence = FENCE.matcher(markdown);
        int end = 0;
        while (fence.find()) {
            prose.append(markdown, end, fence.start()).append('\n');
            end = fence.end();
            for (String line : fence.group(1).replace("\\\n", " ").split("\n")) {
                addIfCommand(SHELL_COMMENT.matcher(line).replaceFirst(""), commands);
            }
        }
        prose.append(markdown.substring(end));
        Matcher inline = INLINE.matcher(prose);
        while (inline.find()) {
            addIfCommand(inline.group(1), commands);
        }
        return new ArrayList<>(commands);
    }

    private static void addIfCommand(String text, Set<String> commands) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (COMMAND.matcher(line).matches()) {
            commands.add(line.startsWith("$ ") ? line.substring(2) : line);
        }
    }

    /** The arguments after the program ({@code java -jar target/breakeven.jar} or {@code breakeven}). */
    static String arguments(String command) {
        return command.replaceFirst("^(?:java -jar target/breakeven\\.jar|breakeven)\\s+", "");
    }
}
