package io.github.cxonesdk.cli;

import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The table the demo ends with. */
final class DemoSummary {
    private DemoSummary() {
    }

    static void print(PrintWriter out, Map<String, String> rows, DemoStream.Outcome metrics, String pageUrl,
                      java.time.Duration took) {
        out.println();
        out.println("Summary (" + DemoProgress.seconds(took) + ")");
        out.println("-------------");
        rows.forEach((name, value) -> out.printf(Locale.ROOT, "%-20s %s%n", name, value));
        out.printf(Locale.ROOT, "%-20s %d%n", "events aggregated", metrics.events());
        out.printf(Locale.ROOT, "%-20s %d%n", "duplicates dropped", metrics.duplicates());
        out.printf(Locale.ROOT, "%-20s %d%n", "reconnects", metrics.reconnects());
        out.printf(Locale.ROOT, "%-20s %d%n", "malformed skipped", metrics.malformed());
        out.printf(Locale.ROOT, "%-20s %d (to %s)%n", "buckets written", metrics.buckets().size(), metrics.output());
        out.printf(Locale.ROOT, "%-20s %s%n", "agent dashboard", pageUrl);
        out.println();
        out.printf(Locale.ROOT, "%-22s %-20s %6s %12s %10s%n", "hour (UTC)", "campaign", "count", "p95 handle s",
                "p95 wait s");
        for (InteractionMetrics m : metrics.buckets()) {
            out.printf(Locale.ROOT, "%-22s %-20s %6d %12.1f %10.1f%n", m.hour(), Cli.capped(m.campaignId()), m.count(),
                    m.handleTime().p95(), m.waitTime().p95());
        }
        out.flush();
    }
}
