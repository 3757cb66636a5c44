/**
 * Schema evolution: {@link io.github.cxonesdk.schema.SchemaDiff} classifies the changes between two
 * JSON Schemas for BACKWARD, FORWARD and FULL compatibility, {@link io.github.cxonesdk.schema.PayloadValidator}
 * validates payloads, and {@link io.github.cxonesdk.schema.VersionedEvent} with
 * {@link io.github.cxonesdk.schema.EventIngestionClient} publishes versioned events to CXone;
 * {@link io.github.cxonesdk.schema.VersionedEventPublisher} publishes them to downstream subscribers
 * through the streaming fan-out, one stream per schema version.
 */
package io.github.cxonesdk.schema;
