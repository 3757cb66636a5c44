package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.ModelValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LineProtocolTest {

    private static Point.Builder m(String measurement) {
        return Point.builder(measurement).field("v", 1L);
    }

    @Test
    void fullPoint_isEncodedWithSortedTagsAndTypedFields() {
        Point p = Point.builder("cpu")
                .tag("region", "eu").tag("host", "a")
                .field("s", "x").field("d", 1.5).field("i", -3L).unsignedField("u", -1L).field("b", true)
                .time(1_700_000_000L, WritePrecision.S)
                .build();
        assertThat(p.toLineProtocol())
                .isEqualTo("cpu,host=a,region=eu b=true,d=1.5,i=-3i,s=\"x\",u=18446744073709551615u 1700000000");
        assertThat(LineProtocol.encode(p, WritePrecision.MS)).endsWith(" 1700000000000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a b|a\\ b", "a,b|a\\,b", "a=b|a=b", "a\"b|a\"b", "a\\b|a\\b", "a\\\\b|a\\\\b",
        "é€😀|é€😀", "x#|x#"})
    void measurement_escapesCommaAndSpace(String raw, String escaped) {
        assertThat(m(raw).build().toLineProtocol()).isEqualTo(escaped + " v=1i");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a b|a\\ b", "a,b|a\\,b", "a=b|a\\=b", "a\"b|a\"b", "a\\b|a\\b", "\\\\x|\\\\x", "#a|#a",
        "a\\\\,b|a\\\\\\,b", "`a\\\\ b`|a\\\\\\ b"})
    void tags_escapeCommaEqualsAndSpace(String raw, String escaped) {
        assertThat(m("m").tag(raw, raw).build().toLineProtocol()).isEqualTo("m," + escaped + "=" + escaped + " v=1i");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a b|a\\ b", "a=b|a\\=b", "a\"b|a\"b", "a\\\"b|a\\\\\"b", "a\\b|a\\b"})
    void fieldKeys_escapeCommaEqualsSpaceAndQuoteAfterBackslash(String raw, String escaped) {
        assertThat(Point.builder("m").field(raw, 1L).build().toLineProtocol()).isEqualTo("m " + escaped + "=1i");
    }

    @Test
    void stringValues_escapeQuoteAndBackslash_includingTrailingBackslashAndNewlines() {
        Point p = Point.builder("m").field("s", "say \"hi\"\\\n,= \\").build();
        assertThat(p.toLineProtocol()).isEqualTo("m s=\"say \\\"hi\\\"\\\\\n,= \\\\\"");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 1.0, 1.5, 0.1, 1e-5, 1.0e20, 123456.789, 4.9e-324, Double.MAX_VALUE,
        -Double.MIN_NORMAL, 2e-3, 1e23, 0.30000000000000004, 9007199254740993.0, 1e7, 1e-3})
    void doubles_arePlainAndRoundTripExactly(double d) {
        String line = Point.builder("m").field("d", d).build().toLineProtocol();
        String number = line.substring("m d=".length());
        assertThat(number).doesNotContain("E").doesNotContain("e").contains(".");
        assertThat(Double.parseDouble(number)).isEqualTo(d);
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(number))).isEqualTo(Double.doubleToRawLongBits(d));
    }

    @Test
    void doubles_randomBitPatterns_roundTripWithTheDigitsOfToString() {
        SplittableRandom random = new SplittableRandom(20261129);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d)) {
                continue;
            }
            sb.setLength(0);
            io.github.cxonesdk.influx.internal.Doubles.append(sb, d);
            String s = sb.toString();
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(d);
            assertThat(s.indexOf('E')).isNegative();
            String reference = Double.toString(d).replaceFirst("E.*", "");
            assertThat(significantDigits(s)).as(s).isEqualTo(significantDigits(reference));
        }
    }

    private static int significantDigits(String plain) {
        String digits = plain.replace("-", "").replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return digits.length();
    }

    @Test
    void doubles_withFewDecimals_matchToStringExactly() {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            double d = (random.nextLong(-10_000_000_000L, 10_000_000_000L)) / Math.pow(10, random.nextInt(4));
            sb.setLength(0);
            io.github.cxonesdk.influx.internal.Doubles.append(sb, d);
            String expected = new java.math.BigDecimal(Double.toString(d)).toPlainString();
            expected = expected.contains(".") ? expected : expected + ".0";
            assertThat(sb.toString()).as("%s", d).isEqualTo(expected);
        }
        sb.setLength(0);
        io.github.cxonesdk.influx.internal.Doubles.append(sb, 0.05);
        assertThat(sb.toString()).isEqualTo("0.05");
    }

    @Test
    void integers_useSuffixes() {
        assertThat(Point.builder("m").field("i", Long.MIN_VALUE).build().toLineProtocol())
                .isEqualTo("m i=-9223372036854775808i");
        assertThat(Point.builder("m").unsignedField("u", 0).build().toLineProtocol()).isEqualTo("m u=0u");
    }

    @Test
    void time_isConvertedBetweenPrecisions_andLossIsRefused() {
        Point p = m("m").time(Instant.parse("2026-11-29T10:00:00.123Z")).build();
        assertThat(LineProtocol.encode(p, WritePrecision.MS)).endsWith(" " + Instant.parse("2026-11-29T10:00:00.123Z").toEpochMilli());
        assertThatThrownBy(() -> LineProtocol.encode(p, WritePrecision.S))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("'m'").hasMessageContaining("cut off");
    }

    @Test
    void pointWithoutFields_isRefusedNamingThePoint() {
        assertThatThrownBy(() -> Point.builder("cpu").tag("h", "a").time(5, WritePrecision.S).build())
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("point 'cpu' at 1970-01-01T00:00:05Z")
                .hasMessageContaining("at least one field");
    }

    @Test
    void everyViolationIsListed() {
        ModelValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ModelValidationException.class,
                () -> Point.builder("#cpu").tag("host", "").tag("a\nb", "x").tag("time", "t")
                        .field("nan", Double.NaN).field("inf", Double.POSITIVE_INFINITY)
                        .field("k\\", 1L).field("time", 2L).field("s", "\ud800").build());
        assertThat(e.violations()).extracting(v -> v.path())
                .contains("measurement", "tags[host]", "tags[a b].key", "tags[time]", "fields[nan]",
                        "fields[inf]", "fields[k\\].key", "fields[time]", "fields[s]");
        assertThat(e.getMessage()).contains("comment", "empty tag value", "line break", "reserved", "NaN",
                "Infinity", "end with a backslash", "surrogate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\\"b", "a\\\\=b", "a\\\\,b"})
    void measurementsWithABackslashBeforeASpecialCharacter_areRefused(String raw) {
        assertThatThrownBy(() -> m(raw).build()).hasMessageContaining("queries cannot find");
        assertThat(m("m").tag("t", raw).build().toLineProtocol()).startsWith("m,t=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\", "a\\ b", "a\\,b", "a\\=b", "\\\\\\", "\r", "a\nb", "\ud83d", "\ude00x", ""})
    void namesInfluxCannotReadBack_areRefused(String raw) {
        assertThatThrownBy(() -> m("m").tag("t", raw).build()).isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> m(raw).build()).isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> Point.builder("m").field(raw, 1L).build())
                .isInstanceOf(ModelValidationException.class);
    }

    @Test
    void timeOutsideInfluxRange_isRefused() {
        assertThatThrownBy(() -> m("m").time(Long.MAX_VALUE, WritePrecision.NS).build())
                .hasMessageContaining("outside InfluxDB's range");
        assertThatThrownBy(() -> m("m").time(Long.MAX_VALUE / 1000, WritePrecision.S).build())
                .hasMessageContaining("outside InfluxDB's range");
        assertThatThrownBy(() -> m("m").time(Instant.MAX).build()).hasMessageContaining("outside InfluxDB's range");
        assertThat(m("m").time(Point.MAX_NANOS, WritePrecision.NS).build().toLineProtocol())
                .endsWith(" " + Point.MAX_NANOS);
    }

    @Test
    void seriesKeyOverInfluxLimit_isRefused() {
        assertThatThrownBy(() -> m("m").tag("t", "x".repeat(70_000)).build())
                .hasMessageContaining("series key is");
        assertThat(m("m").tag("t", "x".repeat(60_000)).build().toLineProtocol().length()).isEqualTo(60_009);
    }

    @Test
    void hostile_hugeAndControlStrings_encodeInLinearTime() {
        String huge = "\\ ,=\"".repeat(500_000) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Point p = Point.builder("m").field("s", huge + "\u0000\u0001\u007f😀").build();
            assertThat(p.toLineProtocol()).hasSizeGreaterThan(huge.length());
            assertThatThrownBy(() -> m("m").tag("t", "\\".repeat(1_000_001) + " ").build())
                    .isInstanceOf(ModelValidationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(2_000));
        });
    }

    @Test
    void messagesAndToString_areCapped_andNeverHoldFieldValues() {
        Point p = Point.builder("m".repeat(5_000)).field("s", "secret-value").build();
        assertThat(p.toString()).doesNotContain("secret-value").hasSizeLessThan(400);
    }

    @Test
    void toBuilder_roundTrips_andEqualsComparesContent() {
        Point p = Point.builder("m").tag("a", "b").field("d", 2.5).field("s", "x").unsignedField("u", 3)
                .field("b", false).time(7, WritePrecision.MS).build();
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.fields()).containsEntry("d", 2.5).containsEntry("s", "x").containsEntry("u", 3L)
                .containsEntry("b", false);
        assertThat(p.tags()).containsEntry("a", "b");
        assertThat(p.toBuilder().noTime().build().toLineProtocol()).isEqualTo("m,a=b b=false,d=2.5,s=\"x\",u=3u");
    }

    @Test
    void interactionMetricsPoint_hasTheDocumentedShape() {
        Point p = InteractionMetricsPoints.of(Instant.parse("2026-11-29T10:00:00Z"), "c 1", 17, 1.5, 2, 3, 4, 5, 6.25);
        assertThat(p.toLineProtocol()).isEqualTo("cxone_metrics,campaign_id=c\\ 1 count=17i,p50_handle=1.5,"
                + "p50_wait=4.0,p90_handle=2.0,p90_wait=5.0,p95_handle=3.0,p95_wait=6.25 1795946400000000000");
    }
}
