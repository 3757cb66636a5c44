package io.github.cxonesdk.streaming.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the pipeline in a child JVM, kills it with SIGKILL at random points 22 times while the
 * simulator streams, then lets a last run finish gracefully: the sink must hold exactly the aggregates
 * computed independently from everything the simulator emitted.
 */
class PipelineCrashIT {
    private static final Duration GUARD = Duration.ofSeconds(120);
    private static final int KILLS = 22;

    /** One child JVM and what it printed. */
    private static final class Child {
        final Process process;
        final AtomicLong position = new AtomicLong(-1);
        final AtomicReference<Boolean> started = new AtomicReference<>(false);

        /** Integration tests run on the module path; the child runs everything on the class path. */
        private static String childClassPath() {
            String modulePath = System.getProperty("jdk.module.path", "");
            String classPath = System.getProperty("java.class.path", "");
            return modulePath.isEmpty() ? classPath
                    : classPath.isEmpty() ? modulePath : modulePath + java.io.File.pathSeparator + classPath;
        }

        Child(Path dir, Map<String, String> env) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", childClassPath(), PipelineChild.class.getName(),
                    dir.resolve("sink.jsonl").toString(), dir.resolve("metrics.ckpt").toString());
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

    /**
     * The child runs on the class path: integration tests run on the module path, where the SDK's
     * modules are on {@code jdk.module.path}, not {@code java.class.path}, so both are joined.
     */
    private static String childClassPath() {
        String modules = System.getProperty("jdk.module.path", "");
        String classes = System.getProperty("java.class.path", "");
        return modules.isEmpty() ? classes : classes.isEmpty() ? modules : classes + File.pathSeparator + modules;
    }

    @Test
    void sinkEqualsIndependentAggregatesAfterRepeatedSigkill(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        try (CxoneSimulator sim = CxoneSimulator.builder().malformedEvents(0.05)
                .heartbeatInterval(Duration.ofSeconds(1)).build().start()) {
            Map<String, String> env = sim.environment();
            for (int run = 0; run < KILLS; run++) {
                Child child = new Child(dir, env);
                await("child " + run + " started (seed " + seed + ")").atMost(GUARD).until(child.started::get);
                sim.workload().emit(10 + random.nextInt(25));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(400))); // a random kill point
                child.process.destroyForcibly();
                assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(dir.resolve("metrics.ckpt")).as("killed runs made progress").exists();
            assertThat(FileCheckpointStore.builder(dir.resolve("metrics.ckpt")).build().load()).isPresent();
            sim.workload().emit(40);
            List<String> emitted = sim.workload().emitted();
            long last = CxoneJson.mapper().readTree(emitted.get(emitted.size() - 1)).path("sequence").asLong();
            Child finalRun = new Child(dir, env);
            await("final run caught up (seed " + seed + ")").atMost(GUARD).until(() -> finalRun.position.get() == last);
            finalRun.process.destroy(); // SIGTERM: the shutdown hook closes the pipeline gracefully
            assertThat(finalRun.process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            Map<String, InteractionMetrics> expected = ExpectedMetrics.of(emitted);
            Map<String, InteractionMetrics> actual = FileResultSink.read(dir.resolve("sink.jsonl"));
            assertThat(expected).hasSizeGreaterThan(3);
            assertThat(new ArrayList<>(actual.keySet())).as("seed " + seed).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(actual).as("seed " + seed).isEqualTo(expected);
        }
    }
}
