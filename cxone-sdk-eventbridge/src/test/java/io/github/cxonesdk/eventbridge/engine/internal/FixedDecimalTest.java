package io.github.cxonesdk.eventbridge.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixedDecimalTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "245.0", "31.5", "300.000", "-12.340", "0.001", "999999999999999999",
        "-999999999999999999", "0.000000000000000001", "10", "1.10"})
    void parseNormalisesAndKeepsTheExactValue(String text) {
        long[] out = new long[1];
        int scale = FixedDecimal.parse(text.toCharArray(), 0, text.length(), out);
        assertThat(scale).isGreaterThanOrEqualTo(0);
        assertThat(BigDecimal.valueOf(out[0], scale).compareTo(new BigDecimal(text))).isZero();
        assertThat(FixedDecimal.key(out[0], scale)).isEqualTo(Constant.of(new BigDecimal(text)).indexKey);
        long[] viaBig = new long[1];
        assertThat(FixedDecimal.of(new BigDecimal(text), viaBig)).isEqualTo(scale);
        assertThat(viaBig[0]).isEqualTo(out[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e5", "1E-3", "1234567890123456789", "0.1234567890123456789"})
    void parseDeclinesExponentsAndLongDigitRuns(String text) {
        assertThat(FixedDecimal.parse(text.toCharArray(), 0, text.length(), new long[1])).isEqualTo(-1);
    }

    @Test
    void compareAgreesWithBigDecimalIncludingOverflow() {
        Random random = new Random(7);
        long[] unscaled = {0, 1, -1, 5, 999_999_999_999_999_999L, -999_999_999_999_999_999L, 123_456_789, Long.MAX_VALUE};
        for (int k = 0; k < 20_000; k++) {
            long a = random.nextBoolean() ? unscaled[random.nextInt(unscaled.length)] : random.nextLong() % 1_000_000;
            long b = random.nextBoolean() ? unscaled[random.nextInt(unscaled.length)] : random.nextLong() % 1_000_000;
            int as = random.nextInt(25);
            int bs = random.nextInt(25);
            int expected = Integer.signum(BigDecimal.valueOf(a, as).compareTo(BigDecimal.valueOf(b, bs)));
            assertThat(Integer.signum(FixedDecimal.compare(a, as, b, bs))).as("%d e-%d vs %d e-%d", a, as, b, bs)
                    .isEqualTo(expected);
        }
    }
}
