/**
 * Implementation of the token providers and their cache; not exported.
 */
package io.github.cxonesdk.core.auth.internal;
