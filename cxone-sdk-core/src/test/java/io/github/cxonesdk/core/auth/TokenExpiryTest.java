package io.github.cxonesdk.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.spi.HttpTransport;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a token endpoint sends as {@code expires_in} never escapes as a raw exception or starts a token storm. */
class TokenExpiryTest extends WireMockSupport {
    private final HttpTransport transport = HttpTransport.of(HttpClient.newHttpClient());

    private TokenProvider provider(String expiresIn) {
        wm.stubFor(post(urlEqualTo("/oauth/token"))
                .willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":" + expiresIn + "}")));
        return TokenProviders.fromConfig(config(), transport, clock);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000000", "9223372036854775807", "1e400"})
    void aHugeExpiresIn_isClampedToADay_insteadOfEscapingAsARawException(String expiresIn) {
        AccessToken token = provider(expiresIn).token();
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-9223372036854775808"})
    void aZeroOrNegativeExpiresIn_doesNotMakeEveryCallFetchAToken(String expiresIn) {
        TokenProvider provider = provider(expiresIn);
        for (int i = 0; i < 20; i++) {
            assertThat(provider.token().value()).isEqualTo("tok-1");
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        clock.advance(Duration.ofSeconds(30)); // the 30 s floor has passed: one refresh, not one per call
        provider.token();
        provider.token();
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1800\"", "1800"})
    void aNumericStringExpiresIn_isAccepted(String expiresIn) {
        assertThat(provider(expiresIn).token().expiresAt()).isEqualTo(clock.instant().plusSeconds(1800));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"soon\"", "true", "{}"})
    void aGarbageExpiresIn_meansTheDefaultHour(String expiresIn) {
        assertThat(provider(expiresIn).token().expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
    }
}
