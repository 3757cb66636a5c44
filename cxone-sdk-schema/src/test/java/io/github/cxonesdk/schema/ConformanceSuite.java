package io.github.cxonesdk.schema;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code shared/conformance/json-schema-test-suite} beside the repository, read in place. */
final class ConformanceSuite {
    private ConformanceSuite() {
    }

    /**
     * Walks up from the working directory until a {@code shared/conformance} directory exists.
     *
     * @return the suite root
     * @throws AssertionError when the suite is absent (a missing suite must fail, not skip)
     */
    static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (int i = 0; i < 8 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance/json-schema-test-suite");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("shared/conformance/json-schema-test-suite not found above " + System.getProperty("user.dir"));
    }
}
