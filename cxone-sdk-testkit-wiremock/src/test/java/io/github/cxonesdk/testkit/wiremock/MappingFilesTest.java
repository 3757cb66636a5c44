package io.github.cxonesdk.testkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.cxonesdk.testkit.wiremock.internal.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped mapping files are generated from the Java definitions and must not drift from them.
 * Regenerate after changing a stub: {@code ./mvnw -pl cxone-sdk-testkit-wiremock verify -Dcxone.wiremock.regenerate=true}.
 */
class MappingFilesTest {
    private static final Path SHIPPED = Path.of("src/main/resources", CxoneStubs.MAPPINGS_ROOT, "mappings");

    @Test
    void shippedMappingFiles_areExactlyTheJavaDefinitions() throws IOException {
        if (Boolean.getBoolean("cxone.wiremock.regenerate")) {
            try (Stream<Path> old = Files.list(SHIPPED)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            CxoneStubs.export(SHIPPED.getParent());
        }
        Map<String, String> expected = new TreeMap<>();
        for (StubMapping stub : CxoneStubs.mappings()) {
            expected.put(stub.getName() + ".json", CxoneStubs.mappingJson(stub));
        }
        Map<String, String> shipped = new TreeMap<>();
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                shipped.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(shipped).as("mapping files are stale: regenerate with -Dcxone.wiremock.regenerate=true")
                .isEqualTo(expected);
    }

    @Test
    void shippedMappingFiles_areOnTheClassPathUnderTheDocumentedRoot() {
        assertThat(CxoneStubs.class.getClassLoader().getResource(CxoneStubs.MAPPINGS_ROOT + "/mappings/dashboards-get.json"))
                .isNotNull();
    }

    @Test
    void everyCallOfTheContract_hasADefaultStubOfItsName() {
        for (Route route : Route.ALL) {
            assertThat(CxoneStubs.mappings()).as(route.name()).anySatisfy(stub -> {
                assertThat(stub.getName()).startsWith(route.name());
                assertThat(stub.getRequest().getMethod().getName()).isEqualTo(route.method());
                assertThat(stub.getRequest().getUrlPathPattern()).isEqualTo(route.path());
            });
        }
        assertThat(CxoneStubs.mappings()).extracting(StubMapping::getName)
                .contains("token-client-credentials", "token-client-credentials-basic", "token-access-key",
                        "oidc-discovery")
                .doesNotHaveDuplicates();
        assertThat(CxoneStubs.mappings()).extracting(StubMapping::getId).doesNotHaveDuplicates();
    }

    @Test
    void scopes_areTheSimulators_bothReadFromApiMd() {
        // written separately on purpose (the stubs must not pull in the simulator); kept equal here
        assertThat(Route.ALL_SCOPES).isEqualTo(io.github.cxonesdk.testkit.CxoneSimulator.allScopes());
    }

    @Test
    void export_writesOneFilePerStubUnderMappings(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(CxoneStubs.export(dir)).hasSize(CxoneStubs.mappings().size())
                .allSatisfy(file -> assertThat(file.getParent()).isEqualTo(dir.resolve("mappings")));
    }
}
