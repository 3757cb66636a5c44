package io.github.cxonesdk.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The entry point of the {@code cxone} command ({@code ./cxone} at the repository root runs it).
 *
 * <pre>{@code
 * java -jar cxone-sdk-cli/target/cxone-sdk-cli-<version>.jar demo
 * }</pre>
 *
 * <p>Exit codes: 0 ok, 1 a check failed (incompatible, invalid, no match) or an operation failed, 2 bad
 * usage or unreadable input. This class is stateless and thread-safe.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Logging.configure(Logging.level(args));
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        int code = Cli.execute(args, CliContext.system(), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
