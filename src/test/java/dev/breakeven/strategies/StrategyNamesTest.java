package dev.breakeven.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.results.StrategyNames;
import org.junit.jupiter.api.Test;

/**
 * The strategy names results and reports use ({@link StrategyNames}, which the report may import) and the
 * strategies themselves ({@link StrategyType}, which it may not) are one list: same names, same order.
 */
class StrategyNamesTest {

    @Test
    void everyStrategyIsNamedInTheSharedOrder() {
        assertThat(StrategyType.all()).extracting(StrategyType::id).containsExactlyElementsOf(StrategyNames.ORDER);
    }
}
