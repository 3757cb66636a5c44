package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Token parsers over the shared mapper's factory, for the hot paths that read a few fields of a
 * message without binding it (stream decoding, event aggregation). The factory's stream read
 * constraints bound nesting depth, string and number lengths, so parsing stays linear.
 */
public final class Json {
    private static final TokenStreamFactory FACTORY = CxoneJson.mapper().tokenStreamFactory();

    private Json() {
    }

    /**
     * Returns a parser over text.
     *
     * @param text JSON text
     * @return a parser; close it after use
     */
    public static JsonParser parser(String text) {
        return FACTORY.createParser(ObjectReadContext.empty(), text);
    }

    /**
     * Returns a parser over UTF-8 bytes.
     *
     * @param bytes  the buffer
     * @param offset where the JSON starts
     * @param length how many bytes
     * @return a parser; close it after use
     */
    public static JsonParser parser(byte[] bytes, int offset, int length) {
        return FACTORY.createParser(ObjectReadContext.empty(), bytes, offset, length);
    }
}
