package io.github.cxonesdk.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The OAuth 2.0 token endpoint (client credentials and access-key password grant) and OIDC discovery. */
public final class TokenEndpoint {
    private final Settings settings;
    private final Tokens tokens;
    private final FaultInjector faults;

    public TokenEndpoint(Settings settings, Tokens tokens, FaultInjector faults) {
        this.settings = settings;
        this.tokens = tokens;
        this.faults = faults;
    }

    public ApiResponse discovery(String issuer, String tokenUrl) {
        ObjectNode body = Json.object();
        body.put("issuer", issuer);
        body.put("token_endpoint", tokenUrl);
        body.putArray("grant_types_supported").add("client_credentials").add("password");
        body.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic").add("client_secret_post");
        ArrayNode scopes = body.putArray("scopes_supported");
        Settings.ALL_SCOPES.forEach(scopes::add);
        return ApiResponse.ok(body);
    }

    public ApiResponse token(ApiRequest request) {
        ApiException fault = faults.nextTokenFault();
        if (fault != null) {
            throw fault;
        }
        Map<String, String> form = parseForm(request.body());
        String[] basic = basicCredentials(request.header("Authorization"));
        String clientId = basic != null ? basic[0] : form.get("client_id");
        String clientSecret = basic != null ? basic[1] : form.get("client_secret");
        String grant = form.get("grant_type");
        if (grant == null) {
            throw oauth(400, "invalid_request", "grant_type is required");
        }
        Settings.Client client = clientId == null ? null : settings.clients().get(clientId);
        if (client == null || !client.secret().equals(clientSecret)) {
            throw oauth(401, "invalid_client", "client authentication failed");
        }
        String subject = clientId;
        if ("password".equals(grant)) {
            String keyId = form.get("username");
            String keySecret = settings.accessKeys().get(keyId == null ? "" : keyId);
            if (keySecret == null || !keySecret.equals(form.get("password"))) {
                throw oauth(400, "invalid_grant", "access key id or secret is wrong");
            }
            subject = keyId;
        } else if (!"client_credentials".equals(grant)) {
            throw oauth(400, "unsupported_grant_type", "grant_type '" + grant + "' is not supported");
        }
        Set<String> granted = grantedScopes(client.scopes(), form.get("scope"));
        Tokens.Issued token = tokens.issue(subject, granted, settings.tokenLifetime());
        ObjectNode body = Json.object();
        body.put("access_token", token.value());
        body.put("token_type", "Bearer");
        body.put("expires_in", settings.tokenLifetime().toSeconds());
        body.put("scope", String.join(" ", granted));
        return ApiResponse.ok(body).header("Cache-Control", "no-store");
    }

    private static Set<String> grantedScopes(Set<String> allowed, String requested) {
        if (requested == null || requested.isBlank()) {
            return new LinkedHashSet<>(Settings.ALL_SCOPES.stream().filter(allowed::contains).toList());
        }
        Set<String> granted = new LinkedHashSet<>();
        for (String scope : requested.trim().split("\\s+")) {
            if (allowed.contains(scope)) {
                granted.add(scope);
            }
        }
        if (granted.isEmpty()) {
            throw oauth(400, "invalid_scope", "none of the requested scopes may be granted to this client");
        }
        return granted;
    }

    private static ApiException oauth(int status, String error, String description) {
        return new ApiException(status, error, description).field("error_description", description);
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            form.putIfAbsent(key, value);
        }
        return form;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
