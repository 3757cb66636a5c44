package io.github.cxonesdk.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;

/**
 * The CLI is an application, so it picks the logging backend: slf4j-simple on stderr, off unless
 * {@code --verbose} (info) or {@code --debug} (debug), and java.util.logging (Hibernate Validator's
 * start-up line, for one) silenced the same way. Runs before the first logger is created.
 */
final class Logging {
    private Logging() {
    }

    /** Returns the slf4j-simple level the command line asks for. */
    static String level(String[] args) {
        List<String> list = List.of(args);
        if (list.contains("--debug")) {
            return "debug";
        }
        return list.contains("--verbose") ? "info" : "off";
    }

    static void configure(String level) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        if (!"debug".equals(level)) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "off".equals(level) ? "off" : "warn");
        }
        LogManager.getLogManager().reset();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel("off".equals(level) ? Level.OFF : Level.INFO);
        if (!"off".equals(level)) {
            java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
            console.setLevel(Level.ALL);
            root.addHandler(console);
        }
    }
}
