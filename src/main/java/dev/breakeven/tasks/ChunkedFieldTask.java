package dev.breakeven.tasks;

/**
 * A field of fixed size cut into chunks: "how big should a chunk be?". The field is {@value #CELLS} grid
 * cells of {@value SyntheticField#MONTHS} monthly values (63 MB, generated at construction); for every
 * cell the task finds the lag (0-11 months) at which its anomalies correlate best with a climate index
 * ({@link LaggedCorrelation}, about 1.7 µs per cell). The weight is the chunk size in cells; task
 * {@code index} processes chunk {@code index mod chunks}, where {@code chunks = ceil(CELLS / weight)}
 * (the last chunk may be shorter; a weight above {@value #CELLS} means one chunk, the whole field).
 *
 * <p>Why the batch must be {@link #chunks(long)}: only then does one batch (one JMH operation) process the
 * whole field exactly once, so total work is the same at every weight and only granularity changes. Small
 * chunks mean many tasks and per-task overhead; chunks larger than {@code CELLS / workers} leave workers
 * idle, so time per batch over weight is a U-curve. The sweep asks {@link TaskType#tasksPerPass(long)} (or
 * {@link TaskType#batchFor(long, int)}) and sets the batch parameter for this task's points accordingly.
 * With any other batch the task is still well-defined and deterministic (indices wrap around the chunks;
 * a smaller batch covers part of the field, a larger one repeats chunks), but time per batch is then not
 * the time of one pass over the field.
 *
 * <p>The checksum folds, for every cell of the chunk, the best correlation and its lag.
 */
final class ChunkedFieldTask implements Task {

    /** Cells in the field: about 110 ms of work in one pass on one core. */
    static final int CELLS = 1 << 16;

    private final TaskSpec spec;
    private final SyntheticField field;
    private final LaggedCorrelation correlation;
    private final int chunkSize;
    private final int chunks;

    ChunkedFieldTask(TaskSpec spec) {
        this.spec = spec;
        this.field = new SyntheticField(CELLS, spec.seed());
        this.correlation = new LaggedCorrelation(field.index());
        this.chunkSize = (int) Math.min(spec.weight(), CELLS);
        this.chunks = chunks(spec.weight());
    }

    /** Number of chunks of {@code weight} cells that cover the field once. */
    static int chunks(long weight) {
        return (int) ((CELLS + Math.min(weight, CELLS) - 1) / Math.min(weight, CELLS));
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    /** The cells {@code [from, to)} that task {@code index} processes. */
    int[] cellRange(int index) {
        int from = Math.floorMod(index, chunks) * chunkSize;
        return new int[] {from, Math.min(from + chunkSize, CELLS)};
    }

    @Override
    public long run(int index) {
        int[] range = cellRange(index);
        int from = range[0];
        int to = range[1];
        double[] scratch = new double[SyntheticField.MONTHS];
        double[] byLag = new double[LaggedCorrelation.LAGS];
        long checksum = from;
        for (int c = from; c < to; c++) {
            correlation.correlations(field.cell(c), scratch, byLag);
            int best = 0;
            for (int lag = 1; lag < byLag.length; lag++) {
                if (Math.abs(byLag[lag]) > Math.abs(byLag[best])) {
                    best = lag;
                }
            }
            checksum = Mix.fold(Mix.fold(checksum, byLag[best]), best);
        }
        return checksum;
    }
}
