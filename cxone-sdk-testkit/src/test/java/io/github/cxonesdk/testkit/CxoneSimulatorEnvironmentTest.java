package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CxoneSimulatorEnvironmentTest {

    @Test
    void environment_namesTheEndpointsAndTheDefaultClient_inExportOrder() {
        try (CxoneSimulator sim = CxoneSimulator.builder().build().start()) {
            Map<String, String> env = sim.environment();

            assertThat(env.keySet()).containsExactly("CXONE_BASE_URL", "CXONE_TOKEN_URL", "CXONE_CLIENT_ID",
                    "CXONE_CLIENT_SECRET", "CXONE_SCOPES", "CXONE_EVENT_STREAM_URL", "CXONE_PRESENCE_STREAM_URL");
            assertThat(env).containsEntry("CXONE_BASE_URL", sim.baseUrl().toString())
                    .containsEntry("CXONE_TOKEN_URL", sim.tokenUrl().toString())
                    .containsEntry("CXONE_CLIENT_ID", CxoneSimulator.DEFAULT_CLIENT_ID)
                    .containsEntry("CXONE_CLIENT_SECRET", CxoneSimulator.DEFAULT_CLIENT_SECRET)
                    .containsEntry("CXONE_SCOPES", String.join(" ", CxoneSimulator.allScopes()))
                    .containsEntry("CXONE_EVENT_STREAM_URL", sim.eventStreamUrl().toString())
                    .containsEntry("CXONE_PRESENCE_STREAM_URL", sim.presenceStreamUrl().toString());
            assertThat(URI.create(env.get("CXONE_EVENT_STREAM_URL")).getScheme()).isEqualTo("ws");
            assertThatThrownBy(() -> env.put("CXONE_TENANT", "t")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void environment_credentialsAndScopes_obtainATokenWithEveryScope() {
        try (CxoneSimulator sim = CxoneSimulator.builder().build().start()) {
            Map<String, String> env = sim.environment();
            RawClient raw = new RawClient(sim);

            HttpResponse<String> response = raw.tokenRequest("grant_type=client_credentials&client_id="
                    + RawClient.enc(env.get("CXONE_CLIENT_ID")) + "&client_secret="
                    + RawClient.enc(env.get("CXONE_CLIENT_SECRET")) + "&scope=" + RawClient.enc(env.get("CXONE_SCOPES")),
                    null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(RawClient.json(response).get("scope").stringValue()).isEqualTo(env.get("CXONE_SCOPES"));
        }
    }

    @Test
    void environment_followsAReplacedDefaultClient() {
        try (CxoneSimulator sim = CxoneSimulator.builder()
                .client(CxoneSimulator.DEFAULT_CLIENT_ID, "rotated", Set.of("filters:unknown", "dashboard:read"))
                .build().start()) {
            assertThat(sim.clientSecret()).isEqualTo("rotated");
            assertThat(sim.environment()).containsEntry("CXONE_CLIENT_SECRET", "rotated")
                    .containsEntry("CXONE_SCOPES", "dashboard:read");
        }
    }

    @Test
    void environment_beforeStart_fails() {
        try (CxoneSimulator sim = CxoneSimulator.builder().build()) {
            assertThatThrownBy(sim::environment).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not started");
        }
    }
}
