package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.internal.ModelBinding;
import io.github.cxonesdk.core.internal.ModelBinding.Format;
import io.github.cxonesdk.core.internal.ModelBinding.Unknown;
import java.io.InputStream;

/**
 * The one way to read a {@link Dashboard} from a JSON or YAML document, such as a dashboard kept in
 * version control. Every problem is reported at once as a {@link ModelValidationException} whose
 * violations carry JSON paths ({@code widgets[1].layout.x}): text that is not JSON/YAML, a missing or
 * {@code null} grid coordinate, a {@code null} element in {@code widgets}, {@code groupBy} or
 * {@code metrics}, a fractional number such as {@code 1.5} for an integer field, a string where an
 * object belongs, a number where a string belongs (no coercion: {@code "title": 7} is a violation). Duplicate
 * keys, YAML aliases and content after the document are errors; documents are limited in size (16 MiB) and
 * nesting (64 levels), and at most 100 problems are listed. Jackson exceptions never escape. This is the
 * SDK's one reader of user files (core's {@code ModelBinding}), shared with {@code FilterYaml}.
 *
 * <pre>{@code
 * Dashboard dashboard = Dashboards.readYaml(Files.readString(Path.of("dashboards/agents.yaml")));
 * DashboardValidator.create().validate(dashboard); // the service's limits; the clients also run it
 * }</pre>
 *
 * <p>Reading checks the document's shape; the service's rules (widget limit, date ranges, grid fit)
 * are {@link DashboardValidator}'s, which the clients run before every write. Unknown properties are
 * ignored and unknown enum values read as {@code UNKNOWN}, as for responses. This class is thread-safe.
 */
public final class Dashboards {
    private Dashboards() {
    }

    /**
     * Reads a dashboard from JSON text.
     *
     * @param json the JSON object
     * @return the dashboard
     * @throws ModelValidationException if the text is not a JSON object or does not fit {@link Dashboard}
     * @throws NullPointerException if {@code json} is {@code null}
     */
    public static Dashboard readJson(String json) {
        return ModelBinding.read(json, Format.JSON, Dashboard.class, Unknown.IGNORE);
    }

    /**
     * Reads a dashboard from a JSON stream (UTF-8, UTF-16 or UTF-32), which is left open.
     *
     * @param json the stream
     * @return the dashboard
     * @throws ModelValidationException if the content is not a JSON object or does not fit {@link Dashboard}
     * @throws NullPointerException if {@code json} is {@code null}
     */
    public static Dashboard readJson(InputStream json) {
        return ModelBinding.read(json, Format.JSON, Dashboard.class, Unknown.IGNORE);
    }

    /**
     * Reads a dashboard from YAML text (one document, with the same property names as the JSON).
     *
     * @param yaml the YAML mapping
     * @return the dashboard
     * @throws ModelValidationException if the text is not a YAML mapping or does not fit {@link Dashboard}
     * @throws NullPointerException if {@code yaml} is {@code null}
     */
    public static Dashboard readYaml(String yaml) {
        return ModelBinding.read(yaml, Format.YAML, Dashboard.class, Unknown.IGNORE);
    }

    /**
     * Reads a dashboard from a YAML stream, which is left open.
     *
     * @param yaml the stream
     * @return the dashboard
     * @throws ModelValidationException if the content is not a YAML mapping or does not fit {@link Dashboard}
     * @throws NullPointerException if {@code yaml} is {@code null}
     */
    public static Dashboard readYaml(InputStream yaml) {
        return ModelBinding.read(yaml, Format.YAML, Dashboard.class, Unknown.IGNORE);
    }
}
