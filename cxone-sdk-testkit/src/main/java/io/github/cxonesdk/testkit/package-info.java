/**
 * A stateful, in-process simulator of the CXone wire contract for tests and demos.
 *
 * <p>{@link io.github.cxonesdk.testkit.CxoneSimulator} serves every REST call and both WebSocket
 * streams of the contract on one local port, with real state (ETags, lifecycles, pagination, audit),
 * a seeded {@link io.github.cxonesdk.testkit.Workload} and runtime {@link io.github.cxonesdk.testkit.Faults}.
 * {@link io.github.cxonesdk.testkit.CxoneSimulatorExtension} hands a fresh simulator to JUnit 5 tests.
 */
package io.github.cxonesdk.testkit;
