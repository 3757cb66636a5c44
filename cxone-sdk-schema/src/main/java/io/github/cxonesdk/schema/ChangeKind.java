package io.github.cxonesdk.schema;

/**
 * What a {@link SchemaChange} changed. Names read from the old schema to the new one; whether a
 * change breaks BACKWARD or FORWARD is on the change itself, since for content-model and combinator
 * changes it depends on the subschemas involved and the {@link ContentModelPolicy}.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum ChangeKind {
    /** {@code type} accepts some types only the old and some only the new schema accepted. */
    TYPE_CHANGED,
    /** {@code type} accepts fewer types (for example number to integer, or a schema to {@code false}). */
    TYPE_NARROWED,
    /** {@code type} accepts more types (for example integer to number). */
    TYPE_WIDENED,
    /** An {@code enum} now restricts the values. */
    ENUM_ADDED,
    /** The {@code enum} restriction was removed. */
    ENUM_REMOVED,
    /** {@code enum} values were added. */
    ENUM_VALUES_ADDED,
    /** {@code enum} values were removed. */
    ENUM_VALUES_REMOVED,
    /** {@code enum} values were both added and removed. */
    ENUM_VALUES_CHANGED,
    /** A {@code const} now fixes the value. */
    CONST_ADDED,
    /** The {@code const} was removed. */
    CONST_REMOVED,
    /** The {@code const} value changed. */
    CONST_CHANGED,
    /** A {@code format} was added (asserted by {@link PayloadValidator}). */
    FORMAT_ADDED,
    /** The {@code format} was removed. */
    FORMAT_REMOVED,
    /** The {@code format} changed. */
    FORMAT_CHANGED,
    /** {@code maxLength} was added. */
    MAX_LENGTH_ADDED,
    /** {@code maxLength} was removed. */
    MAX_LENGTH_REMOVED,
    /** {@code maxLength} increased. */
    MAX_LENGTH_INCREASED,
    /** {@code maxLength} decreased. */
    MAX_LENGTH_DECREASED,
    /** {@code minLength} was added. */
    MIN_LENGTH_ADDED,
    /** {@code minLength} was removed. */
    MIN_LENGTH_REMOVED,
    /** {@code minLength} increased. */
    MIN_LENGTH_INCREASED,
    /** {@code minLength} decreased. */
    MIN_LENGTH_DECREASED,
    /** A {@code pattern} was added. */
    PATTERN_ADDED,
    /** The {@code pattern} was removed. */
    PATTERN_REMOVED,
    /** The {@code pattern} changed. */
    PATTERN_CHANGED,
    /** {@code maximum} was added. */
    MAXIMUM_ADDED,
    /** {@code maximum} was removed. */
    MAXIMUM_REMOVED,
    /** {@code maximum} increased. */
    MAXIMUM_INCREASED,
    /** {@code maximum} decreased. */
    MAXIMUM_DECREASED,
    /** {@code minimum} was added. */
    MINIMUM_ADDED,
    /** {@code minimum} was removed. */
    MINIMUM_REMOVED,
    /** {@code minimum} increased. */
    MINIMUM_INCREASED,
    /** {@code minimum} decreased. */
    MINIMUM_DECREASED,
    /** {@code exclusiveMaximum} was added. */
    EXCLUSIVE_MAXIMUM_ADDED,
    /** {@code exclusiveMaximum} was removed. */
    EXCLUSIVE_MAXIMUM_REMOVED,
    /** {@code exclusiveMaximum} increased. */
    EXCLUSIVE_MAXIMUM_INCREASED,
    /** {@code exclusiveMaximum} decreased. */
    EXCLUSIVE_MAXIMUM_DECREASED,
    /** {@code exclusiveMinimum} was added. */
    EXCLUSIVE_MINIMUM_ADDED,
    /** {@code exclusiveMinimum} was removed. */
    EXCLUSIVE_MINIMUM_REMOVED,
    /** {@code exclusiveMinimum} increased. */
    EXCLUSIVE_MINIMUM_INCREASED,
    /** {@code exclusiveMinimum} decreased. */
    EXCLUSIVE_MINIMUM_DECREASED,
    /** {@code multipleOf} was added. */
    MULTIPLE_OF_ADDED,
    /** {@code multipleOf} was removed. */
    MULTIPLE_OF_REMOVED,
    /** {@code multipleOf} became a multiple of the old one (fewer values). */
    MULTIPLE_OF_EXPANDED,
    /** {@code multipleOf} became a divisor of the old one (more values). */
    MULTIPLE_OF_REDUCED,
    /** {@code multipleOf} changed to a value that neither divides nor is divided by the old one. */
    MULTIPLE_OF_CHANGED,
    /** A property became required. */
    REQUIRED_ADDED,
    /** A property with a {@code default} became required (compatible: readers fill the default). */
    REQUIRED_WITH_DEFAULT_ADDED,
    /** A property is no longer required. */
    REQUIRED_REMOVED,
    /** A property with a {@code default} in the old schema is no longer required. */
    REQUIRED_WITH_DEFAULT_REMOVED,
    /** A property was declared where any undeclared property was allowed. */
    PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL,
    /** A property was declared where {@code patternProperties} or a schema-valued {@code additionalProperties} governed it. */
    PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL,
    /** A property was declared where undeclared properties were forbidden. */
    PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL,
    /** A property declaration was removed; any value is now allowed under that name. */
    PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL,
    /** A property declaration was removed; {@code patternProperties} or {@code additionalProperties} now governs it. */
    PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL,
    /** A property declaration was removed; the name is now forbidden. */
    PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL,
    /** {@code additionalProperties} allows less. */
    ADDITIONAL_PROPERTIES_NARROWED,
    /** {@code additionalProperties} allows more. */
    ADDITIONAL_PROPERTIES_WIDENED,
    /** {@code additionalProperties} allows something else. */
    ADDITIONAL_PROPERTIES_CHANGED,
    /** A {@code patternProperties} entry was added. */
    PATTERN_PROPERTY_ADDED,
    /** A {@code patternProperties} entry was removed. */
    PATTERN_PROPERTY_REMOVED,
    /** {@code maxProperties} was added. */
    MAX_PROPERTIES_ADDED,
    /** {@code maxProperties} was removed. */
    MAX_PROPERTIES_REMOVED,
    /** {@code maxProperties} increased. */
    MAX_PROPERTIES_INCREASED,
    /** {@code maxProperties} decreased. */
    MAX_PROPERTIES_DECREASED,
    /** {@code minProperties} was added. */
    MIN_PROPERTIES_ADDED,
    /** {@code minProperties} was removed. */
    MIN_PROPERTIES_REMOVED,
    /** {@code minProperties} increased. */
    MIN_PROPERTIES_INCREASED,
    /** {@code minProperties} decreased. */
    MIN_PROPERTIES_DECREASED,
    /** {@code maxItems} was added. */
    MAX_ITEMS_ADDED,
    /** {@code maxItems} was removed. */
    MAX_ITEMS_REMOVED,
    /** {@code maxItems} increased. */
    MAX_ITEMS_INCREASED,
    /** {@code maxItems} decreased. */
    MAX_ITEMS_DECREASED,
    /** {@code minItems} was added. */
    MIN_ITEMS_ADDED,
    /** {@code minItems} was removed. */
    MIN_ITEMS_REMOVED,
    /** {@code minItems} increased. */
    MIN_ITEMS_INCREASED,
    /** {@code minItems} decreased. */
    MIN_ITEMS_DECREASED,
    /** {@code uniqueItems} was turned on. */
    UNIQUE_ITEMS_ADDED,
    /** {@code uniqueItems} was turned off. */
    UNIQUE_ITEMS_REMOVED,
    /** {@code items} changed between one schema and a tuple of schemas. */
    ITEMS_FORM_CHANGED,
    /** An {@code allOf}, {@code anyOf} or {@code oneOf} was added. */
    COMBINATOR_ADDED,
    /** An {@code allOf}, {@code anyOf} or {@code oneOf} was removed. */
    COMBINATOR_REMOVED,
    /** A branch was added to {@code allOf} (narrows), {@code anyOf} or {@code oneOf} (widens). */
    BRANCH_ADDED,
    /** A branch was removed from {@code allOf} (widens), {@code anyOf} or {@code oneOf} (narrows). */
    BRANCH_REMOVED,
    /** The old schema became one branch of an {@code anyOf}/{@code oneOf} in the new schema. */
    SCHEMA_WRAPPED_IN_UNION,
    /** One branch of an old {@code anyOf}/{@code oneOf} became the whole new schema. */
    SCHEMA_UNWRAPPED_FROM_UNION,
    /** A {@code $ref} that is not local changed its target. */
    REFERENCE_CHANGED,
    /** Another validation keyword ({@code not}, {@code if}, {@code contains}, {@code propertyNames}, {@code dependencies}, ...) was added; treated as narrowing. */
    KEYWORD_ADDED,
    /** Another validation keyword was removed; treated as widening. */
    KEYWORD_REMOVED,
    /** Another validation keyword changed; treated as both. */
    KEYWORD_CHANGED,
    /** {@code default} changed (never breaking). */
    DEFAULT_CHANGED,
    /** {@code title}, {@code description}, {@code $comment}, {@code examples}, {@code $id} or {@code $schema} changed (never breaking). */
    ANNOTATION_CHANGED
}
