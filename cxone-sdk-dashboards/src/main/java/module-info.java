/**
 * Real-time CXone dashboards as code: validated immutable records, query optimisation, a client with
 * optimistic locking, webhook subscriptions with signature verification, and an audited configurator.
 */
module io.github.cxonesdk.dashboards {
    requires transitive io.github.cxonesdk.core;
    requires org.slf4j;

    exports io.github.cxonesdk.dashboards;

    opens io.github.cxonesdk.dashboards to tools.jackson.databind, org.hibernate.validator;
    opens io.github.cxonesdk.dashboards.internal to tools.jackson.databind;
}
