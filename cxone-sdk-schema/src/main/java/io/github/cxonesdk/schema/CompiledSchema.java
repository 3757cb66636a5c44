package io.github.cxonesdk.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One JSON Schema compiled by {@link PayloadValidator}: validating with it does no parsing or
 * compilation, so hold on to it on hot paths.
 *
 * <p>This class is thread-safe: one instance validates from many threads at once.
 */
public final class CompiledSchema {
    private final Schema schema;

    CompiledSchema(Schema schema) {
        this.schema = schema;
    }

    /**
     * Validates a payload.
     *
     * @param payload the payload (a JSON tree); not modified
     * @return every violation, each with the payload location as a JSON Pointer
     * @throws ModelValidationException if the schema turns out to be unusable while validating (for
     *     example a {@code $ref} that cannot be resolved)
     */
    public ValidationResult validate(JsonNode payload) {
        Objects.requireNonNull(payload, "payload == null");
        List<Error> errors;
        try {
            errors = schema.validate(payload);
        } catch (SchemaException e) {
            throw PayloadValidator.invalidSchema(e);
        }
        if (errors.isEmpty()) {
            return ValidationResult.VALID;
        }
        List<Violation> out = new ArrayList<>(errors.size());
        for (Error error : errors) {
            out.add(new Violation(error.getInstanceLocation().toString(), message(error)));
        }
        return new ValidationResult(out);
    }

    /**
     * Tells whether a payload satisfies the schema, without building messages.
     *
     * @param payload the payload
     * @return {@code true} when valid
     * @throws ModelValidationException if the schema turns out to be unusable while validating
     */
    public boolean accepts(JsonNode payload) {
        return validate(payload).valid();
    }

    private static String message(Error error) {
        String keyword = error.getKeyword();
        String text = Redaction.text(error.getMessage());
        return keyword == null ? text : keyword + ": " + text;
    }
}
