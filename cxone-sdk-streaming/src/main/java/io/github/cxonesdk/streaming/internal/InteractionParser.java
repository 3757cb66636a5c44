package io.github.cxonesdk.streaming.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the fields of an {@code interaction.completed} event the interaction metrics need, straight
 * from the JSON tokens (this is a hot path: no tree, no binding): root {@code type} and
 * {@code timestamp}, and {@code payload.campaignId}, {@code handleTime}, {@code waitTime},
 * {@code completionTime}. Applies the rules of API.md "Interaction metrics". Not thread-safe: one
 * instance per aggregator, reused for every event.
 */
public final class InteractionParser {
    /** Longest campaign id accepted. */
    public static final int MAX_CAMPAIGN_LENGTH = 1_024;
    private static final String COMPLETED = "interaction.completed";

    private String type;
    private String timestamp;
    private String completionTime;
    private String campaignId;
    private double handle;
    private double wait;
    private String handleProblem;
    private String waitProblem;
    private long millis;

    /**
     * Parses text.
     *
     * @param json the event
     * @return null when the event counts, else the reason it does not
     */
    public String parse(String json) {
        try (JsonParser p = Json.parser(json)) {
            return read(p);
        } catch (JacksonException e) {
            return "invalid JSON";
        }
    }

    /**
     * Parses UTF-8 bytes.
     *
     * @param json   the buffer
     * @param offset where the event starts
     * @param length its length
     * @return null when the event counts, else the reason it does not
     */
    public String parse(byte[] json, int offset, int length) {
        try (JsonParser p = Json.parser(json, offset, length)) {
            return read(p);
        } catch (JacksonException e) {
            return "invalid JSON";
        }
    }

    private String read(JsonParser p) {
        type = null;
        timestamp = null;
        completionTime = null;
        campaignId = null;
        handleProblem = "handleTime missing";
        waitProblem = "waitTime missing";
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return "not a JSON object";
        }
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "type" -> type = string(p, t);
                case "timestamp" -> timestamp = string(p, t);
                case "payload" -> payload(p, t);
                default -> p.skipChildren();
            }
        }
        return validate();
    }

    private void payload(JsonParser p, JsonToken t) {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "campaignId" -> campaignId = string(p, v);
                case "completionTime" -> completionTime = string(p, v);
                case "handleTime" -> {
                    handle = number(p, v);
                    handleProblem = Double.isNaN(handle) ? "handleTime not a non-negative number" : null;
                }
                case "waitTime" -> {
                    wait = number(p, v);
                    waitProblem = Double.isNaN(wait) ? "waitTime not a non-negative number" : null;
                }
                default -> p.skipChildren();
            }
        }
    }

    private String validate() {
        if (type != null && !COMPLETED.equals(type)) {
            return "not interaction.completed";
        }
        if (campaignId == null || campaignId.isEmpty()) {
            return "campaignId missing or empty";
        }
        if (campaignId.length() > MAX_CAMPAIGN_LENGTH) {
            return "campaignId too long";
        }
        if (handleProblem != null) {
            return handleProblem;
        }
        if (waitProblem != null) {
            return waitProblem;
        }
        String time = timestamp != null && !timestamp.isEmpty() ? timestamp : completionTime;
        if (time == null || time.isEmpty()) {
            return "time missing";
        }
        millis = IsoInstant.parseMillis(time);
        return millis == IsoInstant.INVALID ? "time not ISO-8601 with an offset" : null;
    }

    private static String string(JsonParser p, JsonToken t) {
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        p.skipChildren();
        return null;
    }

    /** Returns the value, or NaN when it is not a finite, non-negative number or numeric string. */
    private static double number(JsonParser p, JsonToken t) {
        double v;
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            v = p.getDoubleValue();
        } else if (t == JsonToken.VALUE_STRING) {
            v = numeric(p.getString());
        } else {
            p.skipChildren();
            return Double.NaN;
        }
        return Double.isFinite(v) && v >= 0 ? v : Double.NaN;
    }

    /** A decimal number, optionally signed, with optional fraction and exponent; nothing else (no hex, no suffix). */
    static double numeric(String s) {
        int n = s.length();
        if (n == 0 || n > 64) {
            return Double.NaN;
        }
        int i = 0;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return Double.NaN;
            }
        }
        return i == n ? Double.parseDouble(s) : Double.NaN;
    }

    /** @return the campaign of the last event that counted */
    public String campaignId() {
        return campaignId;
    }

    /** @return its handle time */
    public double handleTime() {
        return handle;
    }

    /** @return its wait time */
    public double waitTime() {
        return wait;
    }

    /** @return its time in epoch milliseconds */
    public long epochMillis() {
        return millis;
    }
}
