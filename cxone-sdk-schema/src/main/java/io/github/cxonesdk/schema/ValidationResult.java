package io.github.cxonesdk.schema;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one payload: every violation, each with the JSON Pointer of the payload
 * location it concerns ({@code ""} for the root) and a message capped in length.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param violations every violation found, in the validator's order; empty when the payload is valid
 */
public record ValidationResult(List<Violation> violations) {
    static final ValidationResult VALID = new ValidationResult(List.of());

    /**
     * Creates a result.
     *
     * @param violations the violations; copied
     */
    public ValidationResult {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations == null"));
    }

    /**
     * Tells whether the payload satisfied the schema.
     *
     * @return {@code true} when there are no violations
     */
    public boolean valid() {
        return violations.isEmpty();
    }

    /**
     * Throws when the payload was invalid.
     *
     * @param subject what was validated, named in the message (for example {@code "payload"})
     * @throws ModelValidationException listing every violation, when there is any
     */
    public void orThrow(String subject) {
        if (!violations.isEmpty()) {
            throw new ModelValidationException(subject, violations);
        }
    }
}
