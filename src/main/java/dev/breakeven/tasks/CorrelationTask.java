package dev.breakeven.tasks;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * A teleconnection map in pieces: the Pearson correlation of each grid cell's monthly series with a climate
 * index (how strongly does ENSO reach this place?), computed with commons-math3's
 * {@link PearsonsCorrelation}. One task correlates a chunk of {@code weight} consecutive cells; task
 * {@code index} takes the chunk that starts at cell {@code index * weight}, wrapping around the field, so a
 * batch walks through the field whatever its size. One weight unit is one cell of
 * {@value SyntheticField#MONTHS} months (about 0.6 µs on a 2-core laptop-class machine).
 *
 * <p>The field ({@link SyntheticField}, {@value #CELLS} cells, 31 MB) is generated at construction and only
 * read afterwards. The checksum folds every correlation coefficient of the chunk.
 */
final class CorrelationTask implements Task {

    static final int CELLS = 1 << 15;

    private final TaskSpec spec;
    private final SyntheticField field;

    CorrelationTask(TaskSpec spec) {
        this.spec = spec;
        this.field = new SyntheticField(CELLS, spec.seed());
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    @Override
    public long run(int index) {
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        double[] climateIndex = field.index();
        int cell = (int) Math.floorMod((long) index * spec.weight(), (long) CELLS);
        long checksum = index;
        for (long k = 0; k < spec.weight(); k++) {
            checksum = Mix.fold(checksum, pearson.correlation(field.cell(cell), climateIndex));
            cell = cell + 1 == CELLS ? 0 : cell + 1;
        }
        return checksum;
    }
}
