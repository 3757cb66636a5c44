package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.streaming.StreamListener;
import io.github.cxonesdk.streaming.spi.StreamProtocol;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Everything a {@link StreamEngine} is configured with (checked by the public builder).
 *
 * @param url            the WebSocket URL
 * @param protocol       the protocol
 * @param tokens         the token source
 * @param http           a caller's HTTP client, or null for one the engine owns
 * @param tokenInQuery   send the token as {@code ?access_token=} instead of a header
 * @param backoff        reconnect backoff
 * @param connectTimeout handshake timeout
 * @param silenceTimeout how long a socket may stay silent while the client waits for frames
 * @param maxMessageSize largest message in chars after reassembly
 * @param bufferSize     the most events received and not yet delivered
 * @param reorderWindow  the most out-of-order events held
 * @param gapTimeout     how long to wait for a missing sequence
 * @param dedupCapacity  how many event ids to remember
 * @param resumeAfter    the sequence to resume after, or -1
 * @param lagThreshold   delivery lag above which the listener hears {@code onLag}
 * @param executor       the caller's delivery executor, or null for the engine's own thread
 * @param listener       the listener
 */
public record StreamSettings(URI url, StreamProtocol protocol, TokenProvider tokens, HttpClient http,
                             boolean tokenInQuery, Backoff backoff, Duration connectTimeout, Duration silenceTimeout,
                             int maxMessageSize, int bufferSize, int reorderWindow, Duration gapTimeout,
                             int dedupCapacity, long resumeAfter, Duration lagThreshold, Executor executor,
                             StreamListener listener) {
}
