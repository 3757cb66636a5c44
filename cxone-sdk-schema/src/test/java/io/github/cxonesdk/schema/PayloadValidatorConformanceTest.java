package io.github.cxonesdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.cxonesdk.core.json.CxoneJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs the JSON-Schema-Test-Suite draft 7 files (read in place from {@code shared/conformance})
 * through {@link PayloadValidator}. Remote references to {@code http://localhost:1234/} are mapped to
 * a loopback server on an ephemeral port that serves the suite's {@code remotes/} directory.
 * Every required test must pass; optional ones are reported.
 */
class PayloadValidatorConformanceTest {
    private static HttpServer server;
    private static PayloadValidator validator;
    private static Path suite;

    @BeforeAll
    static void serveRemotes() throws IOException {
        suite = ConformanceSuite.root();
        Path remotes = suite.resolve("remotes").toRealPath();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = remotes.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean ok = file.startsWith(remotes) && Files.isRegularFile(file);
            byte[] body = ok ? Files.readAllBytes(file) : new byte[0];
            exchange.sendResponseHeaders(ok ? 200 : 404, ok ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        validator = PayloadValidator.builder().schemaSource("http://localhost:1234/", base).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void everyRequiredDraft7TestPasses() throws IOException {
        Outcome outcome = run(suite.resolve("tests/draft7"), false);
        System.out.printf("JSON-Schema-Test-Suite draft7 required: %d/%d passed%n", outcome.passed, outcome.total);
        assertThat(outcome.total).isGreaterThan(800);
        assertThat(outcome.failures).isEmpty();
    }

    @Test
    void optionalDraft7TestsAreReported() throws IOException {
        Outcome outcome = run(suite.resolve("tests/draft7/optional"), true);
        System.out.printf("JSON-Schema-Test-Suite draft7 optional: %d/%d passed; failing: %s%n",
                outcome.passed, outcome.total, outcome.failures.stream().limit(40).toList());
        assertThat(outcome.total).isPositive();
    }

    private static Outcome run(Path dir, boolean recursive) throws IOException {
        Outcome outcome = new Outcome();
        List<Path> files;
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode groups = CxoneJson.mapper().readTree(file.toFile());
            for (JsonNode group : groups) {
                for (JsonNode test : group.get("tests")) {
                    outcome.total++;
                    String name = file.getFileName() + " / " + group.get("description").asString()
                            + " / " + test.get("description").asString();
                    try {
                        boolean valid = validator.validate(group.get("schema"), test.get("data")).valid();
                        if (valid == test.get("valid").asBoolean()) {
                            outcome.passed++;
                        } else {
                            outcome.failures.add(name);
                        }
                    } catch (RuntimeException e) {
                        outcome.failures.add(name + " threw " + e);
                    }
                }
            }
        }
        return outcome;
    }

    private static final class Outcome {
        int total;
        int passed;
        final List<String> failures = new ArrayList<>();
    }
}
