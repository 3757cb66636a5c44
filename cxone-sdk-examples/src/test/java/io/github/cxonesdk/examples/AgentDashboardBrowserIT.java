package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.testkit.CxoneSimulator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the agent dashboard page in headless Chromium against the simulator: agents appear and change
 * state, the page survives a server-side restart of the SSE stream, and a screenshot is saved as
 * {@code target/agent-dashboard.png}. Needs Debian's {@code chromium} and {@code chromium-driver}
 * ({@code .ci/run} installs them); without them the test is skipped locally and fails in CI.
 */
class AgentDashboardBrowserIT {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private CxoneSimulator sim;
    private AgentDashboardExample.Running running;
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (System.getenv("CI") != null) {
            assertThat(installed).as("chromium and chromedriver must be installed in CI (.ci/run installs them)")
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "chromium/chromedriver not installed");
        sim = CxoneSimulator.builder().seed(11).build().start();
        running = AgentDashboardExample.start(sim.environment(), 0,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        profile = Files.createTempDirectory("cxone-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (running != null) {
            running.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void agentsAppearChangeStateAndThePageSurvivesAStreamRestart() throws IOException {
        browser.get(running.dashboard().url().toString());
        await().atMost(PATIENCE).until(() -> connection().equals("live"));
        sim.workload().emit(300);
        await().atMost(PATIENCE).until(() -> agentRows().size() >= 10);
        Map<String, String> before = statuses();

        sim.workload().emit(300);
        await().atMost(PATIENCE).until(() -> changed(before, statuses()));
        assertThat(browser.findElements(By.cssSelector("#queues tbody tr"))).isNotEmpty();

        running.dashboard().stopStream();
        await().atMost(PATIENCE).until(() -> connection().equals("reconnecting"));
        running.dashboard().startStream();
        await().atMost(PATIENCE).until(() -> connection().equals("live"));
        Map<String, String> afterRestart = statuses();
        sim.workload().emit(300);
        await().atMost(PATIENCE).until(() -> changed(afterRestart, statuses()));
        await().atMost(PATIENCE).until(() -> Integer.parseInt(
                browser.findElement(By.id("metrics-count")).getText()) > 0);

        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "agent-dashboard.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(1_000);
    }

    private String connection() {
        return browser.findElement(By.id("connection")).getAttribute("data-state");
    }

    private Map<String, String> agentRows() {
        return statuses();
    }

    /** Reads the table in one script call: the page re-renders it every second, so element handles go stale. */
    private Map<String, String> statuses() {
        Object rows = ((JavascriptExecutor) browser).executeScript("return Array.from("
                + "document.querySelectorAll('#agents tbody tr')).map(r => [r.dataset.agent, r.dataset.status]);");
        Map<String, String> statuses = new HashMap<>();
        for (Object row : (List<?>) rows) {
            List<?> cells = (List<?>) row;
            statuses.put(String.valueOf(cells.get(0)), String.valueOf(cells.get(1)));
        }
        return statuses;
    }

    private static boolean changed(Map<String, String> before, Map<String, String> now) {
        return before.entrySet().stream().anyMatch(e -> now.containsKey(e.getKey())
                && !now.get(e.getKey()).equals(e.getValue()));
    }
}
