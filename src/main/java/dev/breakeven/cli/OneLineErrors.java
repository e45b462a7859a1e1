package dev.breakeven.cli;

import dev.breakeven.report.ReportInputException;
import dev.breakeven.sweep.SweepInputException;
import dev.breakeven.tasks.TaskPlugins;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Bad input ends in one line on stderr naming the input and the fix, and exit code 2. Anything else is a
 * bug and keeps its stack trace; a plug-in jar that cannot be used is bad input too. ({@code recommend RUN_DIR}
 * reads runs with the report's loader, hence its exception; the report commands end their own input errors
 * the same way.)
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int USAGE = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("breakeven: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (e instanceof SweepInputException || e instanceof ReportInputException
                || e instanceof TaskPlugins.TaskPluginException) {
            cmd.getErr().println("breakeven: " + e.getMessage());
            return USAGE;
        }
        throw e;
    }
}
