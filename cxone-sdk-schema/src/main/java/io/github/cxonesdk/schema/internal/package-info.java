/**
 * Implementation details of the schema module (not exported): the diff engine, its budget and
 * example search, the mapping compiler, and the byte-level JSON reading and writing behind
 * {@code MappingEngine.map(byte[])} ({@link io.github.cxonesdk.schema.internal.JsonScanner},
 * {@link io.github.cxonesdk.schema.internal.SourcePlan}, {@link io.github.cxonesdk.schema.internal.JsonBytesWriter}).
 * May change in any release.
 */
package io.github.cxonesdk.schema.internal;
