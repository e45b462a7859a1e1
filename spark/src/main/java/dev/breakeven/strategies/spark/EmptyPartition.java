package dev.breakeven.strategies.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/** A partition that only counts its indices: the job path of a batch (schedule, ship, run, collect), no work. */
final class EmptyPartition implements FlatMapFunction<Iterator<Integer>, Integer> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Integer> call(Iterator<Integer> indices) {
        int count = 0;
        while (indices.hasNext()) {
            indices.next();
            count++;
        }
        return List.of(count).iterator();
    }
}
