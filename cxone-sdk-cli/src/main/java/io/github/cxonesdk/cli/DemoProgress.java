package io.github.cxonesdk.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The demo's progress: a bar redrawn in place on a terminal, plain lines otherwise (CI logs, pipes).
 * Called from the demo's thread only.
 */
final class DemoProgress {
    private static final int WIDTH = 24;

    private final PrintWriter out;
    private final boolean terminal;
    private final int steps;
    private int step;
    private String label;
    private long started;

    DemoProgress(PrintWriter out, boolean terminal, int steps) {
        this.out = out;
        this.terminal = terminal;
        this.steps = steps;
    }

    void start(String stepLabel) {
        step++;
        label = stepLabel;
        started = System.nanoTime();
        if (terminal) {
            int filled = WIDTH * (step - 1) / steps;
            out.print("\r\u001b[K[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + step + "/" + steps + " "
                    + label + " ...");
        } else {
            out.println("[" + step + "/" + steps + "] " + label + " ...");
        }
        out.flush();
    }

    void done(String result) {
        String took = seconds(Duration.ofNanos(System.nanoTime() - started));
        if (terminal) {
            out.println("\r\u001b[K  ok  " + label + ": " + result + " (" + took + ")");
        } else {
            out.println("      ok: " + result + " (" + took + ")");
        }
        out.flush();
    }

    void failed(String reason) {
        if (terminal) {
            out.println("\r\u001b[K  FAILED  " + label + ": " + reason);
        } else {
            out.println("      FAILED: " + reason);
        }
        out.flush();
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
