package io.github.cxonesdk.testkit;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts a {@link CxoneSimulator} and injects it as a parameter.
 *
 * <p>A simulator asked for by a constructor or a {@code @BeforeAll} method lives for the test class
 * (its faults are cleared after each test); one asked for only by a test or {@code @BeforeEach}
 * method is fresh for that test. Simulators are closed when their scope ends.
 *
 * <pre>{@code
 * @ExtendWith(CxoneSimulatorExtension.class)
 * class DashboardsIT {
 *     @Test
 *     void creates(CxoneSimulator sim) { ... CxoneConfig.fromEnvironment(sim.environment()) ... }
 * }
 *
 * // or with settings:
 * @RegisterExtension
 * static CxoneSimulatorExtension simulator =
 *         CxoneSimulatorExtension.configured(b -> b.activationDelay(Duration.ofMillis(50)));
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class CxoneSimulatorExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CxoneSimulatorExtension.class);
    private static final String KEY = "simulator";

    private final UnaryOperator<CxoneSimulator.Builder> configuration;

    /** Creates the extension with default simulator settings (used by {@code @ExtendWith}). */
    public CxoneSimulatorExtension() {
        this(UnaryOperator.identity());
    }

    private CxoneSimulatorExtension(UnaryOperator<CxoneSimulator.Builder> configuration) {
        this.configuration = configuration;
    }

    /**
     * Creates the extension with customised settings, for {@code @RegisterExtension}.
     *
     * @param configuration changes the builder before each simulator is built
     * @return a new extension
     */
    public static CxoneSimulatorExtension configured(UnaryOperator<CxoneSimulator.Builder> configuration) {
        return new CxoneSimulatorExtension(Objects.requireNonNull(configuration, "configuration == null"));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == CxoneSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
        CxoneSimulator existing = store.get(KEY, CxoneSimulator.class);
        if (existing != null) {
            return existing;
        }
        CxoneSimulator simulator = configuration.apply(CxoneSimulator.builder()).build().start();
        store.put(KEY, simulator);
        return simulator;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        context.getParent().ifPresent(parent -> {
            CxoneSimulator classLevel = parent.getStore(NAMESPACE).get(KEY, CxoneSimulator.class);
            if (classLevel != null) {
                classLevel.faults().clear();
            }
        });
    }
}
