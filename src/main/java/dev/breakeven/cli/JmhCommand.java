package dev.breakeven.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Plain JMH on breakeven's benchmark, for people who want JMH's own command line. */
@Command(name = "jmh", description = {"Runs JMH's own command line on the breakeven jar (all JMH options,"
        + " e.g. 'breakeven jmh BatchBenchmark -p task=arithmetic -p workers=1,2 -rf json'). No sweep, no"
        + " resume: use 'run' for that."})
final class JmhCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "JMH_ARGS", description = "Arguments for JMH (try -h).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(args.toArray(String[]::new));
        return 0;
    }
}
