package io.github.cxonesdk.streaming.pipeline;

import io.github.cxonesdk.streaming.StreamClient;
import java.util.Objects;

/**
 * A {@link Source} over a {@link StreamClient}: the position is the event's {@code sequence} as
 * decimal text, and a restart resumes with {@code resumeAfter} = that sequence. Without a saved
 * position the client starts as its builder says (e.g. {@code resumeAfter(0)} to replay what the
 * server still holds).
 *
 * <p>This class is thread-safe.
 */
public final class StreamSource implements Source {
    private final StreamClient.Builder builder;
    private StreamClient client;

    private StreamSource(StreamClient.Builder builder) {
        this.builder = builder;
    }

    /**
     * Creates a source that builds its client from {@code builder} when started.
     *
     * @param builder a configured client builder (its protocol must be resumable for exactly-once)
     * @return the source
     */
    public static StreamSource of(StreamClient.Builder builder) {
        return new StreamSource(Objects.requireNonNull(builder, "builder == null"));
    }

    @Override
    public synchronized void start(String position, Receiver receiver) {
        Objects.requireNonNull(receiver, "receiver == null");
        if (client != null) {
            throw new IllegalStateException("source already started");
        }
        if (position != null) {
            long sequence;
            try {
                sequence = Long.parseLong(position);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a stream position (a sequence): " + position, e);
            }
            builder.resumeAfter(sequence);
        }
        client = builder.build();
        client.terminated().whenComplete((ok, error) -> {
            if (error != null) {
                receiver.onError(error);
            }
        });
        client.start(event -> receiver.onEvent(event, Long.toString(event.sequence())));
    }

    /**
     * Returns the client, once started (for its metrics).
     *
     * @return the client, or null before {@link #start}
     */
    public synchronized StreamClient client() {
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
