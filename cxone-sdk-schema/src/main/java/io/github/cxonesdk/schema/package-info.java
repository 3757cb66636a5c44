/**
 * Schema evolution: {@link io.github.cxonesdk.schema.PayloadValidator} validates payloads against
 * JSON Schemas.
 */
package io.github.cxonesdk.schema;
