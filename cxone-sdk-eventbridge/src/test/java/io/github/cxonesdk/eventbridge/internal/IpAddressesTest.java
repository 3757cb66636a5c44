package io.github.cxonesdk.eventbridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "1::", "2001:db8::", "2001:db8:1::42", "fe80::1:2:3:4", "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:0:0:4::8", "FFFF:abcd::0001", "64:ff9b::1.2.3.4", "::1.2.3.4",
        "1:2:3:4:5:6:1.2.3.4"})
    void ipv6AgreesWithTheJdkOnLiterals(String text) throws Exception {
        long[] out = new long[2];
        assertThat(IpAddresses.parseIpv6(text, out)).isTrue();
        ByteBuffer expected = ByteBuffer.wrap(InetAddress.getByName(text).getAddress());
        assertThat(out[0]).isEqualTo(expected.getLong());
        assertThat(out[1]).isEqualTo(expected.getLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", ":::", "1:", ":1", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::",
        "g::", "1.2.3.4", "::1.2.3", "::1.2.3.256", "1:2:3:4:5:6:7:1.2.3.4", "fe80::1%eth0", "[::1]", "::ffff:10.0.0.0001"})
    void ipv6RejectsMalformedText(String text) {
        assertThat(IpAddresses.parseIpv6(text, new long[2])).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "0.0.0.0", "255.255.255.255", "192.168.1.20"})
    void ipv4AgreesWithTheJdk(String text) throws Exception {
        long expected = Integer.toUnsignedLong(ByteBuffer.wrap(InetAddress.getByName(text).getAddress()).getInt());
        assertThat(IpAddresses.parseIpv4(text, 0, text.length())).isEqualTo(expected);
    }

    /** API.md: {@code 010.0.0.1} is not an IPv4 address (other readers take {@code 010} as octal). */
    @ParameterizedTest
    @ValueSource(strings = {"010.0.0.1", "10.01.0.1", "10.0.00.1", "10.0.0.09", "::ffff:010.0.0.1"})
    void ipv4WithLeadingZerosIsNotAnAddress(String text) {
        assertThat(IpAddresses.parseIpv4(text, 0, text.length())).isEqualTo(IpAddresses.INVALID);
        assertThat(IpAddresses.parseIpv6(text, new long[2])).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "0001.2.3.4", "1..2.3", "1.2.3.4 ", "a.b.c.d", "::ffff:1.2.3.4"})
    void ipv4RejectsMalformedText(String text) {
        assertThat(IpAddresses.parseIpv4(text, 0, text.length())).isEqualTo(IpAddresses.INVALID);
    }
}
