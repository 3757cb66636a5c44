package io.github.cxonesdk.eventbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compiling an engine, valid or not, does not start Hibernate Validator: its first use costs hundreds of
 * milliseconds and printed a version line through java.util.logging. The engine runs in a fresh class
 * loader so that what other tests of this JVM loaded does not count.
 */
class FilterEngineNoValidatorTest {
    /** A loader over the test class path that reports which classes it defined. */
    private static final class Probe extends URLClassLoader {
        Probe(URL[] urls) {
            super("probe", urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    private static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Test
    void compile_validAndInvalidFilters_neverLoadsModelValidatorOrHibernateValidator() throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (Probe probe = new Probe(classPath())) {
            Thread.currentThread().setContextClassLoader(probe);
            Class<?> definition = probe.loadClass("io.github.cxonesdk.eventbridge.FilterDefinition");
            Object builder = definition.getMethod("builder").invoke(null);
            Class<?> channel = probe.loadClass("io.github.cxonesdk.eventbridge.Channel");
            builder.getClass().getMethod("name", String.class).invoke(builder, "vip");
            builder.getClass().getMethod("channel", channel).invoke(builder, channel.getField("VOICE").get(null));
            Object valid = builder.getClass().getMethod("build").invoke(builder);
            builder.getClass().getMethod("name", String.class).invoke(builder, " ");
            Object unnamed = builder.getClass().getMethod("build").invoke(builder);
            Method compile = probe.loadClass(FilterEngine.class.getName()).getMethod("compile", Collection.class);

            assertThat(compile.invoke(null, List.of(valid))).isNotNull();
            try {
                compile.invoke(null, List.of(unnamed));
                throw new AssertionError("an unnamed filter compiled");
            } catch (InvocationTargetException e) {
                assertThat(e.getCause().getClass().getName())
                        .isEqualTo("io.github.cxonesdk.core.exception.ModelValidationException");
            }

            assertThat(probe.loaded("io.github.cxonesdk.eventbridge.engine.FilterEngine")).isTrue();
            assertThat(probe.loaded("io.github.cxonesdk.core.validation.ModelValidator")).isFalse();
            assertThat(probe.loaded("org.hibernate.validator.HibernateValidator")).isFalse();
            assertThat(probe.loaded("jakarta.validation.Validation")).isFalse();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
