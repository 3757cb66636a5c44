/**
 * The SDK's single JSON configuration.
 */
package io.github.cxonesdk.core.json;
