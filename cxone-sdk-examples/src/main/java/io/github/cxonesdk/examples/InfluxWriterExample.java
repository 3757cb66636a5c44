package io.github.cxonesdk.examples;

import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.influx.InfluxWriter;
import io.github.cxonesdk.influx.InfluxWriterBuilder;
import io.github.cxonesdk.influx.InteractionMetricsPoints;
import io.github.cxonesdk.influx.Point;
import io.github.cxonesdk.influx.WritePrecision;
import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes hourly interaction metrics (count and p50/p90/p95 of handle and wait time per campaign) to InfluxDB.
 *
 * <p>With {@code INFLUX_URL} set (for example {@code http://127.0.0.1:8086}) it writes through the v1 API to
 * database {@code INFLUX_DB} (default {@code cxone}; create it first), authenticating with {@code INFLUX_TOKEN}
 * when set; otherwise it prints the line protocol it would write.
 *
 * <pre>{@code
 * INFLUX_URL=http://127.0.0.1:8086 ./mvnw -q -Pquick -pl cxone-sdk-examples -am compile exec:java -Dexec.mainClass=io.github.cxonesdk.examples.InfluxWriterExample
 * }</pre>
 */
public final class InfluxWriterExample {
    private InfluxWriterExample() {
    }

    /**
     * Runs the example; returns normally (exit code 0) on success.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), Instant.now(), System.out);
    }

    /**
     * Runs the example with the given environment.
     *
     * @param env the environment; without {@code INFLUX_URL} the lines are printed instead of written
     * @param now the current time; the three hours before it are written
     * @param out where the summary is printed
     * @return the points
     */
    static List<Point> run(Map<String, String> env, Instant now, PrintStream out) {
        List<Point> points = metrics(now.truncatedTo(ChronoUnit.HOURS));
        String url = env.get("INFLUX_URL");
        if (url == null) {
            out.println("INFLUX_URL is not set: the line protocol that would be written:");
            points.forEach(p -> out.println(p.toLineProtocol()));
            return points;
        }
        InfluxWriterBuilder builder = InfluxWriter.builder(URI.create(url))
                .v1(env.getOrDefault("INFLUX_DB", "cxone")).precision(WritePrecision.S);
        if (env.get("INFLUX_TOKEN") != null) {
            builder.token(Secret.of(env.get("INFLUX_TOKEN")));
        }
        try (InfluxWriter writer = builder.build()) {
            writer.write(points); // returns once InfluxDB acknowledged every point; throws otherwise
            out.println("Wrote " + writer.stats().linesWritten() + " points to " + writer);
        }
        return points;
    }

    /** One point per (hour, campaign): a re-run overwrites the same points instead of adding new ones. */
    static List<Point> metrics(Instant currentHour) {
        List<Point> points = new ArrayList<>();
        String[] campaigns = {"campaign-sales", "campaign-support", "campaign \"winter, 2026\""};
        for (int h = 3; h >= 1; h--) {
            Instant hour = currentHour.minus(h, ChronoUnit.HOURS);
            for (int c = 0; c < campaigns.length; c++) {
                double handle = 180 + 20 * c + h;
                double wait = 12.5 + c;
                points.add(InteractionMetricsPoints.of(hour, campaigns[c], 100 + 10L * c * h,
                        handle, handle * 1.5, handle * 1.75, wait, wait * 2, wait * 2.5));
            }
        }
        return points;
    }
}
