package io.github.cxonesdk.core.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExceptionCausesTest {
    /** Every public exception type of this package, found on the class path (so a new one cannot be missed). */
    private static List<Class<?>> exceptionTypes() throws IOException, URISyntaxException {
        Path dir = Path.of(CxoneException.class.getResource("CxoneException.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .<Class<?>>map(n -> load(CxoneException.class.getPackageName() + "." + n.replace(".class", "")))
                    .filter(c -> Throwable.class.isAssignableFrom(c) && Modifier.isPublic(c.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyExceptionType_hasAPublicConstructorTakingACause() throws Exception {
        List<Class<?>> types = exceptionTypes();
        assertThat(types).hasSizeGreaterThanOrEqualTo(15);
        for (Class<?> type : types) {
            boolean takesCause = Arrays.stream(type.getConstructors()).map(Constructor::getParameterTypes)
                    .anyMatch(p -> p.length > 0 && p[p.length - 1] == Throwable.class);
            assertThat(takesCause).as(type.getSimpleName() + " takes a cause").isTrue();
        }
    }

    @Test
    void theCauseIsKept() {
        IOException cause = new IOException("reset");
        ErrorDetails details = new ErrorDetails(409, null, null, null, null, null, 1);
        assertThat(new ResourceModifiedException("m", details, cause)).hasCause(cause);
        assertThat(CxoneServiceException.of("m", details)).hasNoCause();
        assertThat(new WaiterTimeoutException("m", null, Duration.ZERO, cause)).hasCause(cause);
        assertThat(new WaiterFailedException("m", "r", null, cause)).hasCause(cause);
        assertThat(new ModelValidationException("X", List.of(new Violation("a", "b")), cause)).hasCause(cause);
        assertThat(new PaginationException("m", 3, cause)).hasCause(cause);
    }

    @Test
    void theConstructorsWithoutACause_leaveItUnset_soExistingInitCauseCallsKeepWorking() {
        IOException cause = new IOException("reset");
        ErrorDetails details = new ErrorDetails(400, null, null, null, null, null, 1);
        assertThat(new BadRequestException("m", details).initCause(cause)).hasCause(cause);
        assertThat(new WaiterFailedException("m", "r", null).initCause(cause)).hasCause(cause);
        assertThat(new WaiterTimeoutException("m", null, Duration.ZERO).initCause(cause)).hasCause(cause);
        assertThat(new ModelValidationException("X", List.of(new Violation("a", "b"))).initCause(cause))
                .hasCause(cause);
        assertThat(new PaginationException("m", 1).initCause(cause)).hasCause(cause);
    }
}
