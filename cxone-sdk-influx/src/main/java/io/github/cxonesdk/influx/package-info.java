/**
 * InfluxDB line protocol and writer.
 *
 * <p>{@link io.github.cxonesdk.influx.Point} builds a point and refuses, with every reason, what InfluxDB
 * could not read back equal; {@link io.github.cxonesdk.influx.LineProtocol} encodes it exactly;
 * {@link io.github.cxonesdk.influx.InfluxWriter} sends points to the v1 or v2 write API in batches,
 * retries what can be retried, splits what is too large and reports what it could not write.
 */
package io.github.cxonesdk.influx;
