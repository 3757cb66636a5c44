/**
 * A tamper-evident audit trail: the {@link io.github.cxonesdk.core.audit.AuditLog} SPI and
 * {@link io.github.cxonesdk.core.audit.JsonlAuditLog}, daily JSON-lines files chained by SHA-256.
 */
package io.github.cxonesdk.core.audit;
