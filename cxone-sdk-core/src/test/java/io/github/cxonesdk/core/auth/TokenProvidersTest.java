package io.github.cxonesdk.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.spi.HttpTransport;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenProvidersTest extends WireMockSupport {
    private static final String TOKEN_JSON = "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":1800,"
            + "\"scope\":\"dashboard:read\"}";

    private final HttpTransport transport = HttpTransport.of(HttpClient.newHttpClient());

    /** Client credentials with two scopes; tests add what they need and pass it to {@link #provider}. */
    private CxoneConfig.Builder clientCredentials() {
        return config().toBuilder().scopes(List.of("dashboard:read", "dashboard:write"));
    }

    private TokenProvider provider(CxoneConfig.Builder config) {
        return TokenProviders.fromConfig(config.build(), transport, clock);
    }

    private void stubTokens(String... tokens) {
        String state = Scenario.STARTED;
        for (int i = 0; i < tokens.length; i++) {
            String next = i == tokens.length - 1 ? state : "t" + (i + 1);
            wm.stubFor(post(urlEqualTo("/oauth/token")).inScenario("tokens").whenScenarioStateIs(state)
                    .willReturn(okJson(String.format(TOKEN_JSON, tokens[i])).withFixedDelay(100))
                    .willSetStateTo(next));
            state = next;
        }
    }

    @Test
    void clientCredentials_sendsTheFormBody_andParsesTheToken() {
        stubTokens("tok-1");
        AccessToken token = provider(clientCredentials().tenant("acme")).token();
        assertThat(token.value()).isEqualTo("tok-1");
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(1800));
        assertThat(token.scope()).isEqualTo("dashboard:read");
        wm.verify(postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=client-1&client_secret="
                        + CLIENT_SECRET + "&scope=dashboard%3Aread+dashboard%3Awrite&tenant=acme")));
    }

    @Test
    void clientCredentials_withBasicClientAuthentication_putsTheClientInTheHeader() {
        stubTokens("tok-1");
        provider(clientCredentials().clientAuthentication(ClientAuthentication.BASIC)).token();
        wm.verify(postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("Authorization", equalTo("Basic " + basic("client-1", CLIENT_SECRET)))
                .withRequestBody(equalTo("grant_type=client_credentials&scope=dashboard%3Aread+dashboard%3Awrite")));
    }

    @Test
    void accessKey_usesThePasswordGrant_withBasicClientAuthentication() {
        stubTokens("tok-1");
        provider(config().toBuilder().accessKeyId("AK123").accessKeySecret(Secret.of("key-secret-9"))).token();
        wm.verify(postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("Authorization", equalTo("Basic " + basic("client-1", CLIENT_SECRET)))
                .withRequestBody(equalTo("grant_type=password&username=AK123&password=key-secret-9")));
    }

    @Test
    void tokenEndpointErrors_becomeAuthenticationException_withTheOAuthCode_andNoSecret() {
        wm.stubFor(post(urlEqualTo("/oauth/token")).willReturn(aResponse().withStatus(401).withBody(
                "{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + CLIENT_SECRET + "\"}")));
        assertThatThrownBy(() -> provider(clientCredentials()).token())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.oauthError()).contains("invalid_client");
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("invalid_client", "bad secret").doesNotContain(CLIENT_SECRET);
                });
    }

    /** Starts 64 threads at once, each asking for a token, and returns the values they got. */
    private static List<String> tokensFromSixtyFourThreads(TokenProvider provider) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return provider.token();
                }));
            }
            start.countDown();
            List<String> seen = new ArrayList<>();
            for (Future<AccessToken> f : results) {
                seen.add(f.get(30, TimeUnit.SECONDS).value());
            }
            return seen;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sixtyFourThreadsAtExpiry_causeExactlyOneTokenRequest() throws Exception {
        stubTokens("tok-1", "tok-2", "tok-3");
        TokenProvider provider = provider(clientCredentials());
        assertThat(provider.token().value()).isEqualTo("tok-1");
        clock.advance(Duration.ofSeconds(1800)); // tok-1 has expired: every caller needs a new token
        assertThat(tokensFromSixtyFourThreads(provider)).hasSize(64).containsOnly("tok-2");
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void sixtyFourThreadsInThePrefetchWindow_causeExactlyOneRefresh_andNobodyWaitsForIt() throws Exception {
        stubTokens("tok-1", "tok-2", "tok-3");
        TokenProvider provider = provider(clientCredentials());
        provider.token();
        clock.advance(Duration.ofSeconds(1800 - 30)); // inside the 60 s prefetch window, still valid
        assertThat(tokensFromSixtyFourThreads(provider)).containsOnly("tok-1", "tok-2").contains("tok-2");
        assertThat(provider.token().value()).isEqualTo("tok-2");
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void aFailingRefreshWhileTheOldTokenIsValid_failsNoCall_andIsRetriedWithBackoff() {
        wm.stubFor(post(urlEqualTo("/oauth/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(String.format(TOKEN_JSON, "tok-1"))).willSetStateTo("down"));
        wm.stubFor(post(urlEqualTo("/oauth/token")).inScenario("tokens").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"temporarily_unavailable\"}")));
        // refresh backoff: Backoff with full jitter, ceilings 1 s, 2 s, ... (a wait of exactly 0 has odds ~1e-9)
        TokenProvider provider = provider(clientCredentials());
        provider.token();
        clock.advance(Duration.ofSeconds(1800 - 50)); // in the prefetch window

        assertThat(provider.token().value()).isEqualTo("tok-1"); // refresh fails, old token served
        assertThat(provider.token().value()).isEqualTo("tok-1"); // within backoff: no new request
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));

        clock.advance(Duration.ofSeconds(1));
        assertThat(provider.token().value()).isEqualTo("tok-1"); // first ceiling passed: one more failed try
        wm.verify(3, postRequestedFor(urlEqualTo("/oauth/token")));

        wm.stubFor(post(urlEqualTo("/oauth/token")).inScenario("tokens").whenScenarioStateIs("down")
                .willReturn(okJson(String.format(TOKEN_JSON, "tok-2"))));
        clock.advance(Duration.ofSeconds(2)); // second ceiling is 2 s
        assertThat(provider.token().value()).isEqualTo("tok-2");
        wm.verify(4, postRequestedFor(urlEqualTo("/oauth/token")).withRequestBody(containing("client_credentials")));
    }

    @Test
    void aSourceThrowingAnError_doesNotWedgeTheCache_laterCallersFetchAgainInsteadOfHanging() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        TokenProvider source = () -> {
            if (calls.incrementAndGet() == 1) {
                throw new AssertionError("broken SPI implementation");
            }
            return new AccessToken("tok-after-error", clock.instant().plusSeconds(1800), null);
        };
        TokenProvider cached = TokenProviders.cached(source, clock);
        assertThatThrownBy(cached::token).isInstanceOf(AssertionError.class);

        // another thread, as in an app server: without the fix it waits forever on the abandoned refresh
        AccessToken next = assertTimeoutPreemptively(Duration.ofSeconds(30), cached::token);
        assertThat(next.value()).isEqualTo("tok-after-error");
        assertThat(calls).hasValue(2);
    }

    @Test
    void invalidate_dropsTheToken_soTheNextCallFetchesANewOne() {
        stubTokens("tok-1", "tok-2");
        TokenProvider provider = provider(clientCredentials());
        AccessToken first = provider.token();
        provider.invalidate(AccessToken.of("some-other-token"));
        assertThat(provider.token()).isEqualTo(first);
        provider.invalidate(first);
        assertThat(provider.token().value()).isEqualTo("tok-2");
    }

    @Test
    void fromConfig_withOnlyAnAccessToken_returnsTheFixedToken_andWithoutCredentialsFails() {
        CxoneConfig.Builder base = CxoneConfig.builder().baseUrl(baseUrl());
        TokenProvider fixed = TokenProviders.fromConfig(base.accessToken(Secret.of("static-token")).build());
        assertThat(fixed.token().value()).isEqualTo("static-token");
        assertThatThrownBy(() -> TokenProviders.fromConfig(base.accessToken(null).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no credentials");
        assertThatThrownBy(() -> provider(config().toBuilder().clientSecret(null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientSecret");
        wm.verify(0, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void fromConfig_withoutTransport_fetchesOverItsOwnClient() {
        stubTokens("tok-1");
        assertThat(TokenProviders.fromConfig(config()).token().value()).isEqualTo("tok-1");
        wm.verify(postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("User-Agent", equalTo(CxoneConfig.DEFAULT_USER_AGENT)));
    }

    @Test
    void fixed_alwaysReturnsTheSameToken() {
        TokenProvider fixed = TokenProviders.fixed(Secret.of("static-token"));
        assertThat(fixed.token().value()).isEqualTo("static-token");
        assertThat(fixed.token().expiresAt()).isNull();
    }

    @Test
    void accessToken_toString_neverShowsTheValue() {
        AccessToken token = new AccessToken("very-secret-token", clock.instant(), "a b");
        assertThat(token.toString()).doesNotContain("very-secret-token").contains("****");
    }

    private static String basic(String id, String secret) {
        return Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void discoverTokenUrl_readsTheOpenIdConfiguration() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/.well-known/openid-configuration"))
                .willReturn(okJson("{\"issuer\":\"" + baseUrl() + "\",\"token_endpoint\":\"" + tokenUrl() + "\"}")));
        assertThat(TokenProviders.discoverTokenUrl(baseUrl(), transport, Duration.ofSeconds(5))).isEqualTo(tokenUrl());
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/other/.well-known/openid-configuration"))
                .willReturn(okJson("{}")));
        assertThatThrownBy(() -> TokenProviders.discoverTokenUrl(java.net.URI.create(baseUrl() + "/other/"), transport,
                Duration.ofSeconds(5))).isInstanceOf(AuthenticationException.class).hasMessageContaining("token_endpoint");
    }

    @Test
    void discoverTokenUrl_emptyOrNonObjectDocument_isAnAuthenticationException() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/empty/.well-known/openid-configuration"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/array/.well-known/openid-configuration"))
                .willReturn(okJson("[1, 2]")));
        for (String issuer : new String[] {"/empty", "/array"}) {
            assertThatThrownBy(() -> TokenProviders.discoverTokenUrl(java.net.URI.create(baseUrl() + issuer), transport,
                    Duration.ofSeconds(5))).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("token_endpoint");
        }
    }
}
