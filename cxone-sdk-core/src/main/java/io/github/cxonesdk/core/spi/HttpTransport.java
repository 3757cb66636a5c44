package io.github.cxonesdk.core.spi;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends one HTTP request and returns the whole response; the bottom of the {@code CxoneHttp}
 * pipeline and of the token providers. Swap it to record traffic, to add a proxy or mTLS, or to
 * fake the network in tests. It must not retry, authenticate or log: the pipeline does that.
 *
 * <pre>{@code
 * HttpTransport transport = HttpTransport.of(HttpClient.newBuilder().proxy(myProxy).build());
 * CxoneHttp http = CxoneHttp.builder().config(config).transport(transport).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe.
 */
public interface HttpTransport extends AutoCloseable {
    /**
     * Sends {@code request} and reads the body fully. Must honour {@link HttpRequest#timeout()}
     * for the whole exchange, so that no call hangs.
     *
     * @param request the request, with every header already set
     * @return the response with the raw body
     * @throws IOException on connection failure, timeout or a malformed response
     * @throws InterruptedException if the calling thread is interrupted
     */
    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;

    /**
     * Releases resources the transport owns. The default does nothing.
     */
    @Override
    default void close() {
    }

    /**
     * Returns a transport over a JDK client that the caller owns (closing the transport does not close the client).
     *
     * @param client the client
     * @return the transport
     */
    static HttpTransport of(HttpClient client) {
        return new io.github.cxonesdk.core.internal.JdkHttpTransport(client);
    }
}
