package dev.breakeven.examples;

import dev.breakeven.api.TaskPlugin;
import dev.breakeven.tasks.NamedWeights;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskKind;

/**
 * {@code regrid}: bilinear regridding of one model field (a 1° latitude-longitude grid) to the cells of another
 * grid, the step before comparing a model with observations. One weight unit is one output cell, about 10 ns.
 */
public final class Regrid implements TaskPlugin {

    @Override
    public String name() {
        return "regrid";
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CPU;
    }

    @Override
    public String unit() {
        return "output cells";
    }

    @Override
    public NamedWeights weights() {
        return new NamedWeights(100, 3_000, 30_000, 1_000_000);
    }

    @Override
    public String standsFor() {
        return "bilinear regridding of a 1-degree model field to another grid";
    }

    @Override
    public long workingSetBytes(long weight) {
        return (long) Math.ceil(Math.sqrt(2.0 * weight)) * Double.BYTES; // one output row
    }

    @Override
    public Task create(long weight, long seed) {
        return new BilinearRegridding(weight, seed);
    }
}
