package io.github.cxonesdk.influx.internal;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.exception.CxoneException;
import io.github.cxonesdk.core.exception.ErrorDetails;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.internal.RetryAfter;
import io.github.cxonesdk.influx.InfluxRejectedException;
import io.github.cxonesdk.influx.InfluxUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Sends one batch of encoded lines: retries 429, 5xx and I/O failures within a total time budget
 * ({@code Retry-After}, capped, else the backoff), splits the batch in halves on 413 down to single lines, and
 * turns everything else into an exception naming the first rejected line. Never retries 4xx other than 429.
 *
 * <p>This class is thread-safe: it holds configuration only; each call keeps its own state.
 */
public final class BatchSender {
    private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);
    /** Bytes of an error body that are read; the rest is discarded. */
    static final int MAX_ERROR_BODY = 64 * 1024;

    /** Observes what the sender does; see the public listener. */
    public interface Events {
        /**
         * A batch was acknowledged.
         *
         * @param lines its size
         */
        void written(int lines);

        /**
         * An attempt failed and is retried.
         *
         * @param attempt the failed attempt
         * @param status the status, 0 for I/O
         * @param delay the wait before the next attempt
         */
        void retry(int attempt, int status, Duration delay);

        /** A batch was split after a 413. */
        void split();
    }

    /** Waits between attempts; tests inject their own. */
    public interface Sleeper {
        /**
         * Waits.
         *
         * @param d how long
         * @throws InterruptedException if interrupted
         */
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * The configuration of a sender.
     *
     * @param client the HTTP client
     * @param uri the write URI with its query
     * @param authorization the {@code Authorization} header value, or {@code null}
     * @param secrets values masked in every message
     * @param gzip whether bodies are gzip-compressed
     * @param requestTimeout the timeout of one attempt
     * @param backoff the backoff between attempts without {@code Retry-After}
     * @param maxRetryTime the total time budget of one batch
     * @param maxRetryAfter the cap on a server's {@code Retry-After}
     * @param sleeper waits between attempts
     * @param nanoTime the clock of the retry budget ({@code System::nanoTime})
     */
    public record Config(HttpClient client, URI uri, String authorization, List<String> secrets, boolean gzip,
                         Duration requestTimeout, Backoff backoff, Duration maxRetryTime, Duration maxRetryAfter,
                         Sleeper sleeper, java.util.function.LongSupplier nanoTime) {
    }

    private final Config config;

    /**
     * Creates a sender.
     *
     * @param config the configuration
     */
    public BatchSender(Config config) {
        this.config = config;
    }

    /**
     * Sends a batch, retrying and splitting as needed.
     *
     * @param lines the encoded lines, without terminators
     * @param events observer of acknowledgements, retries and splits
     * @return {@code null} when every line was acknowledged, else the failure (with the number of lines lost)
     */
    public CxoneException send(List<byte[]> lines, Events events) {
        long deadline = config.nanoTime().getAsLong() + config.maxRetryTime().toNanos();
        return sendWithin(lines, deadline, events);
    }

    private CxoneException sendWithin(List<byte[]> lines, long deadline, Events events) {
        byte[] body = body(lines);
        for (int attempt = 1; ; attempt++) {
            Answer answer = exchange(body);
            if (answer.status >= 200 && answer.status < 300) {
                events.written(lines.size());
                return null;
            }
            if (answer.status == 413 && lines.size() > 1) {
                events.split();
                return split(lines, deadline, events);
            }
            if (answer.status != 0 && answer.status != 429 && answer.status < 500) {
                return rejected(answer, lines, attempt);
            }
            Duration delay = answer.retryAfter != null
                    ? min(answer.retryAfter, config.maxRetryAfter()) : config.backoff().delay(attempt);
            if (config.nanoTime().getAsLong() + delay.toNanos() - deadline > 0) {
                return exhausted(answer, lines, attempt);
            }
            LOG.debug("InfluxDB write attempt {} failed ({}); retrying in {}", attempt,
                    answer.status == 0 ? "I/O" : answer.status, delay);
            events.retry(attempt, answer.status, delay);
            try {
                config.sleeper().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new InfluxUnavailableException("interrupted while retrying an InfluxDB write; "
                        + lines.size() + " lines not written", lines.size(), e);
            }
        }
    }

    private CxoneException split(List<byte[]> lines, long deadline, Events events) {
        int mid = lines.size() / 2;
        CxoneException first = sendWithin(lines.subList(0, mid), deadline, events);
        CxoneException second = sendWithin(lines.subList(mid, lines.size()), deadline, events);
        if (first == null) {
            return second;
        }
        if (second != null) {
            first.addSuppressed(second);
        }
        return first;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private CxoneException rejected(Answer a, List<byte[]> lines, int attempt) {
        String message = ServerError.message(a.body, config.secrets());
        String line = ServerError.firstRejectedLine(a.body, lines, config.secrets());
        int unwritten = a.status == 400 || a.status == 422 ? ServerError.unwritten(a.body, lines.size()) : lines.size();
        String text = "InfluxDB refused a write of " + lines.size() + " lines with HTTP " + a.status
                + (a.status == 413 ? " (a single line is larger than the server accepts)" : "")
                + (message != null ? ": " + message : "") + (line != null ? "; first rejected line: " + line : "");
        LOG.warn(text);
        return new InfluxRejectedException(text, details(a, message, attempt), unwritten, line);
    }

    private CxoneException exhausted(Answer a, List<byte[]> lines, int attempt) {
        String text = "InfluxDB write of " + lines.size() + " lines gave up after " + attempt
                + " attempts within the retry budget of " + config.maxRetryTime() + "; last: "
                + (a.status == 0 ? Scrub.text(String.valueOf(a.failure), config.secrets()) : "HTTP " + a.status);
        LOG.warn(text);
        if (a.status == 0) {
            return new InfluxUnavailableException(text, lines.size(), a.failure);
        }
        String message = ServerError.message(a.body, config.secrets());
        return new InfluxRejectedException(text + (message != null ? ": " + message : ""),
                details(a, message, attempt), lines.size(), null);
    }

    private static ErrorDetails details(Answer a, String message, int attempt) {
        return new ErrorDetails(a.status, null, message, a.requestId, null, a.retryAfter, attempt);
    }

    private byte[] body(List<byte[]> lines) {
        int size = lines.size();
        for (byte[] line : lines) {
            size += line.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(config.gzip() ? size / 4 + 64 : size);
        try (java.io.OutputStream o = config.gzip() ? new GZIPOutputStream(out, 8192) : out) {
            for (byte[] line : lines) {
                o.write(line);
                o.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
        return out.toByteArray();
    }

    private Answer exchange(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(config.uri())
                .timeout(config.requestTimeout())
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (config.gzip()) {
            request.header("Content-Encoding", "gzip");
        }
        if (config.authorization() != null) {
            request.header("Authorization", config.authorization());
        }
        try {
            HttpResponse<InputStream> response = config.client().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String text = read(response.body());
            Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                    Instant.now());
            String requestId = response.headers().firstValue("X-Request-Id")
                    .or(() -> response.headers().firstValue("Request-Id")).map(Scrub::text).orElse(null);
            return new Answer(response.statusCode(), text, retryAfter, requestId, null);
        } catch (IOException e) {
            return new Answer(0, null, null, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, null, null, new IOException("interrupted", e));
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private record Answer(int status, String body, Duration retryAfter, String requestId, IOException failure) {
    }
}
