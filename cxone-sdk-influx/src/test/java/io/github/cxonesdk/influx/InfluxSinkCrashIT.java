package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.testkit.CxoneSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end with a real influxd: the streaming pipeline with {@link InfluxSink} runs in a child JVM that is
 * killed with SIGKILL at random points 22 times while the simulator streams (5% malformed events); a last run
 * catches up and stops gracefully. The series in influxd, read back with {@code /query}, must equal the
 * aggregates computed independently from everything the simulator emitted: same buckets, counts and
 * percentiles (exactly: doubles round-trip through line protocol and influxd's JSON). Rerun a failure with
 * {@code -Dcrash.seed=N}.
 */
class InfluxSinkCrashIT {
    private static final Duration GUARD = Duration.ofSeconds(120);
    private static final int KILLS = 22;
    private static final String DB = "crash";
    private static InfluxdProcess influxd;

    @BeforeAll
    static void start() {
        influxd = InfluxdSupport.startOrSkip();
        influxd.createDatabase(DB);
    }

    @AfterAll
    static void stop() {
        if (influxd != null) {
            influxd.close();
        }
    }

    /** One child JVM and what it printed. */
    private static final class Child {
        final Process process;
        final AtomicLong position = new AtomicLong(-1);
        final AtomicBoolean started = new AtomicBoolean();

        /** Integration tests run on the module path; the child runs everything on the class path. */
        private static String childClassPath() {
            String modulePath = System.getProperty("jdk.module.path", "");
            String classPath = System.getProperty("java.class.path", "");
            return modulePath.isEmpty() ? classPath
                    : classPath.isEmpty() ? modulePath : modulePath + File.pathSeparator + classPath;
        }

        Child(Path dir, Map<String, String> env) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", childClassPath(), InfluxPipelineChild.class.getName(),
                    influxd.url().toString(), DB, dir.resolve("metrics.ckpt").toString());
            pb.environment().putAll(env);
            pb.redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child-stderr.log").toFile()));
            process = pb.start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.equals("started")) {
                            started.set(true);
                        } else if (line.startsWith("position ") && !line.endsWith("-")) {
                            position.set(Long.parseLong(line.substring(9)));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the child died: expected
                }
            }, "child-stdout");
            reader.setDaemon(true);
            reader.start();
        }
    }

    @Test
    void influxEqualsIndependentAggregatesAfterRepeatedSigkill(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        try (CxoneSimulator sim = CxoneSimulator.builder().malformedEvents(0.05)
                .heartbeatInterval(Duration.ofSeconds(1)).build().start()) {
            Map<String, String> env = sim.environment();
            for (int run = 0; run < KILLS; run++) {
                Child child = new Child(dir, env);
                await("child " + run + " started (seed " + seed + ")" + stderr(dir)).atMost(GUARD)
                        .until(child.started::get);
                sim.workload().emit(10 + random.nextInt(25));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(400))); // a random kill point
                child.process.destroyForcibly(); // SIGKILL
                assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(dir.resolve("metrics.ckpt")).as("killed runs made progress (seed " + seed + ")").exists();
            assertThat(influxd.count(DB, InteractionMetricsPoints.MEASUREMENT)).as("killed runs wrote to influxd")
                    .isPositive();
            sim.workload().emit(40);
            List<String> emitted = sim.workload().emitted();
            long last = CxoneJson.mapper().readTree(emitted.get(emitted.size() - 1)).path("sequence").asLong();
            Child finalRun = new Child(dir, env);
            await("final run caught up (seed " + seed + ")").atMost(GUARD).until(() -> finalRun.position.get() == last);
            finalRun.process.destroy(); // SIGTERM: the shutdown hook closes the pipeline, flushing every bucket
            assertThat(finalRun.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(finalRun.process.exitValue()).as("final run exit" + stderr(dir)).isNotEqualTo(1);

            Map<String, InteractionMetrics> expected = ExpectedBuckets.of(emitted);
            Map<String, InteractionMetrics> actual = InfluxMetrics.read(influxd, DB);
            assertThat(expected).hasSizeGreaterThan(3);
            assertThat(new ArrayList<>(actual.keySet())).as("buckets, seed " + seed)
                    .isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(actual).as("seed " + seed).isEqualTo(expected);
        }
    }

    private static String stderr(Path dir) {
        try {
            Path log = dir.resolve("child-stderr.log");
            if (!Files.exists(log)) {
                return "";
            }
            String text = Files.readString(log);
            return "; child stderr: " + text.substring(Math.max(0, text.length() - 2_000));
        } catch (IOException e) {
            return "";
        }
    }
}
