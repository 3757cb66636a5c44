package io.github.cxonesdk.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command reads from its surroundings, so tests run commands in-process: the environment
 * ({@code CXONE_*}), standard input, whether stdout is a terminal (progress bar or plain lines) and the
 * directory relative paths and {@code ./cxone-demo} resolve against.
 *
 * @param env      the environment variables
 * @param stdin    standard input, for {@code -} as a file name
 * @param terminal whether output goes to a terminal
 * @param workDir  the working directory
 */
record CliContext(Map<String, String> env, InputStream stdin, boolean terminal, Path workDir) {
    CliContext {
        env = Map.copyOf(env);
        Objects.requireNonNull(stdin, "stdin == null");
        Objects.requireNonNull(workDir, "workDir == null");
    }

    static CliContext system() {
        return new CliContext(System.getenv(), System.in, System.console() != null, Path.of("").toAbsolutePath());
    }

    /** Whether {@code CXONE_*} variables point at a tenant (else the embedded simulator is used). */
    boolean tenantConfigured() {
        return env.get("CXONE_BASE_URL") != null && !env.get("CXONE_BASE_URL").isBlank();
    }

    Path resolve(String file) {
        return workDir.resolve(file);
    }
}
