/**
 * Implementation of the event-processing filter clients: JSON mapping, canonical YAML and diffs.
 * Not part of the API; may change in any release.
 */
package io.github.cxonesdk.eventbridge.internal;
