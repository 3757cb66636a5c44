/**
 * Core of the CXone SDK: configuration, authentication, the HTTP pipeline, the exception tree,
 * optimistic locking, pagination, waiters, the audit log and observability hooks.
 */
module io.github.cxonesdk.core {
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml; // user files in YAML (internal.ModelBinding)
    requires org.snakeyaml.engine;
    requires transitive jakarta.validation;
    requires transitive java.net.http;
    requires org.hibernate.validator;
    requires dev.failsafe.core;
    requires org.slf4j;
    requires java.logging; // only to keep Hibernate Validator's version line off System.err (LibraryLogging)

    exports io.github.cxonesdk.core;
    exports io.github.cxonesdk.core.exception;
    exports io.github.cxonesdk.core.json;
    exports io.github.cxonesdk.core.paging;
    exports io.github.cxonesdk.core.validation;
    exports io.github.cxonesdk.core.auth;
    exports io.github.cxonesdk.core.spi;
    exports io.github.cxonesdk.core.waiter;
    exports io.github.cxonesdk.core.audit;
    // Not API: shared helpers (argument checks, redaction) for the SDK's own modules only.
    exports io.github.cxonesdk.core.internal to io.github.cxonesdk.dashboards, io.github.cxonesdk.eventbridge,
            io.github.cxonesdk.streaming,
            io.github.cxonesdk.schema,
            io.github.cxonesdk.influx;

    opens io.github.cxonesdk.core to tools.jackson.databind;
    opens io.github.cxonesdk.core.audit to tools.jackson.databind;
}
