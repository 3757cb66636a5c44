package io.github.cxonesdk.eventbridge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrBlockTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.1.2.3/8 | host bits set after the prefix length; the block is 10.0.0.0/8",
        "2001:db8::1/32 | host bits set",
        "::ffff:10.0.0.0/104 | IPv4-mapped IPv6 block; write the IPv4 block 10.0.0.0/8 instead",
        "010.0.0.0/8 | not an IPv4 or IPv6 address"})
    void blocksApiMdRejectsAreRejected(String block, String reason) {
        assertThatThrownBy(() -> CidrBlock.parse(block)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "0.0.0.0/0", "10.1.2.3/32", "2001:db8::/32", "::ffff:0:0/96", "::/0", "::1/128"})
    void wellFormedBlocksParse(String block) {
        assertThat(CidrBlock.parse(block)).isNotNull();
    }
}
