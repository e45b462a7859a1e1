package dev.breakeven.tasks.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandTemplateTest {

    @Test
    void replacesIndexWeightAndWorker() {
        CommandTemplate t = CommandTemplate.of("python3 regrid.py --member {index} --size {weight} --scratch /tmp/w{worker}");
        assertThat(t.line(7, 100, 1)).isEqualTo("python3 regrid.py --member 7 --size 100 --scratch /tmp/w1");
    }

    @Test
    void leavesTheShellsOwnBracesAlone() {
        CommandTemplate t = CommandTemplate.of("awk '{ s += $1 }' ${HOME}/in{index}.txt; test -n \"{}\"");
        assertThat(t.line(3, 1, 0)).isEqualTo("awk '{ s += $1 }' ${HOME}/in3.txt; test -n \"{}\"");
    }

    @Test
    void refusesAnUnknownPlaceholderInOneLine() {
        assertThatThrownBy(() -> CommandTemplate.of("python3 regrid.py --member {member}"))
                .hasMessage("--command 'python3 regrid.py --member {member}' has the unknown placeholder {member};"
                        + " use {index}, {weight}, {worker}");
    }

    @Test
    void refusesEmptyAndMultiLineCommands() {
        assertThatThrownBy(() -> CommandTemplate.of(" ")).hasMessageStartingWith("--command is empty");
        assertThatThrownBy(() -> CommandTemplate.of("a\nb")).hasMessageStartingWith("--command must be one line");
    }
}
