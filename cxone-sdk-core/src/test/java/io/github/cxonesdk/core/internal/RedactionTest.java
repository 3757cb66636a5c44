package io.github.cxonesdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
        assertThat(Redaction.text("{\"access_token\":\"abc.def\",\"x\":1}"))
                .isEqualTo("{\"access_token\":\"****\",\"x\":1}");
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

    /** Only catches a hang on a loaded machine; the linear scan takes milliseconds. */
    private static final Duration GENEROUS = Duration.ofSeconds(5);
    private static final int TEN_MB = 10 * 1024 * 1024;

    static List<Supplier<String>> hostileBodies() {
        return List.of(
                () -> "a".repeat(TEN_MB),
                () -> "a=".repeat(TEN_MB / 2),
                () -> "token".repeat(TEN_MB / 5),
                () -> "access_token=".repeat(TEN_MB / 13),
                () -> "\"token\"  :  ".repeat(TEN_MB / 12),
                () -> "Bearer ".repeat(TEN_MB / 7),
                () -> "x".repeat(TEN_MB) + "client_secret=abc");
    }

    @ParameterizedTest
    @MethodSource("hostileBodies")
    void text_isLinear_onTenMegabytesOfHostileText(Supplier<String> body) {
        String hostile = body.get();
        String shown = assertTimeoutPreemptively(GENEROUS, () -> Redaction.text(hostile, List.of("s3cr3t-client")));
        assertThat(shown).hasSizeLessThan(Redaction.MAX_TEXT + 30).endsWith("(" + hostile.length() + " chars)");
    }

    @Test
    void aSecretOrCredentialValueCutByTheCap_isStillMasked_notHalfShown() {
        String secret = "S3CRET-" + "x".repeat(50);
        String text = "y".repeat(Redaction.MAX_TEXT - 10) + secret;
        assertThat(Redaction.text(text, List.of(secret))).doesNotContain("S3CRET").contains(Redaction.MASK);
        String keyed = "y".repeat(Redaction.MAX_TEXT - 20) + "client_secret=LEAKED-VALUE-" + "z".repeat(500);
        assertThat(Redaction.text(keyed)).doesNotContain("LEAKED");
    }

    @Test
    void urlEncodedSecrets_asAnEchoedFormShowsThem_areMasked() {
        String secret = "ak/secret+77f0==";
        assertThat(Redaction.text("error: password=x&echo=ak%2Fsecret%2B77f0%3D%3D", List.of(secret)))
                .doesNotContain("ak%2Fsecret").doesNotContain("77f0");
        assertThat(Redaction.value("invalid ak%2Fsecret%2B77f0%3D%3D", List.of(secret))).isEqualTo("invalid ****");
    }

    @Test
    void controlCharacters_becomeOneSpace_soAValueCannotForgeALogLine() {
        assertThat(Redaction.text("a\r\n\tb\u2028c\u0000d")).isEqualTo("a b c d");
        assertThat(Redaction.cap("line1\nINFO forged", 100)).isEqualTo("line1 INFO forged");
    }

    @Test
    void value_capsToMaxValue_masksKnownSecrets_butKeepsStructuredValuesIntact() {
        assertThat(Redaction.value("token:read event:write", List.of())).isEqualTo("token:read event:write");
        assertThat(Redaction.value("r".repeat(1_000_000), List.of()))
                .hasSizeLessThan(Redaction.MAX_VALUE + 30).endsWith("...(1000000 chars)");
        assertThat(Redaction.value("id-hunter2222", List.of("hunter2222"))).isEqualTo("id-****");
        assertThat(Redaction.value(null, List.of())).isNull();
    }

    @Test
    void cap_cutsWithoutSplittingASurrogatePair_andKeepsShortTextAsIs() {
        assertThat(Redaction.cap("short", 10)).isEqualTo("short");
        assertThat(Redaction.cap("ab\uD83D\uDE00cd", 3)).isEqualTo("ab...(6 chars)");
        assertThat(Redaction.cap(null, 3)).isNull();
    }

    @Test
    void headers_capAllowListedValues_andMaskKnownSecretsInThem() {
        String shown = Redaction.headers(Map.of("X-Request-Id", List.of("r".repeat(1_000_000) )), List.of());
        assertThat(shown).hasSizeLessThan(200);
        assertThat(Redaction.headers(Map.of("X-Request-Id", List.of("echo-tok-AAAA-1111")), List.of("tok-AAAA-1111")))
                .isEqualTo("{X-Request-Id=echo-****}");
    }

    @Test
    void uris_maskUserInfo_andMalformedEscapesDoNotBreakTheLogLine() {
        assertThat(Redaction.uri(URI.create("https://user:pa55word@h/t?client_secret=s&x=1#f")))
                .isEqualTo("https://****@h/t?client_secret=****&x=1#f");
        assertThat(Redaction.form("a%zz=1&b=2")).isEqualTo("a%zz=1&b=2");
        assertThat(Redaction.isSensitiveName("X-Api-Key")).isTrue();
        assertThat(Redaction.isSensitiveName("page_size")).isFalse();
    }
}
