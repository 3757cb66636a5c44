package io.github.cxonesdk.core.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TokenLifetimeTest {
    private final List<String> warnings = new ArrayList<>();
    private final TokenLifetime lifetime = new TokenLifetime("https://auth/token", warnings::add);

    private static JsonNode expiresIn(String json) {
        return CxoneJson.mapper().readTree("{\"expires_in\":" + json + "}").get("expires_in");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1800                  | 1800",
        "'\"1800\"'            | 1800",
        "1800.9                | 1800",
        "1000000000000000000   | 86400",
        "9223372036854775807   | 86400",
        "1e999999999           | 86400",
        "99999999999999999999999999999 | 86400",
        "0                     | 30",
        "-5                    | 30",
        "-9223372036854775808  | 30",
        "1e-999999999          | 30",
        "'\"-1\"'              | 30",
        "'\"soon\"'            | 3600",
        "'\"\"'                | 3600",
        "true                  | 3600",
        "'{\"a\":1}'           | 3600",
        "null                  | 3600"})
    void expiresIn_isClampedOrDefaulted_neverThrows(String json, long seconds) {
        assertThat(lifetime.of(expiresIn(json))).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void missing_meansTheDefault_withoutAWarning() {
        assertThat(lifetime.of(null)).isEqualTo(TokenLifetime.DEFAULT);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aBadValue_warnsOncePerProvider_notPerToken() {
        for (int i = 0; i < 5; i++) {
            lifetime.of(expiresIn("0"));
            lifetime.of(expiresIn("\"soon\""));
        }
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("https://auth/token", "below the floor", "PT30S");
    }
}
