package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class FilterInfrastructureIT {
    @Test
    void planApplyConvergesAndExportIsByteIdentical(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            FilterInfrastructure iac = FilterInfrastructure.builder().client(filters).activationTimeout(Duration.ofSeconds(30)).build();
            List<FilterDefinition> desired = List.of(Filters.platinumVoice("voice_platinum"),
                    Filters.chatInTiers("chat_tiers"), Filters.platinumVoice("voice_spare"));

            FilterPlan first = iac.plan(desired, List.of());
            assertThat(first.changes(FilterChange.Action.CREATE)).hasSize(3);
            FilterApplyResult applied = iac.apply(first);
            assertThat(applied.created()).hasSize(3)
                    .allSatisfy(f -> assertThat(iac.live(List.of(f.id())).get(0).status()).isEqualTo(FilterStatus.ACTIVE));

            List<String> ids = applied.liveIds();
            assertThat(iac.plan(desired, iac.live(ids)).isEmpty()).isTrue();

            byte[] export1 = iac.export(ids).getBytes(StandardCharsets.UTF_8);
            byte[] export2 = iac.export(ids).getBytes(StandardCharsets.UTF_8);
            assertThat(export2).isEqualTo(export1);
            assertThat(new String(export1, StandardCharsets.UTF_8)).isEqualTo(FilterYaml.export(desired))
                    .doesNotContain(ids.get(0)).doesNotContain("etag").doesNotContain("ACTIVE");

            // edit the exported YAML as a user would: tune one filter, drop one, add one
            List<FilterDefinition> edited = FilterYaml.read(new String(export1, StandardCharsets.UTF_8)).stream()
                    .filter(d -> !d.name().equals("voice_spare"))
                    .map(d -> d.name().equals("chat_tiers") ? d.toBuilder().description("tuned").build() : d)
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            edited.add(Filters.chatInTiers("chat_new"));

            FilterPlan second = iac.plan(edited, iac.live(ids));
            assertThat(second.changes()).extracting(FilterChange::action, FilterChange::name).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(FilterChange.Action.CREATE, "chat_new"),
                    org.assertj.core.groups.Tuple.tuple(FilterChange.Action.UPDATE, "chat_tiers"),
                    org.assertj.core.groups.Tuple.tuple(FilterChange.Action.DELETE, "voice_spare"));
            assertThat(second.changes(FilterChange.Action.UPDATE).get(0).diff())
                    .startsWith("--- live/chat_tiers\n+++ desired/chat_tiers\n@@ ")
                    .contains("\n+description: tuned\n");
            assertThat(second.render()).startsWith("Plan: 1 to create, 1 to update, 1 to delete.");

            FilterApplyResult secondApply = iac.apply(second);
            assertThat(secondApply.deletedIds()).hasSize(1);
            assertThat(iac.plan(edited, iac.live(secondApply.liveIds())).isEmpty()).isTrue();
            assertThat(iac.export(secondApply.liveIds())).isEqualTo(FilterYaml.export(edited));
        }
    }

    @Test
    void planApplyConverges_forNumbersTheWireReadsBackInAnotherJavaType(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            FilterInfrastructure iac = FilterInfrastructure.builder().client(filters).activationTimeout(Duration.ofSeconds(30)).build();
            // built in code: a BigDecimal with a trailing zero and one in exponent form; JSON reads both back as doubles
            List<FilterDefinition> desired = List.of(Filters.chatInTiers("decimals").toBuilder()
                    .matcher(AttributeMatcher.of("payload.handleTime", Operator.LESS_THAN, new java.math.BigDecimal("2.50")))
                    .matcher(AttributeMatcher.of("payload.waitTime", Operator.GREATER_THAN, new java.math.BigDecimal("1E+2")))
                    .build());

            List<String> ids = iac.apply(iac.plan(desired, List.of())).liveIds();

            FilterPlan again = iac.plan(desired, iac.live(ids));
            assertThat(again.changes()).as(again.render()).isEmpty();
            assertThat(again.unchangedIds()).isEqualTo(ids);
        }
    }

    @Test
    void apply_ofAStalePlan_failsInsteadOfOverwritingTheOtherEdit(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            FilterInfrastructure iac = FilterInfrastructure.builder().client(filters).activationTimeout(Duration.ofSeconds(30)).build();
            List<String> ids = iac.apply(iac.plan(List.of(Filters.chatInTiers("chat")), List.of())).liveIds();
            FilterPlan plan = iac.plan(List.of(Filters.chatInTiers("chat").toBuilder().description("mine").build()),
                    iac.live(ids));

            filters.update(ids.get(0), d -> d.toBuilder().description("someone else's").build());

            assertThatThrownBy(() -> iac.apply(plan)).isInstanceOf(ResourceModifiedException.class);
            assertThat(filters.get(ids.get(0)).value().definition().description()).isEqualTo("someone else's");
        }
    }

    @Test
    void liveInGroup_readsTheGroupsFiltersInOrder_leavingOutDeletedOnes(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            FilterInfrastructure iac = FilterInfrastructure.builder().client(filters).build();
            String a = filters.create(Filters.platinumVoice("in_group_a")).value().id();
            String b = filters.create(Filters.chatInTiers("in_group_b")).value().id();
            String c = filters.create(Filters.platinumVoice("in_group_c")).value().id();
            filters.groups().add("grp_iac", List.of(a, b, c));
            filters.delete(b);

            List<Filter> live = iac.liveInGroup("grp_iac");

            assertThat(live).extracting(Filter::id).containsExactly(a, c);
            assertThat(live).extracting(Filter::name).containsExactly("in_group_a", "in_group_c");
            assertThat(live).allSatisfy(f -> assertThat(f.etag()).isNotNull());
            assertThatThrownBy(() -> iac.liveInGroup("grp_never_used")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void builder_withoutClient_failsNamingIt() {
        assertThatThrownBy(() -> FilterInfrastructure.builder().build())
                .isInstanceOf(NullPointerException.class).hasMessage("client == null");
        assertThatThrownBy(() -> FilterInfrastructure.builder().activationTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activationTimeout");
    }
}
