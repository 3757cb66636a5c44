package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Redaction;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Turns a Jackson reading problem into a {@link ModelValidationException} with the JSON path (the module's one way). */
public final class BindingErrors {
    private BindingErrors() {
    }

    /** The exception for {@code e}, with the path and the cause's message (a record's own check, when it failed). */
    public static ModelValidationException of(String subject, JacksonException e) {
        String path = "";
        String message = e.getOriginalMessage();
        if (e instanceof DatabindException d) {
            StringBuilder sb = new StringBuilder();
            d.getPath().forEach(r -> sb.append('/').append(r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex())));
            path = sb.toString();
            if (d.getCause() instanceof IllegalArgumentException iae) {
                message = iae.getMessage();
            }
        }
        return new ModelValidationException(subject, List.of(new Violation(path, Redaction.text(message))), e);
    }
}
