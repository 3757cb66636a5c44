package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.influx.internal.Scrub;
import io.github.cxonesdk.influx.internal.BatchSender;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Configures an {@link InfluxWriter}. Every method checks its argument at once; {@link #build()} checks that
 * an API was chosen.
 *
 * <p>Not thread-safe: one builder per thread.
 */
public final class InfluxWriterBuilder {
    private final URI url;
    private String database;
    private String retentionPolicy;
    private String org;
    private String bucket;
    private String username;
    private Secret password;
    private Secret token;
    private HttpClient httpClient;
    boolean gzip;
    int batchLines = 5_000;
    long batchBytes = 1L << 20;
    Duration linger = Duration.ofMillis(500);
    int bufferLines = 100_000;
    long bufferBytes = 64L << 20;
    Backpressure backpressure = Backpressure.BLOCK;
    WritePrecision precision = WritePrecision.NS;
    InfluxWriteListener listener = new InfluxWriteListener() { };
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration maxRetryTime = Duration.ofMinutes(5);
    private Duration maxRetryAfter = Duration.ofMinutes(1);
    private Backoff backoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(10));
    private BatchSender.Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    private java.util.function.LongSupplier nanoTime = System::nanoTime;

    InfluxWriterBuilder(URI url) {
        this.url = Objects.requireNonNull(url, "url == null");
        String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("url must be http(s)://host[:port][/path]: " + Redaction.uri(url));
        }
        if (url.getRawQuery() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("url must not carry a query or user info (use basicAuth or token)");
        }
    }

    /**
     * Uses the v1 write API ({@code /write}), which InfluxDB 1.x, 2.x (compatibility) and 3 accept.
     *
     * @param database the {@code db} parameter
     * @return this builder
     */
    public InfluxWriterBuilder v1(String database) {
        this.database = Checks.notBlank(database, "database");
        this.org = null;
        this.bucket = null;
        return this;
    }

    /**
     * Sets the v1 {@code rp} parameter (default: the database's default retention policy).
     *
     * @param retentionPolicy the retention policy
     * @return this builder
     */
    public InfluxWriterBuilder retentionPolicy(String retentionPolicy) {
        this.retentionPolicy = Checks.notBlank(retentionPolicy, "retentionPolicy");
        return this;
    }

    /**
     * Uses the v2 write API ({@code /api/v2/write}); authenticate with {@link #token(Secret)}.
     *
     * @param org the organization name or id
     * @param bucket the bucket name or id
     * @return this builder
     */
    public InfluxWriterBuilder v2(String org, String bucket) {
        this.org = Checks.notBlank(org, "org");
        this.bucket = Checks.notBlank(bucket, "bucket");
        this.database = null;
        return this;
    }

    /**
     * Authenticates with HTTP Basic (v1).
     *
     * @param username the user
     * @param password the password
     * @return this builder
     */
    public InfluxWriterBuilder basicAuth(String username, Secret password) {
        this.username = Checks.notBlank(username, "username");
        this.password = Objects.requireNonNull(password, "password == null");
        this.token = null;
        return this;
    }

    /**
     * Authenticates with {@code Authorization: Token <token>} (v2, and v1 on InfluxDB 2.x and 3).
     *
     * @param token the API token
     * @return this builder
     */
    public InfluxWriterBuilder token(Secret token) {
        this.token = Objects.requireNonNull(token, "token == null");
        this.username = null;
        this.password = null;
        return this;
    }

    /**
     * Sets the precision timestamps are written in (default nanoseconds). A point whose time has finer digits
     * than this is refused rather than truncated.
     *
     * @param precision the precision
     * @return this builder
     */
    public InfluxWriterBuilder precision(WritePrecision precision) {
        this.precision = Objects.requireNonNull(precision, "precision == null");
        return this;
    }

    /**
     * Sets the most lines of one request (default 5,000).
     *
     * @param batchLines at least 1
     * @return this builder
     */
    public InfluxWriterBuilder batchLines(int batchLines) {
        this.batchLines = Checks.atLeast(batchLines, 1, "batchLines");
        return this;
    }

    /**
     * Sets the most bytes of one request body before compression (default 1 MiB); a single larger line is
     * sent alone.
     *
     * @param batchBytes at least 1
     * @return this builder
     */
    public InfluxWriterBuilder batchBytes(long batchBytes) {
        if (batchBytes < 1) {
            throw new IllegalArgumentException("batchBytes must be at least 1: " + batchBytes);
        }
        this.batchBytes = batchBytes;
        return this;
    }

    /**
     * Sets how long a buffered line may wait for a batch to fill (default 500 ms).
     *
     * @param linger zero or more
     * @return this builder
     */
    public InfluxWriterBuilder linger(Duration linger) {
        this.linger = Checks.nonNegative(linger, "linger");
        return this;
    }

    /**
     * Sets the bounds of the {@link InfluxWriter#enqueue} buffer (default 100,000 lines and 64 MiB).
     *
     * @param lines at least 1
     * @param bytes at least 1
     * @return this builder
     */
    public InfluxWriterBuilder buffer(int lines, long bytes) {
        this.bufferLines = Checks.atLeast(lines, 1, "lines");
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be at least 1: " + bytes);
        }
        this.bufferBytes = bytes;
        return this;
    }

    /**
     * Sets what {@link InfluxWriter#enqueue} does when the buffer is full (default {@link Backpressure#BLOCK}).
     *
     * @param backpressure the policy
     * @return this builder
     */
    public InfluxWriterBuilder backpressure(Backpressure backpressure) {
        this.backpressure = Objects.requireNonNull(backpressure, "backpressure == null");
        return this;
    }

    /**
     * Compresses request bodies with gzip (default off).
     *
     * @param gzip whether to compress
     * @return this builder
     */
    public InfluxWriterBuilder gzip(boolean gzip) {
        this.gzip = gzip;
        return this;
    }

    /**
     * Sets the total time one batch may spend in attempts and waits before it is given up (default 5 minutes).
     *
     * @param maxRetryTime positive
     * @return this builder
     */
    public InfluxWriterBuilder maxRetryTime(Duration maxRetryTime) {
        this.maxRetryTime = Checks.positive(maxRetryTime, "maxRetryTime");
        return this;
    }

    /**
     * Sets the cap on a server's {@code Retry-After} (default 1 minute).
     *
     * @param maxRetryAfter zero or more
     * @return this builder
     */
    public InfluxWriterBuilder maxRetryAfter(Duration maxRetryAfter) {
        this.maxRetryAfter = Checks.nonNegative(maxRetryAfter, "maxRetryAfter");
        return this;
    }

    /**
     * Sets the backoff between attempts when the server sent no {@code Retry-After} (default exponential from
     * 100 ms to 10 s with full jitter).
     *
     * @param backoff the backoff
     * @return this builder
     */
    public InfluxWriterBuilder backoff(Backoff backoff) {
        this.backoff = Objects.requireNonNull(backoff, "backoff == null");
        return this;
    }

    /**
     * Sets the timeout of one HTTP attempt (default 30 s); a timeout is retried like an I/O failure.
     *
     * @param requestTimeout positive
     * @return this builder
     */
    public InfluxWriterBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = Checks.positive(requestTimeout, "requestTimeout");
        return this;
    }

    /**
     * Uses the caller's HTTP client (default: a new HTTP/1.1 client with a 10 s connect timeout).
     *
     * @param httpClient the client
     * @return this builder
     */
    public InfluxWriterBuilder httpClient(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
        return this;
    }

    /**
     * Sets the listener (default none).
     *
     * @param listener the listener
     * @return this builder
     */
    public InfluxWriterBuilder listener(InfluxWriteListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener == null");
        return this;
    }

    InfluxWriterBuilder clock(java.util.function.LongSupplier nanoTime, BatchSender.Sleeper sleeper) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
        return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     * @throws IllegalStateException if neither {@link #v1} nor {@link #v2} was called
     */
    public InfluxWriter build() {
        if (database == null && bucket == null) {
            throw new IllegalStateException("choose an API: v1(database) or v2(org, bucket)");
        }
        HttpClient client = httpClient != null ? httpClient : HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String authorization = null;
        List<String> secrets = List.of();
        if (token != null) {
            authorization = "Token " + token.reveal();
            secrets = Redaction.secrets(token.reveal());
        } else if (password != null) {
            String basic = Base64.getEncoder().encodeToString(
                    (username + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
            authorization = "Basic " + basic;
            secrets = Redaction.secrets(password.reveal(), basic);
        }
        BatchSender sender = new BatchSender(new BatchSender.Config(client, writeUri(), authorization, secrets, gzip,
                requestTimeout, backoff, maxRetryTime, maxRetryAfter, sleeper, nanoTime));
        return new InfluxWriter(this, sender);
    }

    private URI writeUri() {
        String base = url.toString().replaceAll("/+$", "");
        String query = database != null
                ? "/write?db=" + enc(database) + (retentionPolicy != null ? "&rp=" + enc(retentionPolicy) : "")
                        + "&precision=" + precision.v1Name()
                : "/api/v2/write?org=" + enc(org) + "&bucket=" + enc(bucket) + "&precision=" + precision.v2Name();
        return URI.create(base + query);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String describe() {
        return "url=" + Redaction.uri(url) + (database != null ? ", api=v1, db=" + Scrub.text(database)
                : ", api=v2, org=" + Scrub.text(org) + ", bucket=" + Scrub.text(bucket))
                + ", auth=" + (token != null ? "token" : password != null ? "basic" : "none")
                + ", precision=" + precision.v2Name() + ", batchLines=" + batchLines + ", gzip=" + gzip
                + ", backpressure=" + backpressure;
    }
}
