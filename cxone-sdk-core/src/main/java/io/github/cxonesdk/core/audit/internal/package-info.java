/**
 * Implementation of the JSON-lines audit log; not exported.
 */
package io.github.cxonesdk.core.audit.internal;
