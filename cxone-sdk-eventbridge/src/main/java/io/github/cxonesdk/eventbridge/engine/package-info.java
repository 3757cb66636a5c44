/**
 * The local filter engine: {@link io.github.cxonesdk.eventbridge.engine.FilterEngine} compiles
 * filters once and evaluates, explains and replays JSON events with the service's semantics.
 */
package io.github.cxonesdk.eventbridge.engine;
