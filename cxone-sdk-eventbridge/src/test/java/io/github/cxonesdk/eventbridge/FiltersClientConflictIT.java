package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class FiltersClientConflictIT {
    @Test
    void concurrentEdit_isResolvedByReapplyingTheChangeToTheFreshVersion(CxoneSimulator sim) {
        // the simulator's concurrent edit rewrites the description just before our PUT lands
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            String id = filters.create(Filters.platinumVoice("contended")).value().id();
            List<FilterDefinition> seenByChange = new ArrayList<>();
            sim.faults().concurrentEdit(true);

            Versioned<Filter> updated = filters.update(id, current -> {
                seenByChange.add(current);
                return current.toBuilder().targetGroupId("grp_rerouted").build();
            });
            sim.faults().clear();

            // the first attempt met a concurrent edit (409), so the change ran again on a re-read version
            assertThat(seenByChange).hasSizeGreaterThanOrEqualTo(2);
            Filter stored = filters.get(id).value();
            assertThat(stored.definition().targetGroupId()).isEqualTo("grp_rerouted");
            assertThat(updated.etag()).isEqualTo(filters.get(id).etag());
            // what the other writer changed survives: the stored filter is the last re-read version plus our change
            FilterDefinition lastSeen = seenByChange.get(seenByChange.size() - 1);
            assertThat(stored.definition()).isEqualTo(lastSeen.toBuilder().targetGroupId("grp_rerouted").build());
            assertThat(stored.definition().description()).isEqualTo("edited concurrently by the simulator");
        }
    }

    @Test
    void persistentConcurrentEdits_exhaustTheAttemptsAndSurfaceTheConflict(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = FiltersClient.builder(http).maxUpdateAttempts(3).build();
            String id = filters.create(Filters.platinumVoice("hot")).value().id();
            List<FilterDefinition> seenByChange = new ArrayList<>();
            sim.faults().concurrentEdits(10);

            assertThatThrownBy(() -> filters.update(id, current -> {
                seenByChange.add(current);
                return current.toBuilder().targetGroupId("grp_never").build();
            })).isInstanceOf(ResourceModifiedException.class);
            sim.faults().clear();

            assertThat(seenByChange).hasSize(3);
            assertThat(filters.get(id).value().definition().targetGroupId()).isEqualTo("grp_premium");
        }
    }
}
