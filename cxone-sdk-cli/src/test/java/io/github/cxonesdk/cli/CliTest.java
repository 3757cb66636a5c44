package io.github.cxonesdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void version_printsTheBuildVersion() {
        CliRunner.Result r = new CliRunner(dir).run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("cxone 0.").contains("Java");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "simulate", "aggregate", "filter", "filter validate", "filter eval", "dashboard",
        "dashboard validate", "schema", "schema diff", "schema validate", "schema map", "stream", "stream tail"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").strip().split(" ");
        CliRunner.Result r = new CliRunner(dir).run(args);
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: cxone");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void unknownCommand_isBadUsageInOneLine() {
        CliRunner.Result r = new CliRunner(dir).run("bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("cxone: ").contains("bogus");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void groupWithoutSubcommand_isBadUsage() {
        CliRunner.Result r = new CliRunner(dir).run("filter");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("missing command");
    }

    @Test
    void failure_showsNoStackTraceUnlessDebug() {
        CliRunner.Result quiet = new CliRunner(dir).run("aggregate", "--input", "missing.jsonl");
        assertThat(quiet.code()).isEqualTo(2);
        assertThat(quiet.errLines()).containsExactly("cxone aggregate: missing.jsonl: no such file");

        CliRunner.Result debug = new CliRunner(dir).run("--debug", "aggregate", "--input", "missing.jsonl");
        assertThat(debug.code()).isEqualTo(2);
        assertThat(debug.err()).contains("at io.github.cxonesdk.cli.");
    }

    @Test
    void logging_isOffUnlessAsked() {
        assertThat(Logging.level(new String[] {"demo"})).isEqualTo("off");
        assertThat(Logging.level(new String[] {"demo", "--verbose"})).isEqualTo("info");
        assertThat(Logging.level(new String[] {"--debug", "demo"})).isEqualTo("debug");
    }

    @Test
    void shellQuoting_quotesOnlyWhatNeedsIt() {
        assertThat(SimulateCommand.shellQuoted("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
        assertThat(SimulateCommand.shellQuoted("a b'c")).isEqualTo("'a b'\\''c'");
    }
}
