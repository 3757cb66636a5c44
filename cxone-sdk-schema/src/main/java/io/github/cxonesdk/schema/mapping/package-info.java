/**
 * Compiled field mapping from one payload shape to another: {@link io.github.cxonesdk.schema.mapping.MappingEngine},
 * its rules and transforms, and {@link io.github.cxonesdk.schema.mapping.MigrationChain} for v1 to v2 to v3 migrations.
 */
package io.github.cxonesdk.schema.mapping;
