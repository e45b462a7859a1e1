package dev.breakeven.report.io;

import java.nio.file.Path;
import java.util.List;

/**
 * One run's measurements and what is known about its machine.
 *
 * @param name the run's name: the run directory's name, or the JMH file's base name
 * @param results the JMH JSON file the measurements came from
 * @param machine the machine description; {@link MachineInfo#unknown} when there was no machine.json
 * @param hasMachineFile whether a usable machine.json was found
 * @param notes things the reader left out or could not use, as sentences for the summary
 * @param axes which params (or JMH's threads, or method names) the workers, weight and strategy came from
 */
public record Run(String name, Path results, MachineInfo machine, boolean hasMachineFile,
        List<Measurement> measurements, List<String> notes, Axes axes) {

    public Run {
        measurements = List.copyOf(measurements);
        notes = List.copyOf(notes);
    }
}
