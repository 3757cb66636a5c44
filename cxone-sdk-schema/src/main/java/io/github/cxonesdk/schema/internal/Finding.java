package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.schema.ChangeKind;

/**
 * One change found by the walk, before example search.
 *
 * @param pointer the schema pointer reported to the user
 * @param kind the kind
 * @param detail the readable detail
 * @param breaksBackward whether old payloads can fail the new schema
 * @param breaksForward whether new payloads can fail the old schema
 * @param trail the payload location
 * @param property for property-level changes, the property name (the location is its object)
 * @param oldLoc the old subschema at the location
 * @param newLoc the new subschema at the location
 */
record Finding(String pointer, ChangeKind kind, String detail, boolean breaksBackward, boolean breaksForward,
        Trail trail, String property, Loc oldLoc, Loc newLoc) {
}
