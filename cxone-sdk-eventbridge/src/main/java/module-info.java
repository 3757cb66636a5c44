/**
 * Event-processing filters for CXone: models, client-side validation and a fast local engine
 * that evaluates filters against JSON events.
 */
module io.github.cxonesdk.eventbridge {
    requires transitive io.github.cxonesdk.core;
    requires tools.jackson.dataformat.yaml;
    requires org.slf4j;

    exports io.github.cxonesdk.eventbridge;
    exports io.github.cxonesdk.eventbridge.engine;

    opens io.github.cxonesdk.eventbridge to tools.jackson.databind;
    opens io.github.cxonesdk.eventbridge.internal to tools.jackson.databind;
}
