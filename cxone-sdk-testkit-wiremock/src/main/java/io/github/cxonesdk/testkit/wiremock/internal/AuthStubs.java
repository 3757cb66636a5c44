package io.github.cxonesdk.testkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.DEFAULTS;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.build;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The OAuth token endpoint, OIDC discovery and the 401/404 catch-alls of the API. */
public final class AuthStubs {
    /** Path of the token endpoint. */
    public static final String TOKEN_PATH = "/oauth/token";
    /** The default OAuth client id. */
    public static final String CLIENT_ID = "cxone-wm-client";
    /** The default OAuth client secret. */
    public static final String CLIENT_SECRET = "cxone-wm-secret";
    /** The default access key id (password grant). */
    public static final String ACCESS_KEY_ID = "cxone-wm-access-key";
    /** The default access key secret. */
    public static final String ACCESS_KEY_SECRET = "cxone-wm-access-key-secret";

    /** The scope granted: the requested one, else every scope of API.md. */
    private static final String GRANTED_SCOPE = "{{#formData request.body 'form' urlDecode=true}}{{/formData}}"
            + "{{#if form.scope}}{{form.scope}}{{else}}" + String.join(" ", Route.ALL_SCOPES) + "{{/if}}";

    private AuthStubs() {
    }

    /**
     * Returns the default stubs of authentication.
     *
     * @return token endpoint, discovery and catch-alls
     */
    public static List<StubMapping> defaults() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String scopes = Route.ALL_SCOPES.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
        return List.of(
                build("token-client-credentials", Stub.NORMAL, DEFAULTS, post(urlPathEqualTo(TOKEN_PATH))
                        .withFormParam("grant_type", equalTo("client_credentials"))
                        .withFormParam("client_id", equalTo(CLIENT_ID))
                        .withFormParam("client_secret", equalTo(CLIENT_SECRET))
                        .willReturn(token())),
                build("token-client-credentials-basic", Stub.NORMAL, DEFAULTS, post(urlPathEqualTo(TOKEN_PATH))
                        .withHeader("Authorization", equalTo(basic))
                        .withFormParam("grant_type", equalTo("client_credentials"))
                        .willReturn(token())),
                build("token-access-key", Stub.NORMAL, DEFAULTS, post(urlPathEqualTo(TOKEN_PATH))
                        .withHeader("Authorization", equalTo(basic))
                        .withFormParam("grant_type", equalTo("password"))
                        .withFormParam("username", equalTo(ACCESS_KEY_ID))
                        .withFormParam("password", equalTo(ACCESS_KEY_SECRET))
                        .willReturn(token())),
                build("token-access-key-invalid-grant", Stub.FALLBACK, DEFAULTS, post(urlPathEqualTo(TOKEN_PATH))
                        .withHeader("Authorization", equalTo(basic))
                        .withFormParam("grant_type", equalTo("password"))
                        .willReturn(oauthError(400, "invalid_grant", "access key id or secret is wrong"))),
                build("token-invalid-client", Stub.LAST, DEFAULTS, post(urlPathEqualTo(TOKEN_PATH))
                        .willReturn(oauthError(401, "invalid_client", "client authentication failed"))),
                build("oidc-discovery", Stub.NORMAL, DEFAULTS, get(urlPathEqualTo("/.well-known/openid-configuration"))
                        .willReturn(Stub.json(200, Bodies.DISCOVERY.formatted(TOKEN_PATH, scopes)))),
                build("api-missing-token", Stub.UNAUTHENTICATED - 1, DEFAULTS, any(urlPathMatching("/api/.*"))
                        .withHeader("Authorization", absent())
                        .willReturn(Stub.error(401, "unauthorized", "missing bearer token")
                                .withHeader("WWW-Authenticate", "Bearer"))),
                build("api-invalid-token", Stub.UNAUTHENTICATED, DEFAULTS, any(urlPathMatching("/api/.*"))
                        .withHeader("Authorization", notMatching("Bearer " + Pattern.quote(Stub.ACCESS_TOKEN)))
                        .willReturn(invalidToken())),
                build("api-unknown-path", Stub.LAST, DEFAULTS, any(urlPathMatching("/api/.*"))
                        .willReturn(Stub.error(404, "not_found", "no such endpoint"))));
    }

    /**
     * Returns the 401 answered to an expired or unknown token.
     *
     * @return the response builder
     */
    public static ResponseDefinitionBuilder invalidToken() {
        return Stub.error(401, "invalid_token", "the access token is unknown or expired")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    private static ResponseDefinitionBuilder token() {
        return Stub.json(200, Bodies.TOKEN.formatted(Stub.ACCESS_TOKEN, GRANTED_SCOPE))
                .withHeader("Cache-Control", "no-store");
    }

    private static ResponseDefinitionBuilder oauthError(int status, String error, String description) {
        return Stub.json(status, "{\"error\": \"" + error + "\", \"error_description\": \"" + description + "\"}");
    }
}
