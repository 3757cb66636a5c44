package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files: too large, deeply nested, binary. */
class InputsTest {
    @TempDir
    Path dir;

    @Test
    void aFilterFileOverTheLimit_isUnreadableInput() throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.yaml"))) {
            byte[] chunk = "# padding padding padding padding\n".repeat(1000).getBytes();
            for (long written = 0; written <= Inputs.MAX_TEXT_BYTES; written += chunk.length) {
                out.write(chunk);
            }
        }
        CliRunner.Result r = new CliRunner(dir).run("filter", "validate", "huge.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("cxone filter validate: huge.yaml: larger than 16 MiB");
    }

    @Test
    void deeplyNestedEvents_areSkippedAsMalformed() throws IOException {
        String nested = "{\"payload\":".repeat(5_000) + "1" + "}".repeat(5_000);
        Files.writeString(dir.resolve("events.jsonl"), nested + "\n" + "[".repeat(100_000) + "\n");
        CliRunner.Result r = new CliRunner(dir).run("aggregate", "--input", "events.jsonl");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("[ ]");
        assertThat(r.err()).contains("2 malformed line(s) skipped");
    }

    @Test
    void eventsFromStdin_forFilterEval() throws IOException {
        Files.writeString(dir.resolve("f.json"), "{\"name\": \"voice\", \"channel\": \"voice\"}");
        CliRunner.Result r = new CliRunner(dir).stdin("{\"channel\": \"voice\"}\n{\"channel\": \"chat\"}\n")
                .run("filter", "eval", "f.json", "--events", "-", "--per-event");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("{\"matched\":[\"voice\"]}", "{\"matched\":[]}");
    }
}
