package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoProgressTest {
    @Test
    void terminal_redrawsABarInPlace() {
        StringWriter text = new StringWriter();
        DemoProgress progress = new DemoProgress(new PrintWriter(text), true, 4);
        progress.start("step one");
        progress.done("fine");
        progress.start("step two");
        assertThat(text.toString()).startsWith("\r\u001b[K[" + ".".repeat(24) + "] 1/4 step one ...")
                .contains("\r\u001b[K  ok  step one: fine (")
                .contains("\r\u001b[K[" + "#".repeat(6) + ".".repeat(18) + "] 2/4 step two ...");
    }

    @Test
    void notATerminal_printsPlainLinesWithoutEscapes() {
        StringWriter text = new StringWriter();
        DemoProgress progress = new DemoProgress(new PrintWriter(text), false, 2);
        progress.start("step one");
        progress.failed("boom");
        assertThat(text.toString().lines()).containsExactly("[1/2] step one ...", "      FAILED: boom");
        assertThat(text.toString()).doesNotContain("\r", "\u001b");
    }
}
