package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.spi.HttpTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.function.BiPredicate;
import javax.net.ssl.SSLSession;

/** A transport that records every request and answers from a script; an empty script fails the test. */
final class ScriptedTransport implements HttpTransport {
    record Sent(HttpRequest request, String body) {
    }

    private final Deque<HttpResponse<byte[]>> script = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();

    synchronized ScriptedTransport respond(int status, String body, String... headerPairs) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        script.add(new Canned(status, HttpHeaders.of(headers, ALL), body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public synchronized HttpResponse<byte[]> send(HttpRequest request) {
        sent.add(new Sent(request, body(request)));
        HttpResponse<byte[]> next = script.poll();
        if (next == null) {
            throw new AssertionError("unexpected request " + request.method() + " " + request.uri());
        }
        return next;
    }

    private static final BiPredicate<String, String> ALL = (a, b) -> true;

    private static String body(HttpRequest request) {
        return request.bodyPublisher().map(publisher -> {
            StringBuilder text = new StringBuilder();
            publisher.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(java.nio.ByteBuffer item) {
                    byte[] bytes = new byte[item.remaining()];
                    item.get(bytes);
                    text.append(new String(bytes, StandardCharsets.UTF_8));
                }

                @Override
                public void onError(Throwable throwable) {
                }

                @Override
                public void onComplete() {
                }
            });
            return text.toString();
        }).orElse("");
    }

    private record Canned(int statusCode, HttpHeaders headers, byte[] body) implements HttpResponse<byte[]> {
        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create("http://127.0.0.1/");
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
