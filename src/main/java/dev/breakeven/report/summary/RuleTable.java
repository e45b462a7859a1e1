package dev.breakeven.report.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.RulesOfThumb;
import dev.breakeven.report.analysis.RulesOfThumb.Check;
import dev.breakeven.report.io.DaskOverheads;
import dev.breakeven.stats.Estimate;
import java.util.List;

/**
 * The rules of thumb against this machine, as summary.md's section "What the docs say vs what this machine says"
 * and summary.json's {@code rulesOfThumb}: each rule in its source's words, what was measured for its strategy,
 * the rule's size as a time per task here, and whether the rule is conservative or optimistic here.
 */
public final class RuleTable {

    private RuleTable() {
    }

    /** The section, with its table, sources and how to measure what this run did not. */
    public static String markdown(List<Check> checks) {
        StringBuilder md = new StringBuilder("## What the docs say vs what this machine says\n\n");
        md.append("Published rules of thumb for the smallest task worth running in parallel, next to the break-even")
                .append(" this run measured for the strategy each rule is about (the loop's time per task where the")
                .append(" speedup crosses 1, with its 95 % interval). *Conservative*: parallel work already pays for")
                .append(" smaller tasks than the rule asks for; *optimistic*: tasks of the rule's size still lose to")
                .append(" the loop.\n\n");
        md.append("| rule | says | measured here | the rule's size here | verdict |\n|---|---|---|---|---|\n");
        for (Check c : checks) {
            md.append("| ").append(c.rule().name()).append(" | ").append(c.rule().says()).append(" | ")
                    .append(measured(c)).append(" | ").append(ruleSize(c)).append(" | **")
                    .append(c.verdict().label()).append("** |\n");
        }
        md.append("\nSources, in their own words:\n\n");
        for (Check c : checks) {
            md.append("- ").append(c.rule().name()).append(": \"").append(c.rule().quote()).append("\" (")
                    .append(c.rule().source()).append(", <").append(c.rule().url()).append(">)\n");
        }
        md.append('\n');
        return md.toString();
    }

    /** summary.json's {@code rulesOfThumb}: every figure of the table, in µs per task. */
    public static ArrayNode json(List<Check> checks) {
        ArrayNode rows = JsonTree.array();
        for (Check c : checks) {
            ObjectNode o = rows.addObject();
            o.put("rule", c.rule().name());
            o.put("says", c.rule().says());
            o.put("source", c.rule().source());
            o.put("url", c.rule().url());
            o.put("quote", c.rule().quote());
            o.put("strategy", c.strategy());
            o.put("task", c.task());
            o.put("workers", c.workers());
            o.put("batch", c.batch());
            o.put("payoff", c.payoff() == null ? null : c.payoff().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'));
            if (c.measured() != null) {
                ObjectNode m = o.putObject(c.rule().kind() == RulesOfThumb.Kind.OVERHEAD_MICROS
                        ? "overheadMicros" : "breakEvenMicrosPerTask");
                JsonTree.put(m, "value", c.measured().value());
                JsonTree.put(m, "lower", c.measured().lower());
                JsonTree.put(m, "upper", c.measured().upper());
            } else {
                o.putNull("breakEvenMicrosPerTask");
            }
            if (c.reference() != null) {
                ObjectNode r = o.putObject("threadPoolBreakEvenMicrosPerTask");
                JsonTree.put(r, "value", c.reference().value());
                JsonTree.put(r, "lower", c.reference().lower());
                JsonTree.put(r, "upper", c.reference().upper());
            }
            JsonTree.put(o, "ruleMicrosPerTask", c.ruleMicros());
            o.put("verdict", c.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return rows;
    }

    /** What was measured, with where it came from; how to measure it when it was not. */
    static String measured(Check c) {
        if (c.measured() == null) {
            return "not in this run: " + howToMeasure(c);
        }
        if (c.rule().kind() == RulesOfThumb.Kind.OVERHEAD_MICROS) {
            return c.strategy() + ": " + Format.micros(c.measured().value()) + " per trivial task (python/"
                    + "dask_overhead.py, batches of 48)";
        }
        String where = c.strategy() + " on " + c.task() + ", " + c.workers() + " worker" + (c.workers() == 1 ? "" : "s")
                + ", batches of " + c.batch();
        String text = where + ": " + breakEven(c.payoff(), c.measured());
        if (c.measuredWeight() != null && (c.rule().kind() == RulesOfThumb.Kind.STEPS_PER_TASK
                || c.rule().kind() == RulesOfThumb.Kind.STEPS_PER_BATCH)) {
            text += " = " + Format.number(c.measuredWeight().value()) + " steps";
        }
        if (c.reference() != null) {
            text += "; the thread pool (fixed-pool): " + breakEven(null, c.reference());
        }
        return text;
    }

    private static String breakEven(BreakEven.Payoff payoff, Estimate us) {
        if (payoff == BreakEven.Payoff.PAYS_EVERYWHERE || (payoff == null && us.lower() == 0)) {
            return "pays below " + Format.micros(us.upper()) + " per task (faster at every size measured)";
        }
        if (payoff == BreakEven.Payoff.NEVER_PAYS || (payoff == null && us.upper() == Double.POSITIVE_INFINITY
                && us.lower() == us.value())) {
            return "never pays up to " + Format.micros(us.lower()) + " per task";
        }
        if (payoff == BreakEven.Payoff.NO_CROSSING_SHOWN) {
            return "no crossing shown (" + Phrases.micros(us) + ")";
        }
        return "pays from " + Phrases.micros(us) + " per task";
    }

    /** The rule's size in its own unit and as a time per task on this machine. */
    static String ruleSize(Check c) {
        RulesOfThumb.Rule r = c.rule();
        if (!(c.ruleMicros() > 0)) {
            return switch (r.kind()) {
                case QUALITATIVE -> "no size: compare with the thread pool";
                case STEPS_PER_TASK, STEPS_PER_BATCH -> "needs arithmetic (one weight unit is one basic step)";
                default -> "–";
            };
        }
        String here = Format.micros(c.ruleMicros()) + " per task";
        return switch (r.kind()) {
            case STEPS_PER_TASK -> Format.number(r.threshold()) + " steps ≈ " + here;
            case STEPS_PER_BATCH -> Format.number(r.threshold() / c.batch()) + " steps per task at N = " + c.batch()
                    + " ≈ " + here;
            case MICROS_PER_ENGINE_TASK -> Format.micros(r.threshold()) + " per Spark task of " + c.batch() / c.workers()
                    + " catalogue tasks ≈ " + here;
            case OVERHEAD_MICROS -> Format.micros(r.threshold()) + " overhead per task";
            case QUALITATIVE -> "–";
        };
    }

    private static String howToMeasure(Check c) {
        return switch (c.rule().kind()) {
            case OVERHEAD_MICROS -> "python3 python/dask_overhead.py > RUN_DIR/" + DaskOverheads.FILE
                    + " (where dask imports), then report again";
            case QUALITATIVE -> "run with --strategies sequential,fixed-pool," + c.strategy();
            case STEPS_PER_TASK, STEPS_PER_BATCH -> "run with --tasks arithmetic --strategies sequential,"
                    + c.strategy() + " (named strategies run at every weight)";
            case MICROS_PER_ENGINE_TASK -> "run with --strategies sequential," + c.strategy()
                    + " (the optional Spark build)";
        };
    }
}
