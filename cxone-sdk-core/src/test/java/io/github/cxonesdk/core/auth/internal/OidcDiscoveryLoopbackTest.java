package io.github.cxonesdk.core.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OidcDiscoveryLoopbackTest {
    @ParameterizedTest
    @CsvSource({"localhost,true", "LOCALHOST,true", "127.0.0.1,true", "127.9.9.9,true", "[::1],true", "::1,true",
        "128.0.0.1,false", "localhost.evil.example,false", "10.0.0.1,false", "[::2],false", "example.com,false",
        "127.0.0.1.evil.example,false", "'',false"})
    void loopbackHosts_areRecognisedWithoutDns(String host, boolean loopback) {
        assertThat(OidcDiscovery.isLoopback(host)).isEqualTo(loopback);
    }
}
