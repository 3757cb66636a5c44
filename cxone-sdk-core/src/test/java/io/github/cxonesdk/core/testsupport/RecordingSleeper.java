package io.github.cxonesdk.core.testsupport;

import io.github.cxonesdk.core.spi.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every requested sleep and advances a fake clock instead of waiting. */
public final class RecordingSleeper implements Sleeper {
    private final FakeClock clock;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public RecordingSleeper(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        if (clock != null) {
            clock.advance(duration);
        }
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
