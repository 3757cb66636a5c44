/**
 * Implementation of the HTTP pipeline, redaction and transport; not exported.
 */
package io.github.cxonesdk.core.internal;
