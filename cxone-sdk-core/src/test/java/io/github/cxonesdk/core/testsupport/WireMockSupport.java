package io.github.cxonesdk.core.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.RetryPolicy;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.auth.TokenProviders;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server on loopback, a fake clock and a recording sleeper, fresh per test. */
public abstract class WireMockSupport {
    protected WireMockSupport() {
    }

    protected static final String CLIENT_SECRET = "s3cr3t-client-value";
    protected static final String TOKEN = "tok-AAAA-1111";

    protected WireMockServer wm;
    protected FakeClock clock;
    protected RecordingSleeper sleeper;

    @BeforeEach
    protected void startWireMock() {
        wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
        clock = new FakeClock(Instant.parse("2026-11-22T10:00:00Z"));
        sleeper = new RecordingSleeper(clock);
    }

    @AfterEach
    protected void stopWireMock() {
        wm.stop();
    }

    protected URI baseUrl() {
        return URI.create("http://127.0.0.1:" + wm.port());
    }

    protected URI tokenUrl() {
        return URI.create(baseUrl() + "/oauth/token");
    }

    protected CxoneConfig config() {
        return CxoneConfig.builder()
                .baseUrl(baseUrl())
                .tokenUrl(tokenUrl())
                .clientId("client-1")
                .clientSecret(Secret.of(CLIENT_SECRET))
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** A pipeline with a fixed token, fake clock and recording sleeper. */
    protected CxoneHttp.Builder http(RetryPolicy policy) {
        return CxoneHttp.builder().config(config()).tokenProvider(TokenProviders.fixed(Secret.of(TOKEN)))
                .retryPolicy(policy).clock(clock).sleeper(sleeper);
    }
}
