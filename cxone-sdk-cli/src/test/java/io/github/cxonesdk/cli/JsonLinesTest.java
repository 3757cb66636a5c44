package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static List<String> read(JsonLines lines, String text) {
        List<String> seen = new ArrayList<>();
        lines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test",
                (b, off, len) -> seen.add(new String(b, off, len, StandardCharsets.UTF_8)));
        return seen;
    }

    @Test
    void crlfBlankAndUnterminatedLines() {
        JsonLines lines = new JsonLines(100);
        assertThat(read(lines, "{\"a\":1}\r\n\n  \n{\"b\":2}")).containsExactly("{\"a\":1}", "{\"b\":2}");
        assertThat(lines.lines()).isEqualTo(2);
        assertThat(lines.overlong()).isZero();
    }

    @Test
    void overlongLinesAreSkippedWithoutGrowingPastTheLimit() {
        JsonLines lines = new JsonLines(10);
        assertThat(read(lines, "0123456789A\nshort\n" + "x".repeat(100_000))).containsExactly("short");
        assertThat(lines.overlong()).isEqualTo(2);
    }

    @Test
    void aLineOfExactlyTheLimitIsKept() {
        JsonLines lines = new JsonLines(10);
        assertThat(read(lines, "0123456789\n")).containsExactly("0123456789");
    }
}
