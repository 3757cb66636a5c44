package io.github.cxonesdk.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code POST /api/v2/events} answered: {@code 202 {"id": "...", "status": "accepted"}}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the id CXone gave the event
 * @param status the status, {@code accepted}
 */
public record IngestionReceipt(@JsonProperty("id") String id, @JsonProperty("status") String status) {
}
