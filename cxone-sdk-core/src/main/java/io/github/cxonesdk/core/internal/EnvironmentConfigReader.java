package io.github.cxonesdk.core.internal;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a {@link CxoneConfig} from {@code CXONE_*} environment variables, naming every missing
 * variable in one message so that a misconfigured deployment is fixed in one go.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class EnvironmentConfigReader {
    private static final List<String> REQUIRED =
            List.of("CXONE_BASE_URL", "CXONE_TOKEN_URL", "CXONE_CLIENT_ID", "CXONE_CLIENT_SECRET");
    private static final List<String> URL_VARIABLES =
            List.of("CXONE_BASE_URL", "CXONE_TOKEN_URL", "CXONE_EVENT_STREAM_URL", "CXONE_PRESENCE_STREAM_URL");

    private EnvironmentConfigReader() {
    }

    /**
     * Reads the configuration; see {@link CxoneConfig#fromEnvironment(Map)} for the variables.
     *
     * @param env the variables
     * @return the configuration
     * @throws IllegalArgumentException naming every missing or malformed variable
     */
    public static CxoneConfig read(Map<String, String> env) {
        Objects.requireNonNull(env, "env == null");
        requirePresent(env);
        CxoneConfig.Builder b = CxoneConfig.builder()
                .baseUrl(uri(env, "CXONE_BASE_URL"))
                .tokenUrl(uri(env, "CXONE_TOKEN_URL"))
                .clientId(value(env, "CXONE_CLIENT_ID"))
                .clientSecret(Secret.of(value(env, "CXONE_CLIENT_SECRET")));
        if (present(env, "CXONE_SCOPES")) {
            b.scopes(Arrays.stream(value(env, "CXONE_SCOPES").split("[\\s,]+")).toList());
        }
        if (present(env, "CXONE_ACCESS_KEY_ID")) {
            b.accessKeyId(value(env, "CXONE_ACCESS_KEY_ID"))
                    .accessKeySecret(Secret.of(value(env, "CXONE_ACCESS_KEY_SECRET")));
        }
        if (present(env, "CXONE_TENANT")) {
            b.tenant(value(env, "CXONE_TENANT"));
        }
        if (present(env, "CXONE_EVENT_STREAM_URL")) {
            b.eventStreamUrl(uri(env, "CXONE_EVENT_STREAM_URL"));
        }
        if (present(env, "CXONE_PRESENCE_STREAM_URL")) {
            b.presenceStreamUrl(uri(env, "CXONE_PRESENCE_STREAM_URL"));
        }
        return b.build();
    }

    private static void requirePresent(Map<String, String> env) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!present(env, name)) {
                missing.add(name);
            }
        }
        boolean keyId = present(env, "CXONE_ACCESS_KEY_ID");
        boolean keySecret = present(env, "CXONE_ACCESS_KEY_SECRET");
        if (keyId != keySecret) {
            missing.add(keyId ? "CXONE_ACCESS_KEY_SECRET" : "CXONE_ACCESS_KEY_ID");
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing environment variable" + (missing.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", missing));
        }
        for (String name : URL_VARIABLES) {
            if (present(env, name)) {
                try {
                    uri(env, name);
                } catch (IllegalArgumentException malformed) {
                    problems.add(malformed.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static boolean present(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }

    private static String value(Map<String, String> env, String name) {
        return env.get(name).trim();
    }

    private static URI uri(Map<String, String> env, String name) {
        try {
            URI uri = new URI(value(env, name));
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException(name + " is not an absolute URL: " + uri);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL: " + e.getMessage(), e);
        }
    }
}
