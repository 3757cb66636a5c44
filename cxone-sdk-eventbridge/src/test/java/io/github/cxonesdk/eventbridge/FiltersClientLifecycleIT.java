package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.BadRequestException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import io.github.cxonesdk.core.exception.WaiterTimeoutException;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class FiltersClientLifecycleIT {
    private static final Duration ACTIVATION = Duration.ofSeconds(30);

    private CxoneSimulator sim;
    private CxoneHttp http;
    private FiltersClient filters;

    @BeforeEach
    void connect(CxoneSimulator sim) {
        this.sim = sim;
        this.http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
        this.filters = Filters.quickClient(http);
    }

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void createAwaitActiveUpdateAndDelete() {
        FilterDefinition definition = Filters.platinumVoice("lifecycle");

        Versioned<Filter> created = filters.create(definition);
        String id = created.value().id();
        assertThat(created.value().status()).isEqualTo(FilterStatus.DRAFT);
        assertThat(created.value().definition()).isEqualTo(definition);

        FilterState active = filters.awaitActive(id, ACTIVATION);
        assertThat(active.isActive()).isTrue();
        assertThat(filters.status(id).status()).isEqualTo(FilterStatus.ACTIVE);

        Versioned<Filter> read = filters.get(id);
        FilterDefinition tuned = read.value().definition().toBuilder().description("tuned").build();
        Versioned<Filter> updated = filters.update(id, tuned, read.etag());
        assertThat(updated.etag()).isNotEqualTo(read.etag());
        assertThat(filters.get(id).value().definition().description()).isEqualTo("tuned");

        assertThatThrownBy(() -> filters.update(id, definition, read.etag()))
                .isInstanceOf(ResourceModifiedException.class);

        filters.delete(id);
        assertThatThrownBy(() -> filters.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void failedActivation_isTerminalAndCarriesTheReason() {
        sim.failActivation("doomed", "target group quota exceeded");
        String id = filters.create(Filters.platinumVoice("doomed")).value().id();

        assertThatThrownBy(() -> filters.awaitActive(id, ACTIVATION))
                .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("target group quota exceeded").contains(id);
                    assertThat(e.lastState(FilterState.class))
                            .hasValueSatisfying(state -> assertThat(state.status()).isEqualTo(FilterStatus.FAILED));
                });
        assertThat(filters.status(id).reason()).isEqualTo("target group quota exceeded");
    }

    @Test
    void activationTimeout_carriesTheLastStatus() {
        try (CxoneSimulator slow = CxoneSimulator.builder().activationDelay(Duration.ofHours(1)).build().start();
             CxoneHttp slowHttp = CxoneHttp.create(CxoneConfig.fromEnvironment(slow.environment()))) {
            FiltersClient slowFilters = Filters.quickClient(slowHttp);
            String id = slowFilters.create(Filters.platinumVoice("slow")).value().id();

            assertThatThrownBy(() -> slowFilters.awaitActive(id, Duration.ofMillis(500)))
                    .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> assertThat(e.lastState(FilterState.class))
                            .hasValueSatisfying(state -> assertThat(state.status())
                                    .isIn(FilterStatus.DRAFT, FilterStatus.PENDING_ACTIVATION)));
        }
    }

    @Test
    void validateRemotely_acceptsAValidFilterAndNamesTheFieldOfAnInvalidOne() {
        filters.validateRemotely(Filters.platinumVoice("fine"));

        FilterDefinition unknownChannel = Filters.platinumVoice("bad").toBuilder().channel(Channel.UNKNOWN).build();

        assertThatThrownBy(() -> filters.validateRemotely(unknownChannel))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("channel")
                .hasMessageContaining("'bad'");
    }
}
