package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsUntilInterrupted_andPrintsExportLines() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread thread = new Thread(() -> code.set(Cli.execute(new String[] {"simulate", "--port", "0", "--seed", "3"},
                new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]), false, dir),
                new PrintWriter(out, true), new PrintWriter(err, true))), "simulate-test");
        thread.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("export CXONE_PRESENCE_STREAM_URL="));
        Matcher base = Pattern.compile("export CXONE_BASE_URL=(\\S+)").matcher(out.toString());
        assertThat(base.find()).isTrue();
        assertThat(out.toString()).contains("export CXONE_CLIENT_ID=").contains("export CXONE_TOKEN_URL=");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.group(1) + "/api/v2/dashboards")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401); // up, and asking for a token
        thread.interrupt();
        thread.join(Duration.ofSeconds(30).toMillis());
        assertThat(code.get()).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void badPort_exit2() {
        CliRunner.Result r = new CliRunner(dir).run("simulate", "--port", "70000");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone simulate: --port must be 0 to 65535, was 70000");
    }

    @Test
    void notANumber_exit2() {
        CliRunner.Result r = new CliRunner(dir).run("simulate", "--rate", "fast");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--rate");
    }
}
