/**
 * A tamper-evident audit trail: the {@link io.github.cxonesdk.core.audit.AuditLog} SPI and
 * {@link io.github.cxonesdk.core.audit.JsonlAuditLog}, daily JSON-lines files chained by SHA-256 or, with a
 * caller's key, HMAC-SHA256, with a persisted head and one writer per directory.
 */
package io.github.cxonesdk.core.audit;
