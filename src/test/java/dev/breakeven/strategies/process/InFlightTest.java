package dev.breakeven.strategies.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class InFlightTest {

    @Test
    void repliesAreMatchedOldestFirstAcrossTheWrapAround() {
        InFlight ring = new InFlight(3);
        ring.add(10);
        ring.add(11);
        assertThat(ring.removeOldest()).isEqualTo(10);
        ring.add(12);
        ring.add(13); // wraps: slot 0 again
        assertThat(ring.size()).isEqualTo(3);
        assertThat(ring.oldest()).isEqualTo(11);
        assertThat(ring.newest()).isEqualTo(13);
        assertThat(ring.removeOldest()).isEqualTo(11);
        assertThat(ring.removeOldest()).isEqualTo(12);
        assertThat(ring.removeOldest()).isEqualTo(13);
        assertThat(ring.isEmpty()).isTrue();
    }

    @Test
    void holdsExactlyItsCapacity() {
        InFlight ring = new InFlight(2);
        ring.add(1);
        ring.add(2);
        assertThatThrownBy(() -> ring.add(3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 tasks in flight");
        assertThat(ring.size()).isEqualTo(2);
    }

    @Test
    void anEmptyRingHasNoOldestOrNewest() {
        InFlight ring = new InFlight(1);
        assertThatThrownBy(ring::oldest).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(ring::newest).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(ring::removeOldest).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> new InFlight(0)).hasMessageContaining("at least 1");
    }
}
