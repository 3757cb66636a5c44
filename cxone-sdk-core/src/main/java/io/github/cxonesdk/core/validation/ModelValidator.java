package io.github.cxonesdk.core.validation;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.LibraryLogging;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one validation helper: runs jakarta.validation (Hibernate Validator) on a model, adds the
 * module's own rules, and throws {@link ModelValidationException} listing every violation.
 *
 * <pre>{@code
 * ModelValidator validator = ModelValidator.shared();
 * validator.validate("Dashboard", dashboard, extra -> {
 *     if (overlaps(dashboard)) extra.add(new Violation("widgets[1].layout", "overlaps widgets[0]"));
 * });
 * }</pre>
 *
 * <p>Building the validator does not print Hibernate Validator's version line through java.util.logging
 * (see the README's logging section).
 *
 * <p>This class is thread-safe.
 */
public final class ModelValidator {
    private static final ModelValidator SHARED = new ModelValidator();

    private final Validator validator;

    private ModelValidator() {
        // the SDK prints nothing by itself: see LibraryLogging for why and how narrowly this is done
        LibraryLogging.quietHibernateValidatorVersionLine();
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Returns the process-wide instance; building a validator factory is expensive.
     *
     * @return the shared validator
     */
    public static ModelValidator shared() {
        return SHARED;
    }

    /**
     * Returns every annotation-constraint violation of {@code model}, paths as
     * {@code widgets[2].query.groupBy}.
     *
     * @param model the model to check
     * @return the violations, empty when valid
     */
    public List<Violation> violations(Object model) {
        Objects.requireNonNull(model, "model == null");
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(model)) {
            found.add(new Violation(v.getPropertyPath().toString(), v.getMessage()));
        }
        return found;
    }

    /**
     * Validates {@code model} by its annotations plus the rules {@code extraRules} adds, and throws
     * when anything is wrong.
     *
     * @param subject what is validated, used in the message, such as {@code "Dashboard"}
     * @param model the model to check
     * @param extraRules adds violations the annotations cannot express; may be {@code null}
     * @throws ModelValidationException listing every violation, if there is any
     */
    public void validate(String subject, Object model, ExtraRules extraRules) {
        List<Violation> found = violations(model);
        if (extraRules != null) {
            extraRules.check(found);
        }
        throwIfAny(subject, found);
    }

    /**
     * Throws when {@code violations} is not empty.
     *
     * @param subject what was validated, used in the message
     * @param violations the violations found
     * @throws ModelValidationException listing every violation, if there is any
     */
    public static void throwIfAny(String subject, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ModelValidationException(subject, violations);
        }
    }

    /**
     * Rules that annotations cannot express; adds to the list it is given.
     *
     * <p>Called on the validating thread; an instance shared between threads must be thread-safe.
     */
    @FunctionalInterface
    public interface ExtraRules {
        /**
         * Adds the violations found to {@code violations}.
         *
         * @param violations the list to add to
         */
        void check(List<Violation> violations);
    }
}
