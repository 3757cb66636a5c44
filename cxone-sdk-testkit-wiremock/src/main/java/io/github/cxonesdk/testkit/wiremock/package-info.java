/**
 * WireMock stubs of every call of the CXone wire contract, stateful flows built on WireMock scenarios,
 * fault helpers and the same stubs as JSON mapping files. Start at
 * {@link io.github.cxonesdk.testkit.wiremock.CxoneStubs}.
 */
package io.github.cxonesdk.testkit.wiremock;
