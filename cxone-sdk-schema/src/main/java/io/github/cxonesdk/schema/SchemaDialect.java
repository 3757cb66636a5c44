package io.github.cxonesdk.schema;

import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schema drafts {@link PayloadValidator} understands. A schema's own {@code $schema}
 * keyword always wins; the validator's default dialect applies to schemas without one.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum SchemaDialect {
    /** Draft 4. */
    DRAFT_4(SpecificationVersion.DRAFT_4),
    /** Draft 6. */
    DRAFT_6(SpecificationVersion.DRAFT_6),
    /** Draft 7, the default. */
    DRAFT_7(SpecificationVersion.DRAFT_7),
    /** Draft 2019-09. */
    DRAFT_2019_09(SpecificationVersion.DRAFT_2019_09),
    /** Draft 2020-12. */
    DRAFT_2020_12(SpecificationVersion.DRAFT_2020_12);

    private final SpecificationVersion version;

    SchemaDialect(SpecificationVersion version) {
        this.version = version;
    }

    SpecificationVersion version() {
        return version;
    }

    /**
     * Returns the dialect's meta-schema URI, the value of {@code $schema} that selects it.
     *
     * @return the meta-schema URI
     */
    public String metaSchemaUri() {
        return version.getDialectId();
    }
}
