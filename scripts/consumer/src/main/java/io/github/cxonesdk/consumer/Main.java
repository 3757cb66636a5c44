package io.github.cxonesdk.consumer;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.RetryPolicy;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardValidator;
import io.github.cxonesdk.dashboards.Layout;
import java.net.URI;
import java.time.Duration;

/** A few lines from the README, compiled and run on the module path against the staged release. */
public final class Main {
    public static void main(String[] args) {
        CxoneConfig config = CxoneConfig.builder().baseUrl(URI.create("https://api.example.invalid"))
                .tokenUrl(URI.create("https://auth.example.invalid/token"))
                .clientId("client").clientSecret(Secret.of("s3cr3t-value-long-enough")).build();
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(6).maxTotalTime(Duration.ofMinutes(3)).build();
        if (config.toString().contains("s3cr3t")) {
            throw new AssertionError("secret leaked into toString()");
        }
        Dashboard empty = Dashboard.builder().name("Agent Performance Monitor").refreshInterval(15)
                .layout(Layout.grid(4)).build();
        try {
            DashboardValidator.create().validate(empty.toBuilder().name(" ").build());
            throw new AssertionError("a blank name must be rejected");
        } catch (ModelValidationException expected) {
            System.out.println("consumer OK: " + policy.maxAttempts() + " attempts; "
                    + expected.violations().size() + " violation(s) found before any request");
        }
    }
}
