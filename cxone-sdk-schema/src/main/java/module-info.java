/**
 * Schema evolution for CXone events: JSON Schema compatibility diff (BACKWARD, FORWARD, FULL),
 * payload validation, compiled field mapping with migration chains, versioned event ingestion, and publication of versioned events
 * through the streaming fan-out.
 */
module io.github.cxonesdk.schema {
    requires transitive io.github.cxonesdk.core;
    requires transitive io.github.cxonesdk.streaming;
    requires com.networknt.schema;
    requires tools.jackson.dataformat.yaml;
    requires org.slf4j;

    exports io.github.cxonesdk.schema;
    exports io.github.cxonesdk.schema.mapping;

    opens io.github.cxonesdk.schema to tools.jackson.databind;
    opens io.github.cxonesdk.schema.mapping to tools.jackson.databind;
}
