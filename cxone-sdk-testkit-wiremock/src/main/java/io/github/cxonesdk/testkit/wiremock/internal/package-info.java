/** Implementation of the stubs: the route table, response bodies and stub builders. Not API. */
package io.github.cxonesdk.testkit.wiremock.internal;
