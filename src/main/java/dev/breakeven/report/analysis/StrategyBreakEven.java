package dev.breakeven.report.analysis;

/** The break-even of one strategy at one worker count (and batch). */
public record StrategyBreakEven(String strategy, int workers, int batch, BreakEven breakEven) {
}
