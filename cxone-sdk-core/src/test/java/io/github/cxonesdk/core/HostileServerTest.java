package io.github.cxonesdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.exception.CxoneServiceException;
import io.github.cxonesdk.core.exception.ErrorDetails;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.spi.HttpTransport;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A token endpoint and an API that echo secrets and send huge values: nothing the server controls
 * reaches a message, an accessor or a log line uncapped or unscrubbed.
 */
class HostileServerTest extends WireMockSupport {
    /** Needs URL-encoding, so an echoed form body shows it encoded. */
    private static final String ACCESS_KEY_SECRET = "ak/secret+77f0==";
    private static final String ENCODED_AK_SECRET = "ak%2Fsecret%2B77f0%3D%3D";
    /** Only catches a hang on a loaded machine. */
    private static final Duration GENEROUS = Duration.ofSeconds(5);
    private static final int MB = 1024 * 1024;

    private final HttpTransport transport = HttpTransport.of(HttpClient.newHttpClient());

    private CxoneConfig accessKeyConfig() {
        return config().toBuilder().accessKeyId("AK1").accessKeySecret(Secret.of(ACCESS_KEY_SECRET)).build();
    }

    private static void assertNoSecret(String text) {
        assertThat(text).doesNotContain(CLIENT_SECRET, ACCESS_KEY_SECRET, ENCODED_AK_SECRET, TOKEN);
    }

    @Test
    void aTokenEndpointEchoingItsForm_inErrorAndDescription_leaksNoSecret() {
        String echo = "grant_type=password&username=AK1&password=" + ENCODED_AK_SECRET + " client " + CLIENT_SECRET
                + " raw " + ACCESS_KEY_SECRET;
        wm.stubFor(post(urlEqualTo("/oauth/token")).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":\"" + echo + "\",\"error_description\":\"" + echo + "\"}")));
        assertThatThrownBy(() -> TokenProviders.fromConfig(accessKeyConfig(), transport, clock).token())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertNoSecret(e.getMessage());
                    assertThat(e.oauthError()).hasValueSatisfying(HostileServerTest::assertNoSecret);
                    assertThat(e.getMessage()).contains("HTTP 400", "grant_type=password");
                });
    }

    @Test
    void aMegabyteOAuthError_isCappedInTheMessageAndTheAccessor() {
        wm.stubFor(post(urlEqualTo("/oauth/token")).willReturn(aResponse().withStatus(401).withBody(
                "{\"error\":\"" + "e".repeat(MB) + "\",\"error_description\":\"" + "d".repeat(MB) + "\"}")));
        assertThatThrownBy(() -> TokenProviders.fromConfig(config(), transport, clock).token())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(1000);
                    assertThat(e.oauthError().orElseThrow()).hasSizeLessThan(Redaction.MAX_VALUE + 30);
                });
    }

    @Test
    void hugeTokenScope_isCapped_andScrubbedOfTheToken() {
        wm.stubFor(post(urlEqualTo("/oauth/token")).willReturn(okJson("{\"access_token\":\"" + "tok-scope-123456"
                + "\",\"expires_in\":1800,\"scope\":\"a:read tok-scope-123456 " + "s".repeat(MB) + "\"}")));
        String scope = TokenProviders.fromConfig(config(), transport, clock).token().scope();
        assertThat(scope).startsWith("a:read ****").hasSizeLessThan(5000);
    }

    @Test
    void theTokenUrlsQuery_isMaskedInMessages_andInConfigToString() {
        URI tokenUrl = URI.create(tokenUrl() + "?client_secret=" + CLIENT_SECRET + "&tenant=acme");
        wm.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_client\"}")));
        CxoneConfig config = config().toBuilder().tokenUrl(tokenUrl)
                .baseUrl(URI.create(baseUrl() + "/?api_key=" + CLIENT_SECRET)).build();
        assertThatThrownBy(() -> TokenProviders.fromConfig(config, transport, clock).token())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertNoSecret(e.getMessage());
                    assertThat(e.getMessage()).contains("client_secret=****&tenant=acme", "invalid_client");
                });
        assertNoSecret(config.toString());
        assertThat(config.toString()).contains("client_secret=****", "api_key=****");
    }

    @Test
    void anApiError_withEchoedSecretsAndMegabyteFields_isCappedAndScrubbedEverywhere() {
        String requestId = "req-" + TOKEN + "-" + "r".repeat(MB);
        wm.stubFor(get(urlEqualTo("/hostile")).willReturn(aResponse().withStatus(403)
                .withHeader("X-Request-Id", "hdr-" + TOKEN + "-" + "h".repeat(6000))
                .withBody("{\"error\":\"code " + CLIENT_SECRET + " " + "c".repeat(MB) + "\",\"message\":\"m "
                        + TOKEN + "\",\"requestId\":\"" + requestId + "\",\"scope\":\"" + CLIENT_SECRET + " "
                        + "s".repeat(MB) + "\"}")));
        try (CxoneHttp http = http(RetryPolicy.none()).config(config()).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/hostile").build(), Void.class))
                    .isInstanceOfSatisfying(CxoneServiceException.class, e -> {
                        assertNoSecret(e.getMessage());
                        assertThat(e.getMessage()).hasSizeLessThan(1000).contains("requestId=hdr-****-hhh");
                        ErrorDetails d = e.details();
                        for (String value : List.of(d.errorCode(), d.requestId(), d.missingScope(),
                                d.serviceMessage())) {
                            assertNoSecret(value);
                            assertThat(value).hasSizeLessThan(Redaction.MAX_TEXT + 30);
                        }
                    });
        }
    }

    @Test
    void aTenMegabyteHostileErrorBody_mapsToAnExceptionInWellUnderASecond() {
        String[] bodies = {"a".repeat(10 * MB), "a=".repeat(5 * MB),
            "{\"message\":\"" + "token".repeat(2 * MB) + "\"}"};
        for (String body : bodies) {
            wm.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withStatus(500).withBody(body)));
            try (CxoneHttp http = http(RetryPolicy.none()).build()) {
                CxoneServiceException e = assertTimeoutPreemptively(GENEROUS, () -> {
                    try {
                        http.execute(CxoneRequest.get("/big").build(), Void.class);
                        return null;
                    } catch (CxoneServiceException thrown) {
                        return thrown;
                    }
                });
                assertThat(e).isNotNull();
                assertThat(e.getMessage()).hasSizeLessThan(1000);
            }
        }
    }

    @Test
    void aHostileTokenResponse_isParsedInWellUnderASecond() {
        wm.stubFor(post(urlEqualTo("/oauth/token")).willReturn(aResponse().withStatus(200)
                .withBody("{\"error_description\":\"" + "a=".repeat(5 * MB) + "\"}")));
        assertTimeoutPreemptively(GENEROUS, () ->
                assertThatThrownBy(() -> TokenProviders.fromConfig(config(), transport, clock).token())
                        .isInstanceOf(AuthenticationException.class).hasMessageContaining("no access_token"));
    }

    @Test
    void theXRequestIdResponseHeader_isCappedAndScrubbedInTheDebugLog() throws IOException {
        String marker = "marker-" + System.nanoTime();
        wm.stubFor(get(urlEqualTo("/echo")).willReturn(okJson("{}")
                .withHeader("X-Request-Id", marker + "-" + TOKEN + "-" + "x".repeat(6000))));
        try (CxoneHttp http = http(RetryPolicy.none()).build()) {
            http.execute(CxoneRequest.get("/echo").build(), Void.class);
        }
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")),
                StandardCharsets.UTF_8).stream().filter(l -> l.contains(marker)).toList();
        assertThat(lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l).hasSizeLessThan(2000);
            assertNoSecret(l);
        });
    }

    @Test
    void cxoneRequest_toString_masksSecretQueryValuesHeadersAndBody() {
        CxoneRequest request = CxoneRequest.get("/api/v2/x").query("access_token", TOKEN).query("page", 2)
                .header("Authorization", "Bearer " + TOKEN).header("Cookie", "s=" + TOKEN)
                .header("X-Custom", CLIENT_SECRET).header("If-Match", "\"e1\"").body(Map.of("password", "p4ss"))
                .build();
        String shown = request.toString();
        assertNoSecret(shown);
        assertThat(shown).doesNotContain("p4ss").contains("access_token=****", "page=2", "Authorization=****",
                "Cookie=****", "X-Custom=****", "If-Match=\"e1\"");
    }
}
