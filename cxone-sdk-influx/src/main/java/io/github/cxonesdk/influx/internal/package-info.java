/**
 * Implementation of the InfluxDB module: escaping, number formatting, batching, the HTTP exchange and the
 * bounded buffer. Not API.
 */
package io.github.cxonesdk.influx.internal;
