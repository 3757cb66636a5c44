package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterStatusTest {
    @ParameterizedTest
    @EnumSource(value = FilterStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
    void wireValue_roundTrips(FilterStatus status) {
        assertThat(FilterStatus.fromWireValue(status.wireValue())).isSameAs(status);
        assertThat(status.wireValue()).isEqualTo(status.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"active", " ACTIVE", "ACTIVE ", "Failed", "ARCHIVED", "", "UNKNOWN"})
    void fromWireValue_matchesExactly_elseUnknown(String wire) {
        assertThat(FilterStatus.fromWireValue(wire)).isSameAs(FilterStatus.UNKNOWN);
    }

    @Test
    void fromWireValue_null_isUnknown() {
        assertThat(FilterStatus.fromWireValue(null)).isSameAs(FilterStatus.UNKNOWN);
    }

    @Test
    void isTerminal_onlyForActiveAndFailed() {
        assertThat(FilterStatus.values()).filteredOn(FilterStatus::isTerminal)
                .containsExactlyInAnyOrder(FilterStatus.ACTIVE, FilterStatus.FAILED);
    }
}
