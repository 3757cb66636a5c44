package io.github.cxonesdk.testkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README's "Testing with WireMock" example is {@code com.example.DashboardServiceWireMockTest}, which compiles and runs. */
class ReadmeExampleTest {
    @org.junit.jupiter.api.Test
    void readmeExample_isTheTestedExampleWordForWord() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Testing with WireMock");
        assertThat(section).as("README section").isNotNegative();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```\n", start));

        String source = Files.readString(Path.of("src/test/java/com/example/DashboardServiceWireMockTest.java"),
                StandardCharsets.UTF_8);
        String withoutPackage = source.substring(source.indexOf('\n', source.indexOf("package ")) + 1).stripLeading();
        assertThat(block).isEqualTo(withoutPackage);
    }
}
