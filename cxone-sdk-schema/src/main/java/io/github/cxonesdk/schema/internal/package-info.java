/**
 * Implementation details of the schema module (not exported): the diff engine, its budget and
 * example search, and the mapping compiler. May change in any release.
 */
package io.github.cxonesdk.schema.internal;
