package io.github.cxonesdk.core.validation;

import jakarta.validation.constraints.NotNull;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Run in a fresh JVM by {@link LibraryLoggingTest}: uses the validator for the first time and prints
 * how many java.util.logging records at INFO or above were published. Nothing else may reach stdout or
 * stderr.
 */
public final class ValidatorFirstUseMain {
    private ValidatorFirstUseMain() {
    }

    /** A model with one constraint, so the validator really runs. */
    record Model(@NotNull String name) {
    }

    public static void main(String[] args) {
        AtomicInteger published = new AtomicInteger();
        Logger root = Logger.getLogger("");
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()
                        && Logger.getLogger(record.getLoggerName()).isLoggable(record.getLevel())) {
                    published.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        int violations = ModelValidator.shared().violations(new Model(null)).size();
        System.out.println("violations=" + violations + " jul-records=" + published.get());
    }
}
