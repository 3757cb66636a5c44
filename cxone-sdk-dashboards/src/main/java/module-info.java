/**
 * Real-time CXone dashboards as code: validated immutable records, query optimisation, a client with
 * optimistic locking and three-way merge, webhook subscriptions with signature verification, and an
 * audited configurator.
 */
module io.github.cxonesdk.dashboards {
    requires transitive io.github.cxonesdk.core;
    requires org.slf4j;

    exports io.github.cxonesdk.dashboards;
    exports io.github.cxonesdk.dashboards.query;
    exports io.github.cxonesdk.dashboards.webhook;

    // Jackson binds the records; Hibernate Validator reads the constraint annotations of the models.
    opens io.github.cxonesdk.dashboards to tools.jackson.databind, org.hibernate.validator;
    opens io.github.cxonesdk.dashboards.webhook to tools.jackson.databind;
    opens io.github.cxonesdk.dashboards.internal to tools.jackson.databind;
}
