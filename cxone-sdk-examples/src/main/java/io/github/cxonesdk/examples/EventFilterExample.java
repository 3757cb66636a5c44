package io.github.cxonesdk.examples;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.eventbridge.AttributeMatcher;
import io.github.cxonesdk.eventbridge.Channel;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.FilterDeployment;
import io.github.cxonesdk.eventbridge.FilterManager;
import io.github.cxonesdk.eventbridge.FilterMetrics;
import io.github.cxonesdk.eventbridge.FiltersClient;
import io.github.cxonesdk.eventbridge.Operator;
import io.github.cxonesdk.eventbridge.PatternRule;
import io.github.cxonesdk.eventbridge.PatternType;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * Deploys an event-processing filter end to end: validate, create, await ACTIVE, add it to its
 * filter group, export it as YAML, read its hit-rate metrics and its audit log.
 *
 * <p>Runs against a real tenant when {@code CXONE_BASE_URL} is set (with the other {@code CXONE_*}
 * variables of {@link CxoneConfig#fromEnvironment()}), otherwise against an embedded
 * {@link CxoneSimulator}, configured the same way through {@link CxoneSimulator#environment()}.
 * Against the simulator it also streams a short burst of events so that the metrics show real hits.
 *
 * <pre>{@code
 * ./mvnw -q -Pquick -pl cxone-sdk-examples -am compile exec:java -Dexec.mainClass=io.github.cxonesdk.examples.EventFilterExample
 * }</pre>
 */
public final class EventFilterExample {
    private EventFilterExample() {
    }

    /**
     * Runs the example; returns normally (exit code 0) on success.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /**
     * Runs the example with the given environment.
     *
     * @param env the environment; without {@code CXONE_BASE_URL} the embedded simulator is used
     * @param out where the summary is printed
     * @return the deployment
     * @throws IllegalArgumentException if {@code CXONE_BASE_URL} is set but other variables are missing
     */
    static FilterDeployment run(Map<String, String> env, PrintStream out) {
        // A real tenant when CXONE_BASE_URL is set, otherwise the embedded simulator: same configuration path.
        try (CxoneSimulator sim = env.get("CXONE_BASE_URL") == null ? CxoneSimulator.builder().build().start() : null;
             CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim == null ? env : sim.environment()))) {
            out.println("Target: " + (sim == null ? http.config().baseUrl() : "embedded simulator at " + sim.baseUrl()));
            FiltersClient filters = FiltersClient.create(http); // owns nothing: closing http is enough
            FilterManager manager = FilterManager.builder().client(filters).activationTimeout(Duration.ofMinutes(2))
                    .build();
            FilterDeployment deployment = manager.deploy(platinumVoiceRouting());
            String id = deployment.filter().id();
            out.println("Filter " + deployment.filter().name() + " (" + id + ") is " + deployment.state().status()
                    + " in group " + deployment.groupId() + " with " + deployment.groupMembers().size() + " member(s)");
            out.println("Exported YAML:");
            out.print(deployment.yaml().indent(2));
            if (sim != null) {
                sim.workload().emit(200); // streamed now; the simulator counts them against ACTIVE filters
            }
            FilterMetrics metrics = filters.metrics(id, Duration.ofMinutes(5), Duration.ofHours(1));
            out.println("Hits in the last hour: " + metrics.totalHits() + " over " + metrics.series().size()
                    + " interval(s)");
            out.println("Audit entries: " + filters.auditLog(id).stream().count());
            return deployment;
        }
    }

    /** The filter of API.md's example, with paths from the event root. */
    static FilterDefinition platinumVoiceRouting() {
        return FilterDefinition.builder()
                .name("platinum_voice_routing")
                .description("Platinum voice customers to the premium downstream processor")
                .channel(Channel.VOICE)
                .matcher(AttributeMatcher.of("payload.customer.tier", Operator.EQUALS, "platinum"))
                .patternRule(PatternRule.of(PatternType.REGEX, "payload.skillId", "^skill_premium_.*$"))
                .targetGroupId("grp_downstream_processor_01")
                .build();
    }
}
