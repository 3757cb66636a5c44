package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class FilterManagerIT {
    @Test
    void deploy_runsTheWholeFlowAndKeepsOtherGroupMembers(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            String existing = filters.create(Filters.chatInTiers("already_there")).value().id();
            filters.groups().add("grp_premium", List.of(existing));
            FilterManager manager = FilterManager.builder().client(filters).activationTimeout(Duration.ofSeconds(30)).build();

            FilterDeployment deployment = manager.deploy(Filters.platinumVoice("premium_desk"));

            String id = deployment.filter().id();
            assertThat(deployment.state().isActive()).isTrue();
            assertThat(deployment.filter().status()).isEqualTo(FilterStatus.ACTIVE);
            assertThat(deployment.groupId()).isEqualTo("grp_premium");
            assertThat(deployment.groupMembers()).containsExactly(existing, id);
            assertThat(deployment.yaml()).isEqualTo(FilterYaml.export(List.of(Filters.platinumVoice("premium_desk"))));
            assertThat(deployment.metrics().filterId()).isEqualTo(id);
            assertThat(deployment.auditEntries()).isNotEmpty()
                    .allSatisfy(entry -> assertThat(entry.filterId()).isEqualTo(id));
        }
    }

    @Test
    void deploy_ofAnInvalidFilterFailsBeforeCreatingAnything(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            FilterManager manager = FilterManager.builder().client(filters).build();
            FilterDefinition invalid = Filters.platinumVoice("bad").toBuilder().channel(Channel.UNKNOWN).build();

            assertThatThrownBy(() -> manager.deploy(invalid)).isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("channel");
            assertThatThrownBy(() -> filters.groups().members("grp_premium").stream().toList())
                    .as("nothing was ever assigned to the group")
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void deploy_reportsAFailedActivationWithItsReason(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            sim.failActivation("premium_desk", "downstream processor unavailable");
            FilterManager manager = FilterManager.builder().client(filters).activationTimeout(Duration.ofSeconds(30)).build();

            assertThatThrownBy(() -> manager.deploy(Filters.platinumVoice("premium_desk")))
                    .isInstanceOf(WaiterFailedException.class)
                    .hasMessageContaining("downstream processor unavailable");
            assertThatThrownBy(() -> filters.groups().members("grp_premium").stream().toList())
                    .as("nothing was ever assigned to the group")
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void concurrentDeploysIntoOneGroup_loseNoMember(CxoneSimulator sim) throws Exception {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FilterManager manager = FilterManager.builder().client(Filters.quickClient(http))
                    .activationTimeout(Duration.ofSeconds(60)).build();
            int deploys = 6;
            ExecutorService pool = Executors.newFixedThreadPool(deploys);
            List<Future<FilterDeployment>> done = new ArrayList<>();
            try {
                for (int i = 0; i < deploys; i++) {
                    FilterDefinition definition = Filters.platinumVoice("concurrent_" + i);
                    done.add(pool.submit(() -> manager.deploy(definition, "grp_shared")));
                }
                List<String> ids = new ArrayList<>();
                for (Future<FilterDeployment> future : done) {
                    ids.add(future.get(120, TimeUnit.SECONDS).filter().id());
                }

                FiltersClient filters = Filters.quickClient(http);
                assertThat(filters.groups().members("grp_shared").stream().toList()).containsExactlyInAnyOrderElementsOf(ids);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void builder_withoutClient_failsNamingIt() {
        assertThatThrownBy(() -> FilterManager.builder().build())
                .isInstanceOf(NullPointerException.class).hasMessage("client == null");
        assertThatThrownBy(() -> FilterManager.builder().activationTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activationTimeout");
    }
}
