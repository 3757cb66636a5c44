package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.exception.ModelValidationException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FilterPlanTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final CxoneHttp http = CxoneHttp.builder()
            .config(CxoneConfig.builder().baseUrl(URI.create("http://127.0.0.1:1")).tokenUrl(URI.create("http://127.0.0.1:1/token")).build())
            .tokenProvider(TokenProviders.fixed(Secret.of("unit-test-token")))
            .transport(transport)
            .build();
    private final FilterInfrastructure iac = FilterInfrastructure.builder().client(FiltersClient.create(http)).build();

    @AfterEach
    void close() {
        http.close();
    }

    private static Filter live(String id, FilterDefinition definition) {
        return new Filter(id, definition, FilterStatus.ACTIVE, "\"" + id + "-etag\"", null, null);
    }

    @Test
    void plan_createsUpdatesAndDeletesByName_withoutCallingTheService() {
        FilterDefinition keep = Filters.platinumVoice("keep");
        FilterDefinition tuned = Filters.chatInTiers("tune").toBuilder().description("new text").build();
        List<Filter> live = List.of(live("f-1", keep), live("f-2", Filters.chatInTiers("tune")),
                live("f-3", Filters.platinumVoice("gone")));

        FilterPlan plan = iac.plan(List.of(tuned, Filters.platinumVoice("fresh"), keep), live);

        assertThat(plan.changes()).extracting(FilterChange::action, FilterChange::name, FilterChange::filterId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FilterChange.Action.CREATE, "fresh", null),
                        org.assertj.core.groups.Tuple.tuple(FilterChange.Action.UPDATE, "tune", "f-2"),
                        org.assertj.core.groups.Tuple.tuple(FilterChange.Action.DELETE, "gone", "f-3"));
        assertThat(plan.unchangedIds()).containsExactly("f-1");
        assertThat(plan.changes(FilterChange.Action.UPDATE).get(0).etag()).isEqualTo("\"f-2-etag\"");
        assertThat(plan.changes(FilterChange.Action.UPDATE).get(0).diff())
                .isEqualTo("--- live/tune\n+++ desired/tune\n@@ -1,4 +1,5 @@\n channel: chat\n+description: new text\n"
                        + " matchers:\n - attribute: payload.customer.tier\n   operator: in\n");
        assertThat(plan.changes(FilterChange.Action.CREATE).get(0).diff()).startsWith("--- /dev/null\n+++ desired/fresh\n");
        assertThat(plan.changes(FilterChange.Action.DELETE).get(0).diff()).contains("\n-name: gone\n");
        assertThat(plan.render()).startsWith("Plan: 1 to create, 1 to update, 1 to delete.\n\ncreate fresh\n");
        assertThat(transport.sent()).isEmpty();
    }

    @Test
    void plan_ofTheLiveStateItself_isEmpty() {
        List<Filter> live = List.of(live("f-1", Filters.platinumVoice("a")), live("f-2", Filters.chatInTiers("b")));

        FilterPlan plan = iac.plan(live.stream().map(Filter::definition).toList(), live);

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.render()).isEqualTo("Plan: 0 to create, 0 to update, 0 to delete.\n");
    }

    @Test
    void plan_rejectsInvalidOrDuplicateDesiredFilters() {
        FilterDefinition invalid = Filters.platinumVoice("x").toBuilder().channel(Channel.UNKNOWN).build();

        assertThatThrownBy(() -> iac.plan(List.of(Filters.platinumVoice("x"), invalid), List.of()))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("desired[1].channel")
                .hasMessageContaining("desired[1].name: duplicate name 'x'");
    }

    @Test
    void apply_ofAnInvalidPlannedDefinition_sendsNothing() {
        FilterDefinition invalid = Filters.platinumVoice("x").toBuilder().channel(Channel.UNKNOWN).build();
        FilterPlan handMade = new FilterPlan(List.of(new FilterChange(FilterChange.Action.CREATE, "x", null, null,
                invalid, "")), List.of());

        assertThatThrownBy(() -> iac.apply(handMade)).isInstanceOf(ModelValidationException.class);
        assertThat(transport.sent()).isEmpty();
    }
}
