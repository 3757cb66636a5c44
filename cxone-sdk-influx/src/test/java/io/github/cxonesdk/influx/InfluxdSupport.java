package io.github.cxonesdk.influx;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Starts an {@link InfluxdProcess} for an integration test, or skips it (only outside CI) when influxd is absent. */
final class InfluxdSupport {
    private InfluxdSupport() {
    }

    static InfluxdProcess startOrSkip() {
        if (InfluxdProcess.binary().isEmpty()) {
            String why = "influxd is not installed (apt-get install influxdb; .ci/run does it)";
            if (System.getenv("CI") != null) {
                Assertions.fail(why + " but CI is set: the integration tests must run");
            }
            Assumptions.abort(why + ": skipping");
        }
        return InfluxdProcess.start();
    }
}
