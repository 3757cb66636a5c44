/**
 * Implementation details of the eventbridge module (not exported): address and number parsing,
 * the regular-expression safety check shared by validation and the local engine, the Jackson binding
 * of response bodies and files ({@code Binding}, {@code Wire}), canonical YAML and diffs. May change in any release.
 */
package io.github.cxonesdk.eventbridge.internal;
