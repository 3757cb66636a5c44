/** JMH benchmarks of the SDK, side by side with peer libraries. Never deployed. */
package io.github.cxonesdk.benchmarks;
