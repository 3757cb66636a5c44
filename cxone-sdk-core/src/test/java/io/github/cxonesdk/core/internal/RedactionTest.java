package io.github.cxonesdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void queryAndFormValues_withCredentialNames_areMasked() {
        assertThat(Redaction.uri(URI.create("wss://h/api/v2/events?access_token=abc&page_size=5")))
                .isEqualTo("wss://h/api/v2/events?access_token=****&page_size=5");
        assertThat(Redaction.form("grant_type=password&username=AK1&password=p%26w&client_secret=x"))
                .isEqualTo("grant_type=password&username=AK1&password=****&client_secret=****");
    }

    @Test
    void onlyAllowListedHeaders_areShownAsIs() {
        String shown = Redaction.headers(Map.of("Authorization", List.of("Bearer abc"), "Cookie", List.of("s=1"),
                "X-Request-Id", List.of("r1"), "X-Custom-Token", List.of("t")));
        assertThat(shown).isEqualTo("{Authorization=****, Cookie=****, X-Custom-Token=****, X-Request-Id=r1}");
    }

    @Test
    void freeText_isTruncated_andScrubbed() {
        assertThat(Redaction.text("{\"access_token\":\"abc.def\",\"x\":1}")).isEqualTo("{\"access_token\":\"****\",\"x\":1}");
        assertThat(Redaction.text("Authorization: Bearer abc.def")).isEqualTo("Authorization: Bearer ****");
        assertThat(Redaction.text("it is hunter22 here", List.of("hunter22"))).isEqualTo("it is **** here");
        assertThat(Redaction.text("y".repeat(1000))).hasSizeLessThan(Redaction.MAX_TEXT + 30);
    }

    @Test
    void knownSecrets_shorterThanTheMinimum_areNotReplaced_soTheMessageStaysReadable() {
        String message = "GetDashboard failed: HTTP 500: the template 1234567 is not there";
        assertThat(Redaction.text(message, List.of("t", "the", "1234567"))).isEqualTo(message);
        assertThat(Redaction.text("token 12345678 leaked", List.of("12345678"))).isEqualTo("token **** leaked");
        assertThat(Redaction.text("an empty secret", java.util.Arrays.asList(null, ""))).isEqualTo("an empty secret");
    }
}
