package io.github.cxonesdk.core.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one configured Jackson 3 {@link JsonMapper} every module uses: unknown properties are
 * ignored, {@code java.time} values are ISO-8601 strings, {@code null} components are omitted, and
 * untyped decimals (in {@code Object} values and trees) read as exact {@link java.math.BigDecimal}s, so a
 * filter value such as {@code 0.1000000000000000000001} is not rounded to a {@code double}. A fractional
 * number for an integer field ({@code "x": 1.5}) is an error, never silently truncated.
 *
 * <p>This class is thread-safe; the mapper is immutable.
 */
public final class CxoneJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private CxoneJson() {
    }

    /**
     * Returns the shared mapper.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
