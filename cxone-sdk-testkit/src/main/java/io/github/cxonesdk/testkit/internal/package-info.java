/**
 * Implementation of the simulator: one class per endpoint group, the stream sockets, the workload
 * generator and the fault injector. Not exported; no compatibility guarantees.
 */
package io.github.cxonesdk.testkit.internal;
