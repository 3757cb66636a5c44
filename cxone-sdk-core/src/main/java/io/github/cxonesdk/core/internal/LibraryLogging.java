package io.github.cxonesdk.core.internal;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps the SDK's dependencies from printing on their own. Hibernate Validator logs
 * "HV000001: Hibernate Validator x.y" at INFO through JBoss Logging when it first starts. JBoss Logging
 * picks its backend in this order: the {@code org.jboss.logging.provider} system property, a
 * {@code ServiceLoader} provider, JBoss LogManager, Log4j 2, SLF4J but only when Logback is present, Log4j,
 * and finally java.util.logging. So an application on SLF4J with any backend but Logback gets the line
 * from java.util.logging's console handler on {@code System.err}, which its logging configuration never
 * asked for.
 *
 * <p>Both global fixes are worse than the problem: setting the system property or shipping a
 * {@code ServiceLoader} provider would change the logging of every other JBoss Logging user in the
 * application (Hibernate ORM, WildFly). Instead, before the validator is first built, this raises the
 * java.util.logging level of exactly one logger, {@code org.hibernate.validator.internal.util.Version},
 * to {@code WARNING} - and only if the application's java.util.logging configuration sets no level for
 * that logger or any of its parent packages, so an application that asks for the line still gets it.
 * When JBoss Logging found Log4j 2, Logback or JBoss LogManager, the line goes there and this change
 * has no effect.
 *
 * <p>This class is thread-safe.
 */
public final class LibraryLogging {
    /** The logger Hibernate Validator's version line goes to. */
    public static final String HIBERNATE_VALIDATOR_VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static volatile Logger quieted;

    private LibraryLogging() {
    }

    /**
     * Raises the level of Hibernate Validator's version logger to {@code WARNING} unless the application
     * configured it (or a parent); call before the first validator factory is built. Idempotent.
     */
    public static synchronized void quietHibernateValidatorVersionLine() {
        if (quieted != null) {
            return;
        }
        Logger logger = Logger.getLogger(HIBERNATE_VALIDATOR_VERSION_LOGGER);
        if (logger.getLevel() == null && !configuredByApplication(HIBERNATE_VALIDATOR_VERSION_LOGGER)) {
            logger.setLevel(Level.WARNING);
        }
        quieted = logger;
    }

    /** Whether the java.util.logging configuration names a level for {@code name} or a parent package. */
    private static boolean configuredByApplication(String name) {
        LogManager manager = LogManager.getLogManager();
        for (String n = name; !n.isEmpty(); n = n.lastIndexOf('.') < 0 ? "" : n.substring(0, n.lastIndexOf('.'))) {
            if (manager.getProperty(n + ".level") != null) {
                return true;
            }
        }
        return false;
    }
}
