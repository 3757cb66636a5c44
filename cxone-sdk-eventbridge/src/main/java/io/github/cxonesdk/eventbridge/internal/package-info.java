/**
 * Implementation details of the eventbridge module (not exported): address and number parsing,
 * the regular-expression safety check shared by validation and the local engine, and the JSON
 * mapping, canonical YAML and diffs behind the filters client. May change in any release.
 */
package io.github.cxonesdk.eventbridge.internal;
