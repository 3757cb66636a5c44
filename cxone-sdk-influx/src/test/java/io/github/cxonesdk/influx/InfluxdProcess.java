package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.json.CxoneJson;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A throwaway {@code influxd} (1.x, Debian's {@code influxdb} package) on free loopback ports with its own
 * config and data directory: no system service, no reporting, no UDP, nothing but HTTP on 127.0.0.1. Used by
 * the integration tests and by the benchmarks (through the test jar).
 *
 * <p>Not thread-safe: one owner.
 */
public final class InfluxdProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Path binary;
    private final Path dir;
    private final int httpPort;
    private Process process;

    private InfluxdProcess(Path binary, Path dir, int httpPort) {
        this.binary = binary;
        this.dir = dir;
        this.httpPort = httpPort;
    }

    /**
     * Finds {@code influxd} on the {@code PATH} (or in {@code /usr/bin}).
     *
     * @return the binary, or empty when it is not installed
     */
    public static Optional<Path> binary() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s, "influxd")).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts an {@code influxd} and waits until it answers {@code /ping}.
     *
     * @return the running server
     * @throws IllegalStateException if {@code influxd} is not installed
     */
    public static InfluxdProcess start() {
        Path bin = binary().orElseThrow(() -> new IllegalStateException("influxd is not installed"));
        try {
            Path dir = Files.createTempDirectory("cxone-influxd-");
            int http = freePort();
            int rpc = freePort();
            Files.writeString(dir.resolve("influxdb.conf"), config(dir, http, rpc));
            InfluxdProcess p = new InfluxdProcess(bin, dir, http);
            p.launch();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String config(Path dir, int http, int rpc) {
        return "reporting-disabled = true\n"
                + "bind-address = \"127.0.0.1:" + rpc + "\"\n"
                + "[meta]\n  dir = \"" + dir.resolve("meta") + "\"\n"
                + "[data]\n  dir = \"" + dir.resolve("data") + "\"\n  wal-dir = \"" + dir.resolve("wal") + "\"\n"
                + "  query-log-enabled = false\n"
                + "[http]\n  enabled = true\n  bind-address = \"127.0.0.1:" + http + "\"\n  log-enabled = false\n"
                + "[monitor]\n  store-enabled = false\n"
                + "[continuous_queries]\n  enabled = false\n"
                + "[subscriber]\n  enabled = false\n"
                + "[logging]\n  level = \"warn\"\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(binary.toString(), "run", "-config", dir.resolve("influxdb.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("influxd.log").toFile()))
                .start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("influxd exited: " + Files.readString(dir.resolve("influxd.log")));
                    }
                    return send("GET", "/ping").statusCode() == 204;
                });
    }

    /**
     * Returns the base URL, {@code http://127.0.0.1:port}.
     *
     * @return the URL
     */
    public URI url() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** Stops the server (SIGTERM, then SIGKILL) and waits for it to exit; its data stays. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the stopped server again on the same port and data. */
    public void restart() {
        try {
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a database.
     *
     * @param name the name (letters, digits and underscores)
     */
    public void createDatabase(String name) {
        query(null, "CREATE DATABASE \"" + name + "\"");
    }

    /**
     * Runs an InfluxQL query (timestamps as epoch nanoseconds).
     *
     * @param db the database, or null
     * @param q the query
     * @return the first result of the JSON answer
     */
    public JsonNode query(String db, String q) {
        String path = "/query?epoch=ns&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (db == null ? "" : "&db=" + URLEncoder.encode(db, StandardCharsets.UTF_8));
        HttpResponse<String> r = send("POST", path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("query failed: " + r.statusCode() + " " + r.body());
        }
        JsonNode result = CxoneJson.mapper().readTree(r.body()).path("results").path(0);
        if (result.has("error")) {
            throw new IllegalStateException("query failed: " + result.get("error"));
        }
        return result;
    }

    /**
     * Counts the points of a measurement (by its first field).
     *
     * @param db the database
     * @param measurement the measurement, a plain identifier
     * @return the count
     */
    public long count(String db, String measurement) {
        JsonNode series = query(db, "SELECT count(*) FROM \"" + measurement + "\"").path("series").path(0);
        return series.isMissingNode() ? 0 : series.path("values").path(0).path(1).asLong();
    }

    private HttpResponse<String> send(String method, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(url().resolve(path)).method(method,
                    HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends raw line protocol to {@code /write}, bypassing the SDK.
     *
     * @param db the database
     * @param body the lines
     * @return the response
     */
    public HttpResponse<String> writeRaw(String db, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(url().resolve("/write?db=" + db))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server and deletes its directory. */
    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
