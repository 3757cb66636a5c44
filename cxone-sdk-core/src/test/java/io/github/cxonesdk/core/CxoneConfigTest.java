package io.github.cxonesdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.auth.ClientAuthentication;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CxoneConfigTest {
    private static final Map<String, String> FULL = Map.of(
            "CXONE_BASE_URL", "https://api.example.com/",
            "CXONE_TOKEN_URL", "https://auth.example.com/token",
            "CXONE_CLIENT_ID", "client-1",
            "CXONE_CLIENT_SECRET", "very-secret",
            "CXONE_SCOPES", "dashboard:read, dashboard:write event:subscribe");

    /** {@link #FULL} plus the given variables, alternating names and values. */
    private static Map<String, String> fullWith(String... namesAndValues) {
        Map<String, String> env = new HashMap<>(FULL);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            env.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return env;
    }

    @Test
    void fromEnvironment_readsEveryVariable_andDerivesStreamUrls() {
        CxoneConfig config = CxoneConfig.fromEnvironment(FULL);
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.example.com"));
        assertThat(config.tokenUrl()).isEqualTo(URI.create("https://auth.example.com/token"));
        assertThat(config.clientId()).contains("client-1");
        assertThat(config.clientSecret().orElseThrow().reveal()).isEqualTo("very-secret");
        assertThat(config.scopes()).containsExactly("dashboard:read", "dashboard:write", "event:subscribe");
        assertThat(config.eventStreamUrl()).isEqualTo(URI.create("wss://api.example.com/api/v2/events"));
        assertThat(config.presenceStreamUrl()).isEqualTo(URI.create("wss://api.example.com/v1/streaming/presence"));
        assertThat(config.accessKeyId()).isEmpty();
        assertThat(config.toString()).doesNotContain("very-secret");
    }

    @Test
    void fromEnvironment_namesEveryMissingVariable() {
        assertThatThrownBy(() -> CxoneConfig.fromEnvironment(Map.of("CXONE_CLIENT_ID", "x",
                "CXONE_ACCESS_KEY_ID", "AK1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing environment variables: CXONE_BASE_URL, CXONE_TOKEN_URL, CXONE_CLIENT_SECRET, "
                        + "CXONE_ACCESS_KEY_SECRET");
    }

    @Test
    void fromEnvironment_namesMissingAndMalformedVariables_inOneMessage() {
        assertThatThrownBy(() -> CxoneConfig.fromEnvironment(Map.of("CXONE_BASE_URL", "api.example.com",
                "CXONE_TOKEN_URL", "/token", "CXONE_CLIENT_ID", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing environment variable: CXONE_CLIENT_SECRET; "
                        + "CXONE_BASE_URL is not an absolute URL: api.example.com; "
                        + "CXONE_TOKEN_URL is not an absolute URL: /token");
    }

    @Test
    void fromEnvironment_readsAnAccessKey() {
        CxoneConfig config = CxoneConfig.fromEnvironment(
                fullWith("CXONE_ACCESS_KEY_ID", "AK1", "CXONE_ACCESS_KEY_SECRET", "key-secret"));
        assertThat(config.accessKeyId()).contains("AK1");
        assertThat(config.toString()).doesNotContain("key-secret", "very-secret");
    }

    @Test
    void fromEnvironment_readsTheOptionalVariables_andRejectsARelativeUrl() {
        CxoneConfig config = CxoneConfig.fromEnvironment(
                fullWith("CXONE_TENANT", " acme ", "CXONE_EVENT_STREAM_URL", "wss://events.example.com/stream"));
        assertThat(config.tenant()).contains("acme");
        assertThat(config.eventStreamUrl()).isEqualTo(URI.create("wss://events.example.com/stream"));
        assertThatThrownBy(() -> CxoneConfig.fromEnvironment(fullWith("CXONE_TOKEN_URL", "/token"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CXONE_TOKEN_URL is not an absolute URL: /token");
    }

    @Test
    void toBuilder_keepsEveryValue() {
        CxoneConfig config = CxoneConfig.fromEnvironment(FULL);
        CxoneConfig copy = config.toBuilder().userAgent("app/1").build();
        assertThat(copy.userAgent()).isEqualTo("app/1");
        assertThat(copy.scopes()).isEqualTo(config.scopes());
        assertThat(copy.clientSecret()).isEqualTo(config.clientSecret());
        assertThat(copy.eventStreamUrl()).isEqualTo(config.eventStreamUrl());
        CxoneConfig full = config.toBuilder().tenant("acme").accessKeyId("AK1").accessKeySecret(Secret.of("k-secret"))
                .accessToken(Secret.of("fixed")).clientAuthentication(ClientAuthentication.BASIC)
                .connectTimeout(Duration.ofSeconds(3)).build();
        assertThat(full.toBuilder().build()).usingRecursiveComparison().isEqualTo(full);
    }

    @Test
    void toBuilder_withANewBaseUrl_reDerivesTheStreamUrls_butKeepsExplicitOnes() {
        CxoneConfig moved = CxoneConfig.fromEnvironment(FULL).toBuilder()
                .baseUrl(URI.create("https://eu.example.com")).build();
        assertThat(moved.eventStreamUrl()).isEqualTo(URI.create("wss://eu.example.com/api/v2/events"));
        assertThat(moved.presenceStreamUrl()).isEqualTo(URI.create("wss://eu.example.com/v1/streaming/presence"));

        CxoneConfig explicit = CxoneConfig.fromEnvironment(
                fullWith("CXONE_EVENT_STREAM_URL", "wss://events.example.com/stream")).toBuilder()
                .baseUrl(URI.create("https://eu.example.com")).build();
        assertThat(explicit.eventStreamUrl()).isEqualTo(URI.create("wss://events.example.com/stream"));
        assertThat(explicit.presenceStreamUrl()).isEqualTo(URI.create("wss://eu.example.com/v1/streaming/presence"));
    }

    @Test
    void secret_isRedacted_andComparedByValue() {
        Secret secret = Secret.of("hunter2");
        assertThat(secret.toString()).isEqualTo("****");
        assertThat(String.valueOf(List.of(secret))).doesNotContain("hunter2");
        assertThat(secret).isEqualTo(Secret.of("hunter2")).isNotEqualTo(Secret.of("hunter3"));
        assertThat(secret.hashCode()).isEqualTo(Secret.of("other").hashCode());
        assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
