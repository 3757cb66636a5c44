/**
 * Implementation of the streaming module. Not API: may change in any release.
 */
package io.github.cxonesdk.streaming.internal;
