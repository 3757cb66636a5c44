package io.github.cxonesdk.core.internal;

import io.github.cxonesdk.core.spi.HttpTransport;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The default transport over {@link HttpClient}. The JDK's request timeout stops at the response
 * headers, so this transport also bounds the whole exchange (headers and body) by the request
 * timeout: a server that stalls mid-body cannot hang a call.
 *
 * <p>This class is thread-safe.
 */
public final class JdkHttpTransport implements HttpTransport {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    /**
     * Creates the transport.
     *
     * @param client the client
     */
    public JdkHttpTransport(HttpClient client) {
        this.client = Objects.requireNonNull(client, "client == null");
    }

    /**
     * Returns a transport over a new JDK client that does not follow redirects (a redirect must not
     * carry the bearer token elsewhere).
     *
     * @param connectTimeout the TCP connect timeout
     * @return the transport
     */
    public static JdkHttpTransport create(Duration connectTimeout) {
        return new JdkHttpTransport(HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        Duration timeout = request.timeout().orElse(DEFAULT_TIMEOUT);
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            HttpTimeoutException timedOut = new HttpTimeoutException("no complete response within " + timeout);
            timedOut.initCause(e); // the JDK type has no cause constructor
            throw timedOut;
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(cause), cause);
        }
    }
}
