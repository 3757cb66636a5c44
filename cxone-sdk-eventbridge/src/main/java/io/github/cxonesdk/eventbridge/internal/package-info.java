/**
 * Implementation details of the eventbridge module (not exported): address and number parsing
 * and the regular-expression safety check shared by validation and the local engine.
 */
package io.github.cxonesdk.eventbridge.internal;
