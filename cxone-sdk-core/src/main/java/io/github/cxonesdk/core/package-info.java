/**
 * Core of the CXone SDK: the HTTP pipeline, configuration and optimistic locking.
 */
package io.github.cxonesdk.core;
