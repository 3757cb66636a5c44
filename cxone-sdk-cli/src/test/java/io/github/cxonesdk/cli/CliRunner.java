package io.github.cxonesdk.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process through picocli, with captured stdout and stderr. */
final class CliRunner {
    private final Path workDir;
    private Map<String, String> env = Map.of();
    private String stdin = "";

    CliRunner(Path workDir) {
        this.workDir = workDir;
    }

    CliRunner env(Map<String, String> env) {
        this.env = env;
        return this;
    }

    CliRunner stdin(String stdin) {
        this.stdin = stdin;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                false, workDir);
        int code = Cli.execute(args, context, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** The outcome of one run. */
    record Result(int code, String out, String err) {
        /** Stderr as lines. */
        java.util.List<String> errLines() {
            return err.lines().toList();
        }
    }
}
