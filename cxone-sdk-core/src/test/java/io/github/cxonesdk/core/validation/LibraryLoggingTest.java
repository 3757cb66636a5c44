package io.github.cxonesdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The SDK prints nothing by itself: Hibernate Validator's "HV000001: Hibernate Validator x.y" INFO line
 * went through java.util.logging to System.err on first use. The check needs a JVM in which the
 * validator was never used, so it runs {@link ValidatorFirstUseMain} in a child process.
 */
class LibraryLoggingTest {
    @Test
    void firstValidatorUse_emitsNothingOnJulStdoutOrStderr() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ValidatorFirstUseMain.class.getName())).start();
        byte[] out = child.getInputStream().readAllBytes();
        byte[] err = child.getErrorStream().readAllBytes();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(err, StandardCharsets.UTF_8)).as("stderr of the first validator use").isEmpty();
        assertThat(new String(out, StandardCharsets.UTF_8).strip()).isEqualTo("violations=1 jul-records=0");
        assertThat(child.exitValue()).isZero();
    }
}
