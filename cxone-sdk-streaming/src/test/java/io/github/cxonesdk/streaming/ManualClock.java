package io.github.cxonesdk.streaming;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. */
public final class ManualClock extends Clock {
    /** The current instant; tests assign it. */
    public volatile Instant now = Instant.parse("2026-05-20T12:00:00Z");

    /** Creates the clock at 2026-05-20T12:00:00Z. */
    public ManualClock() {
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
