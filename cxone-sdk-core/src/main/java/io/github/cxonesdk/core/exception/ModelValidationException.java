package io.github.cxonesdk.core.exception;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model broke one or more rules; thrown before any network call. Carries every violation
 * found, not only the first, each with its property path.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class ModelValidationException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /** Every violation found, sorted by path. */
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param subject what was validated, such as {@code "Dashboard"}
     * @param violations every violation found; not empty
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ModelValidationException(String subject, List<Violation> violations) {
        super(message(subject, violations)); // the cause stays unset, so initCause still works
        this.violations = violations.stream().sorted().toList();
    }

    /**
     * Creates the exception with the failure that revealed the violations (such as a JSON binding error).
     *
     * @param subject what was validated, such as {@code "Dashboard"}
     * @param violations every violation found; not empty
     * @param cause the underlying failure, or {@code null}
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ModelValidationException(String subject, List<Violation> violations, Throwable cause) {
        super(message(subject, violations), cause);
        this.violations = violations.stream().sorted().toList();
    }

    private static String message(String subject, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations is empty");
        }
        return subject + " is invalid (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + "): "
                + violations.stream().sorted().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns every violation found, sorted by path.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }
}
