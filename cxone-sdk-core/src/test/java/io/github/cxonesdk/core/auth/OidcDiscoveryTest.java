package io.github.cxonesdk.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.spi.HttpTransport;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A discovery document must not send the credentials somewhere the caller did not point. */
class OidcDiscoveryTest extends WireMockSupport {
    private final HttpTransport transport = HttpTransport.of(HttpClient.newHttpClient());

    private void document(String json) {
        wm.stubFor(get(urlEqualTo("/.well-known/openid-configuration")).willReturn(okJson(json)));
    }

    private URI discover(URI issuer) {
        return TokenProviders.discoverTokenUrl(issuer, transport, Duration.ofSeconds(5));
    }

    private String doc(String issuer, String tokenEndpoint) {
        return "{\"issuer\":\"" + issuer + "\",\"token_endpoint\":\"" + tokenEndpoint + "\"}";
    }

    @Test
    void aDocumentOnTheIssuersOrigin_overLoopbackHttp_isAccepted() {
        document(doc(baseUrl() + "/", tokenUrl().toString()));
        assertThat(discover(baseUrl())).isEqualTo(tokenUrl());
        URI localhost = URI.create("http://localhost:" + wm.port());
        document(doc(localhost.toString(), localhost + "/oauth/token"));
        assertThat(discover(localhost)).isEqualTo(URI.create(localhost + "/oauth/token"));
    }

    @Test
    void anIssuerFromAnotherOrigin_isRefused() {
        document(doc("https://evil.example", tokenUrl().toString()));
        assertThatThrownBy(() -> discover(baseUrl())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("issuer https://evil.example").hasMessageContaining("not the origin");
    }

    @Test
    void aMissingIssuer_isRefused() {
        document("{\"token_endpoint\":\"" + tokenUrl() + "\"}");
        assertThatThrownBy(() -> discover(baseUrl())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("has no issuer");
    }

    @ParameterizedTest
    @CsvSource({"https://evil.example/token", "http://127.0.0.2:1/token", "https://127.0.0.1:1/token"})
    void aTokenEndpointOffTheIssuersOrigin_isRefused(String endpoint) {
        document(doc(baseUrl().toString(), endpoint));
        assertThatThrownBy(() -> discover(baseUrl())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("outside the issuer's origin").hasMessageContaining("tokenUrl");
    }

    @Test
    void aPlainHttpTokenEndpoint_offLoopback_isRefused() {
        HttpTransport fake = request -> new FakeResponse(request,
                doc("http://idp.example.com", "http://idp.example.com/token"));
        assertThatThrownBy(() -> TokenProviders.discoverTokenUrl(URI.create("http://idp.example.com"), fake,
                Duration.ofSeconds(5))).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("not HTTPS");
        HttpTransport https = request -> new FakeResponse(request,
                doc("https://idp.example.com", "https://idp.example.com/token"));
        assertThat(TokenProviders.discoverTokenUrl(URI.create("https://idp.example.com"), https, Duration.ofSeconds(5)))
                .isEqualTo(URI.create("https://idp.example.com/token"));
    }

    @Test
    void anOversizedDocument_isRefused() {
        document("{\"issuer\":\"" + baseUrl() + "\",\"pad\":\"" + "x".repeat(300 * 1024) + "\",\"token_endpoint\":\""
                + tokenUrl() + "\"}");
        assertThatThrownBy(() -> discover(baseUrl())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("bytes, more than the 262144 allowed");
    }

    @Test
    void hostileFieldValues_areCappedInTheMessage() {
        document(doc("https://" + "e".repeat(100_000) + ".example", tokenUrl().toString()));
        assertThatThrownBy(() -> discover(baseUrl())).isInstanceOf(AuthenticationException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1000));
    }

    /** A canned 200 response, so a non-loopback origin can be tested without any network. */
    private record FakeResponse(java.net.http.HttpRequest request, String json)
            implements java.net.http.HttpResponse<byte[]> {
        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public java.util.Optional<java.net.http.HttpResponse<byte[]>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
        }

        @Override
        public byte[] body() {
            return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return java.net.http.HttpClient.Version.HTTP_1_1;
        }
    }
}
