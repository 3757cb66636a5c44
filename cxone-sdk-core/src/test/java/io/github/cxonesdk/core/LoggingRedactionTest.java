package io.github.cxonesdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.exception.CxoneException;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Runs the SDK at DEBUG (see simplelogger.properties) and scans every captured log line for secrets. */
class LoggingRedactionTest extends WireMockSupport {
    private static final String ACCESS_KEY_SECRET = "ak-secret-77f0";
    private static final List<String> NEVER_LOGGED = List.of(CLIENT_SECRET, ACCESS_KEY_SECRET, TOKEN,
            "tok-log-1", "tok-log-2", "Y2xpZW50LTE6");  // the last: start of base64("client-1:") in Basic auth

    @Test
    void debugLogs_neverContainTheClientSecretOrATokens() throws IOException {
        assertThat(LoggerFactory.getLogger("io.github.cxonesdk.core.http").isDebugEnabled()).isTrue();
        wm.stubFor(post(urlEqualTo("/oauth/token")).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"tok-log-1\",\"expires_in\":1800}")).willSetStateTo("2"));
        wm.stubFor(post(urlEqualTo("/oauth/token")).inScenario("t").whenScenarioStateIs("2")
                .willReturn(okJson("{\"access_token\":\"tok-log-2\",\"expires_in\":1800}")));
        wm.stubFor(get(urlPathEqualTo("/first")).willReturn(aResponse().withStatus(401)
                .withHeader("Set-Cookie", "session=tok-log-1").withBody("{\"error\":\"invalid_token\"}")));
        wm.stubFor(get(urlPathEqualTo("/second")).willReturn(okJson("{}")
                .withHeader("Set-Cookie", "session=" + TOKEN)));
        wm.stubFor(get(urlPathEqualTo("/broken")).willReturn(aResponse().withStatus(500)
                .withBody("{\"message\":\"echo client_secret=" + CLIENT_SECRET + " token tok-log-2\"}")));

        CxoneConfig config = config().toBuilder().accessKeyId("AK1").accessKeySecret(Secret.of(ACCESS_KEY_SECRET))
                .build();
        try (CxoneHttp http = CxoneHttp.builder().config(config).clock(clock).sleeper(sleeper)
                .retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/first").build(), Void.class))
                    .isInstanceOf(CxoneException.class);
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/broken").build(), Void.class))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(CLIENT_SECRET, "tok-log-2"));
        }
        try (CxoneHttp http = http(RetryPolicy.none()).build()) {
            http.execute(CxoneRequest.get("/second").query("access_token", TOKEN).query("client_secret", CLIENT_SECRET)
                    .header("Cookie", "session=" + TOKEN).build(), Void.class);
        }
        try (CxoneHttp http = CxoneHttp.builder().config(config()).clock(clock).sleeper(sleeper)
                .tokenProvider(TokenProviders.fromConfig(config())).build()) {
            http.execute(CxoneRequest.post("/second").body(Map.of("a", 1)).build(), Void.class);
        } catch (CxoneException expected) {
            // /second only answers GET; only the logging matters here
        }

        List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
        // prove the scan is not vacuous: the calls above were logged at DEBUG
        assertThat(lines).anyMatch(l -> l.contains("--> POST") && l.contains("/oauth/token")
                && l.contains("password=****"));
        assertThat(lines).anyMatch(l -> l.contains("client_secret=****"));
        assertThat(lines).anyMatch(l -> l.contains("--> GET") && l.contains("access_token=****")
                && l.contains("Authorization=****"));
        assertThat(lines).anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("set-cookie=****"));
        for (String line : lines) {
            for (String secret : NEVER_LOGGED) {
                assertThat(line).as("log line leaks a secret").doesNotContain(secret);
            }
        }
    }

    private static Path logFile() {
        String file = System.getProperty("org.slf4j.simpleLogger.logFile");
        assertThat(file).as("Surefire must route slf4j-simple to a file").isNotNull();
        return Path.of(file);
    }
}
