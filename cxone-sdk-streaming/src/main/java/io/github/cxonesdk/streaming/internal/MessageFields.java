package io.github.cxonesdk.streaming.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The top-level fields a stream protocol needs from a server message, read with a token parser:
 * {@code type}, {@code eventId}, {@code sequence}, {@code message} and {@code payload.userId}. Every
 * other value is skipped. Linear in the input; nesting depth is bounded by the parser's constraints.
 */
public final class MessageFields {
    /** Longest id or user id accepted; longer ones make the message malformed (bounded de-dup memory). */
    public static final int MAX_ID_LENGTH = 256;

    String type;
    String eventId;
    long sequence;
    boolean hasSequence;
    String message;
    String userId;
    String problem;

    private MessageFields() {
    }

    /**
     * Reads a message; never throws.
     *
     * @param text the message
     * @return the fields, with {@link #problem()} set when the message is not a readable JSON object
     */
    public static MessageFields read(String text) {
        MessageFields f = new MessageFields();
        try (JsonParser p = Json.parser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                f.problem = "not a JSON object";
                return f;
            }
            f.readObject(p);
            if (f.problem == null && p.nextToken() != null) {
                f.problem = "trailing content";
            }
        } catch (JacksonException e) {
            f.problem = "invalid JSON";
        }
        return f;
    }

    private void readObject(JsonParser p) {
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "type" -> type = string(p, t);
                case "eventId" -> eventId = string(p, t);
                case "message" -> message = string(p, t);
                case "sequence" -> {
                    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                        sequence = p.getLongValue();
                        hasSequence = true;
                    }
                }
                case "payload" -> readPayload(p, t);
                default -> p.skipChildren();
            }
        }
    }

    private void readPayload(JsonParser p, JsonToken t) {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken v = p.nextToken();
            if ("userId".equals(name)) {
                userId = string(p, v);
            } else {
                p.skipChildren();
            }
        }
    }

    private static String string(JsonParser p, JsonToken t) {
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        p.skipChildren();
        return null;
    }

    /** @return the reason the message could not be read, or null */
    public String problem() {
        return problem;
    }

    /** @return the {@code type} string, or null */
    public String type() {
        return type;
    }

    /** @return the {@code eventId} string, or null */
    public String eventId() {
        return eventId;
    }

    /** @return whether an integral {@code sequence} was present */
    public boolean hasSequence() {
        return hasSequence;
    }

    /** @return the {@code sequence}, when {@link #hasSequence()} */
    public long sequence() {
        return sequence;
    }

    /** @return the {@code message} string, or null */
    public String message() {
        return message;
    }

    /** @return {@code payload.userId}, or null */
    public String userId() {
        return userId;
    }
}
