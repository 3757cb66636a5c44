package io.github.cxonesdk.testkit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until the process is stopped, so teams in any language can test
 * against it:
 *
 * <pre>{@code
 * java -cp cxone-sdk-testkit.jar:<dependencies> io.github.cxonesdk.testkit.CxoneSimulatorMain \
 *     --port 8080 --rate 50 --seed 7 --activation-delay PT2S --heartbeat PT15S
 * }</pre>
 *
 * <p>Options: {@code --host}, {@code --port} (default 8080), {@code --seed}, {@code --rate} (workload
 * events per second, 0 = none, {@code max} = full speed), {@code --activation-delay},
 * {@code --heartbeat} and {@code --token-lifetime} (ISO-8601 durations), {@code --ingestion-limit}.
 * It prints {@code export CXONE_...=...} lines (see {@link CxoneSimulator#environment()}) that point the
 * SDK's {@code CxoneConfig.fromEnvironment()} or any other tool at it, then serves until interrupted.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CxoneSimulatorMain {
    private CxoneSimulatorMain() {
    }

    /**
     * Starts the simulator with the given options and blocks until the JVM shuts down.
     *
     * @param args command-line options, see the class description
     * @throws InterruptedException when the main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CxoneSimulator sim = start(args, out);
        if (sim == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "cxone-sim-shutdown"));
        stopped.await();
    }

    /** Parses the options, starts the simulator and its workload, and prints where it listens; null for --help. */
    static CxoneSimulator start(String[] args, PrintStream out) {
        CxoneSimulator.Builder builder = CxoneSimulator.builder().port(8080).recordLimit(0);
        String rate = "0";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--help".equals(option) || "-h".equals(option)) {
                out.println("options: --host H --port N --seed N --rate N|max --activation-delay PT2S"
                        + " --heartbeat PT15S --token-lifetime PT30M --ingestion-limit N");
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--host" -> builder.host(value);
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--seed" -> builder.seed(Long.parseLong(value));
                case "--rate" -> rate = value;
                case "--activation-delay" -> builder.activationDelay(Duration.parse(value));
                case "--heartbeat" -> builder.heartbeatInterval(Duration.parse(value));
                case "--token-lifetime" -> builder.tokenLifetime(Duration.parse(value));
                case "--ingestion-limit" -> builder.ingestionRateLimit(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown option " + option + " (try --help)");
            }
        }
        int eventsPerSecond = "max".equals(rate) ? Integer.MAX_VALUE : Integer.parseInt(rate);
        if (eventsPerSecond < 0) {
            throw new IllegalArgumentException("--rate must be 0 or more, or max");
        }
        CxoneSimulator sim = builder.build().start();
        if (eventsPerSecond > 0) {
            sim.workload().start(eventsPerSecond);
        }
        out.println("# CXone simulator running at " + sim.baseUrl() + "; point a client at it with:");
        sim.environment().forEach((name, value) -> out.println("export " + name + "=" + shellQuoted(value)));
        out.println("# access key (password grant): " + sim.accessKeyId() + " / " + sim.accessKeySecret());
        return sim;
    }

    /** Quotes {@code value} for a POSIX shell when it holds anything but URL-safe characters. */
    static String shellQuoted(String value) {
        return value.matches("[A-Za-z0-9_.:/@%+,=-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
