/**
 * InfluxDB for the CXone SDK: a line-protocol encoder that follows the specification exactly and a
 * batching writer for the v1 and v2 write APIs that retries, splits and reports instead of dropping points.
 */
module io.github.cxonesdk.influx {
    requires transitive io.github.cxonesdk.core;
    requires org.slf4j;

    exports io.github.cxonesdk.influx;
}
