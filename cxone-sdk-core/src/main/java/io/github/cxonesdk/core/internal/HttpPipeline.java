package io.github.cxonesdk.core.internal;

import dev.failsafe.Execution;
import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.CxoneResponse;
import io.github.cxonesdk.core.RetryPolicy;
import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.CxoneException;
import io.github.cxonesdk.core.spi.CallInfo;
import io.github.cxonesdk.core.spi.CxoneListener;
import io.github.cxonesdk.core.spi.HttpTransport;
import io.github.cxonesdk.core.spi.RateLimiter;
import io.github.cxonesdk.core.spi.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP pipeline behind {@code CxoneHttp}: request id, user agent, bearer auth (one refresh and
 * replay on 401), optional rate limiter, retries (Failsafe, waiting {@link RetryPolicy#backoff()} or
 * {@code Retry-After}) and the transport. One budget per call: the replay after a 401 continues the
 * attempt count and the time budget of the call, and each attempt's timeout is capped by what is left.
 *
 * <p>This class is thread-safe.
 */
public final class HttpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.cxonesdk.core.http");

    private final CxoneConfig config;
    private final TokenProvider tokens;
    private final HttpTransport transport;
    private final RetryPolicy retryPolicy;
    private final Backoff backoff;
    private final CxoneListener listener;
    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final Sleeper sleeper;
    private final JsonMapper json;

    /**
     * Creates the pipeline.
     *
     * @param config the configuration
     * @param tokens the token provider
     * @param transport the transport
     * @param retryPolicy the retry policy
     * @param listener the listener
     * @param rateLimiter the rate limiter, or {@code null}
     * @param clock the clock for {@code Retry-After} dates and the total time budget
     * @param sleeper the sleeper between retries
     * @param json the JSON mapper
     */
    public HttpPipeline(CxoneConfig config, TokenProvider tokens, HttpTransport transport, RetryPolicy retryPolicy,
                        CxoneListener listener, RateLimiter rateLimiter, Clock clock, Sleeper sleeper, JsonMapper json) {
        this.config = Objects.requireNonNull(config, "config == null");
        this.tokens = Objects.requireNonNull(tokens, "tokens == null");
        this.transport = Objects.requireNonNull(transport, "transport == null");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
        this.backoff = retryPolicy.backoff();
        this.listener = Objects.requireNonNull(listener, "listener == null");
        this.rateLimiter = rateLimiter;
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
        this.json = Objects.requireNonNull(json, "json == null");
    }

    /**
     * Executes a call.
     *
     * @param <T> the body type
     * @param request the request
     * @param type the body type
     * @return the 2xx response
     */
    public <T> CxoneResponse<T> execute(CxoneRequest request, JavaType type) {
        CallInfo call = new CallInfo(UUID.randomUUID().toString(), request.operation(), request.method(),
                request.path());
        long started = System.nanoTime();
        CallState state = new CallState(deadline(clock.instant(), retryPolicy.maxTotalTime()));
        try {
            byte[] body = serialise(call, request);
            AccessToken token = tokens.token();
            HttpResponse<byte[]> response = authorisedWithRetries(call, request, body, token, state);
            if (response.statusCode() == 401) {
                tokens.invalidate(token);
                AccessToken fresh = tokens.token();
                // replaying with the token that was just rejected (a fixed token) cannot succeed; the replay
                // continues this call's budget, so it is skipped when no time is left
                if (!fresh.equals(token) && !timeLeft(state).isZero()) {
                    LOG.debug("401 for {} [{}]: replaying once with a new token", call.operation(), call.requestId());
                    token = fresh;
                    response = authorisedWithRetries(call, request, body, token, state);
                }
            }
            return decode(call, request, response, type, state, token);
        } catch (CxoneException e) {
            // failed attempts before the last outcome are not dropped: they travel as suppressed exceptions
            state.earlierFailures.stream().filter(f -> f != e.getCause()).forEach(e::addSuppressed);
            notify(() -> listener.onFailure(call, e, Duration.ofNanos(System.nanoTime() - started)));
            throw e;
        }
    }

    private HttpResponse<byte[]> authorisedWithRetries(CallInfo call, CxoneRequest request, byte[] body,
                                                       AccessToken token, CallState state) {
        HttpRequest http = buildRequest(call, request, body, token);
        try {
            if (rateLimiter != null) {
                rateLimiter.acquire();
            }
            return withRetries(call, request, http, state, token);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CxoneClientException(call.operation() + " interrupted [" + call.method() + " " + call.path()
                    + ", requestId=" + call.requestId() + "]", e);
        }
    }

    private HttpResponse<byte[]> withRetries(CallInfo call, CxoneRequest request, HttpRequest http, CallState state,
                                             AccessToken token) throws InterruptedException {
        // a replay after a 401 gets what is left of the call's attempts, and always the one replay attempt
        Execution<HttpResponse<byte[]>> execution = Execution.of(failsafePolicy(request,
                Math.max(1, retryPolicy.maxAttempts() - state.attempts)));
        while (true) {
            Duration left = timeLeft(state);
            if (left.isZero()) {
                throw new CxoneClientException(call.operation() + ": the total time budget of "
                        + retryPolicy.maxTotalTime() + " ran out before an attempt could start [" + call.method()
                        + " " + call.path() + ", requestId=" + call.requestId() + ", attempts=" + state.attempts + "]");
            }
            state.attempts++;
            Object outcome = attemptAndRecord(call, capTimeout(http, left), state.attempts, execution);
            if (outcome instanceof IOException e) {
                state.earlierFailures.add(e); // at most maxAttempts + 1 per call
            }
            if (execution.isComplete() || !waitBeforeRetry(call, state.attempts, execution.getDelay(),
                    state.deadline, outcome)) {
                return outcomeOrThrow(call, outcome, state.attempts, token);
            }
        }
    }

    private static Instant deadline(Instant now, Duration budget) {
        try {
            return now.plus(budget);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return Instant.MAX; // a budget beyond the calendar never runs out
        }
    }

    /** Returns what is left of the call's time budget, zero when nothing is. */
    private Duration timeLeft(CallState state) {
        Duration left = Duration.between(clock.instant(), state.deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** No attempt may outlive the call's time budget: its timeout is at most what is left. */
    private HttpRequest capTimeout(HttpRequest http, Duration left) {
        Duration timeout = http.timeout().orElse(config.requestTimeout());
        return left.compareTo(timeout) >= 0 ? http : HttpRequest.newBuilder(http, (name, value) -> true)
                .timeout(left).build();
    }

    /** Returns the response, or the IOException when the attempt got none; records either in the execution. */
    private Object attemptAndRecord(CallInfo call, HttpRequest http, int attempt,
                                    Execution<HttpResponse<byte[]>> execution) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = attempt(call, http, attempt);
            execution.recordResult(response);
            return response;
        } catch (IOException e) {
            LOG.debug("<-- failed {} {} attempt {} [{}]: {}", call.method(), Redaction.uri(http.uri()), attempt,
                    call.requestId(), describe(e));
            execution.recordException(e);
            return e;
        }
    }

    /** Waits before the next attempt; returns false when the wait would use up the total time budget. */
    private boolean waitBeforeRetry(CallInfo call, int attempt, Duration delay, Instant deadline, Object outcome)
            throws InterruptedException {
        // an attempt that would start with no time left could only time out at once
        if (!clock.instant().plus(delay).isBefore(deadline)) {
            LOG.debug("not retrying {} [{}]: a wait of {} exceeds the total time budget {}", call.operation(),
                    call.requestId(), delay, retryPolicy.maxTotalTime());
            return false;
        }
        String reason = outcome instanceof IOException e ? describe(e)
                : "HTTP " + ((HttpResponse<?>) outcome).statusCode();
        notify(() -> listener.onRetry(call, attempt, delay, reason));
        LOG.debug("retrying {} [{}] after attempt {} ({}) in {}", call.operation(), call.requestId(), attempt,
                reason, delay);
        sleeper.sleep(delay);
        return true;
    }

    private static HttpResponse<byte[]> outcomeOrThrow(CallInfo call, Object outcome, int attempts,
                                                       AccessToken token) {
        if (outcome instanceof IOException e) {
            throw new CxoneClientException(call.operation() + " failed: " + describe(e, token) + " ["
                    + call.method() + " " + call.path() + ", requestId=" + call.requestId() + ", attempts="
                    + attempts + "]", e);
        }
        @SuppressWarnings("unchecked")
        HttpResponse<byte[]> response = (HttpResponse<byte[]>) outcome;
        return response;
    }

    private HttpResponse<byte[]> attempt(CallInfo call, HttpRequest http, int attempt) throws IOException,
            InterruptedException {
        notify(() -> listener.onAttempt(call, attempt));
        if (LOG.isDebugEnabled()) {
            LOG.debug("--> {} {} attempt {} [{}] headers={}", http.method(), Redaction.uri(http.uri()), attempt,
                    call.requestId(), Redaction.headers(http.headers().map()));
        }
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = transport.send(http);
        Duration latency = Duration.ofNanos(System.nanoTime() - t0);
        if (LOG.isDebugEnabled()) {
            LOG.debug("<-- {} {} {} ({} ms) [{}] headers={}", response.statusCode(), http.method(),
                    Redaction.uri(http.uri()), latency.toMillis(), call.requestId(),
                    Redaction.headers(response.headers().map(), secrets(http)));
        }
        notify(() -> listener.onResponse(call, response.statusCode(), latency));
        if (response.statusCode() == 429) {
            Duration retryAfter = retryAfter(response);
            notify(() -> listener.onThrottled(call, retryAfter));
        }
        return response;
    }

    private dev.failsafe.RetryPolicy<HttpResponse<byte[]>> failsafePolicy(CxoneRequest request, int maxAttempts) {
        return dev.failsafe.RetryPolicy.<HttpResponse<byte[]>>builder()
                .handleIf((response, failure) -> shouldRetry(request, response, failure))
                .withMaxAttempts(maxAttempts)
                .withDelayFn(ctx -> delay(ctx.getLastResult(), ctx.getAttemptCount()))
                .build();
    }

    private static boolean shouldRetry(CxoneRequest request, HttpResponse<byte[]> response, Throwable failure) {
        if (failure != null) {
            // the design allows a non-idempotent call only 429 retries, even when the failure was a refused connect
            return failure instanceof IOException && request.retryable();
        }
        int status = response.statusCode();
        return status == 429 || ((status == 502 || status == 503 || status == 504) && request.retryable());
    }

    private Duration delay(HttpResponse<byte[]> lastResponse, int attempts) {
        Duration retryAfter = lastResponse == null ? null : retryAfter(lastResponse);
        if (retryAfter != null) {
            return retryAfter.compareTo(retryPolicy.maxRetryAfter()) > 0 ? retryPolicy.maxRetryAfter() : retryAfter;
        }
        return backoff.delay(Math.max(attempts, 1));
    }

    private Duration retryAfter(HttpResponse<byte[]> response) {
        return RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
    }

    private HttpRequest buildRequest(CallInfo call, CxoneRequest request, byte[] body, AccessToken token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(config.baseUrl() + request.pathAndQuery()))
                .timeout(config.requestTimeout())
                .header("X-Request-Id", call.requestId())
                .header("User-Agent", config.userAgent())
                .header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        request.headers().forEach(b::header);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return b.method(request.method(), publisher).build();
    }

    private byte[] serialise(CallInfo call, CxoneRequest request) {
        if (request.body() == null) {
            return null;
        }
        try {
            return json.writeValueAsBytes(request.body());
        } catch (RuntimeException e) {
            throw new CxoneClientException(call.operation() + ": could not serialise the request body ("
                    + request.body().getClass().getSimpleName() + "): " + Redaction.text(e.getMessage()), e);
        }
    }

    private <T> CxoneResponse<T> decode(CallInfo call, CxoneRequest request, HttpResponse<byte[]> response,
                                        JavaType type, CallState state, AccessToken token) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw ErrorMapper.map(call, response, retryAfter(response), state.attempts, secrets(token));
        }
        return new CxoneResponse<>(status, response.headers().map(), body(call, response.body(), type));
    }

    private <T> T body(CallInfo call, byte[] raw, JavaType type) {
        Class<?> rawClass = type.getRawClass();
        if (rawClass == Void.class || rawClass == void.class) {
            return null;
        }
        if (rawClass == byte[].class) {
            return cast(raw);
        }
        if (rawClass == String.class) {
            return cast(raw == null ? null : new String(raw, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (raw == null || raw.length == 0) {
            return null;
        }
        try {
            return json.readValue(raw, type);
        } catch (RuntimeException e) {
            throw new CxoneClientException(call.operation() + ": could not read the response body as "
                    + type.toCanonical() + " [requestId=" + call.requestId() + "]: "
                    + Redaction.text(e.getMessage()), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private void notify(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warn("listener {} failed; ignoring", listener.getClass().getName(), e);
        }
    }

    private static String describe(IOException e) {
        return describe(e, null);
    }

    /** Every value a server might echo that must not reach a message or log: the token and the config's secrets. */
    private List<String> secrets(AccessToken token) {
        List<String> secrets = Redaction.secrets(config);
        secrets.add(token.value());
        return secrets;
    }

    private List<String> secrets(HttpRequest http) {
        List<String> secrets = Redaction.secrets(config);
        // "Bearer <token>": the token this attempt sent
        http.headers().firstValue("Authorization").map(v -> v.substring(v.indexOf(' ') + 1)).ifPresent(secrets::add);
        return secrets;
    }

    private static String describe(IOException e, AccessToken token) {
        if (e == null) {
            return "no response";
        }
        String message = e.getMessage() == null ? "" : ": " + Redaction.text(e.getMessage(),
                token == null ? List.of() : List.of(token.value()));
        return e.getClass().getSimpleName() + message;
    }

    /** The budget of one call, shared by its first round and the replay after a 401; confined to the calling thread. */
    private static final class CallState {
        private final Instant deadline;
        private final List<IOException> earlierFailures = new java.util.ArrayList<>();
        private int attempts;

        private CallState(Instant deadline) {
            this.deadline = deadline;
        }
    }
}
