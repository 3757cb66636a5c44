package io.github.cxonesdk.eventbridge.engine;

import io.github.cxonesdk.eventbridge.AttributeMatcher;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.PatternRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A deliberately naive, tree-based reading of API.md "Filter semantics", written independently of
 * the engine (no shared code), used to cross-check the engine's indexes and streaming extraction.
 */
final class ReferenceMatcher {
    private static final Pattern IPV4 = Pattern.compile(
            "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    private ReferenceMatcher() {
    }

    static boolean matches(FilterDefinition filter, JsonNode event) {
        JsonNode channel = resolve(event, "channel");
        if (channel == null || !channel.isString() || !channel.asString().equals(filter.channel().wireValue())) {
            return false;
        }
        for (AttributeMatcher m : filter.matchers()) {
            JsonNode actual = resolve(event, m.attribute());
            if (actual == null || !holds(m, actual)) {
                return false;
            }
        }
        for (PatternRule r : filter.patternRules()) {
            JsonNode actual = resolve(event, r.field());
            if (actual == null || !actual.isString() || !holds(r, actual.asString())) {
                return false;
            }
        }
        return true;
    }

    static JsonNode resolve(JsonNode event, String path) {
        JsonNode current = event;
        for (String name : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(name);
        }
        return current;
    }

    private static boolean holds(AttributeMatcher m, JsonNode actual) {
        Object value = m.value();
        switch (m.operator()) {
            case EQUALS:
                return same(actual, value);
            case NOT_EQUALS:
                return !same(actual, value);
            case GREATER_THAN:
            case LESS_THAN:
                BigDecimal a = number(actual);
                BigDecimal v = number(value);
                if (a == null || v == null) {
                    return false;
                }
                return m.operator().name().equals("GREATER_THAN") ? a.compareTo(v) > 0 : a.compareTo(v) < 0;
            case CONTAINS:
                if (actual.isString()) {
                    return value instanceof String s && actual.asString().contains(s);
                }
                if (actual.isArray()) {
                    for (JsonNode element : actual) {
                        if (same(element, value)) {
                            return true;
                        }
                    }
                }
                return false;
            case IN:
                for (Object option : (List<?>) value) {
                    if (same(actual, option)) {
                        return true;
                    }
                }
                return false;
            default:
                throw new IllegalStateException();
        }
    }

    private static boolean same(JsonNode actual, Object value) {
        BigDecimal a = number(actual);
        BigDecimal v = number(value);
        if (a != null && v != null) {
            return a.compareTo(v) == 0;
        }
        if (value instanceof String s) {
            return actual.isString() && actual.asString().equals(s);
        }
        if (value instanceof Boolean b) {
            return actual.isBoolean() && actual.booleanValue() == b;
        }
        return false;
    }

    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.isString() ? parse(node.asString()) : null;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return value instanceof String s ? parse(s) : null;
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean holds(PatternRule r, String actual) {
        switch (r.type()) {
            case REGEX:
                return Pattern.compile(r.pattern()).matcher(actual).find();
            case PREFIX:
                return actual.startsWith(r.pattern());
            case CIDR:
                return inBlock(actual, r.pattern());
            default:
                throw new IllegalStateException();
        }
    }

    private static boolean inBlock(String address, String block) {
        String[] parts = block.split("/");
        byte[] network = bytes(parts[0]);
        byte[] candidate = bytes(address);
        if (network == null || candidate == null || network.length != candidate.length) {
            return false;
        }
        int bits = network.length * 8;
        int length = Integer.parseInt(parts[1]);
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE));
        return new BigInteger(1, network).and(mask).equals(new BigInteger(1, candidate).and(mask));
    }

    /** 4 bytes for dotted IPv4 text, 16 for IPv6 text (IPv4-mapped stays 16), null otherwise. */
    private static byte[] bytes(String text) {
        if (IPV4.matcher(text).matches()) {
            return literal(text);
        }
        if (!text.contains(":") || !text.matches("[0-9a-fA-F:.]+")) {
            return null; // never hand a host name to InetAddress: no DNS
        }
        byte[] raw = literal(text);
        if (raw != null && raw.length == 4) {
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xFF;
            mapped[11] = (byte) 0xFF;
            System.arraycopy(raw, 0, mapped, 12, 4);
            return mapped;
        }
        return raw;
    }

    private static byte[] literal(String text) {
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
