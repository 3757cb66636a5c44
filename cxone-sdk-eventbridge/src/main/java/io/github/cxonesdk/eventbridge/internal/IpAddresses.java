package io.github.cxonesdk.eventbridge.internal;

/**
 * Parses IPv4 and IPv6 address text without DNS and without allocating. Unlike
 * {@link java.net.InetAddress}, the family is decided by the text alone: {@code ::ffff:10.0.0.1}
 * stays IPv6, so an IPv4 block never matches it (API.md "Filter semantics").
 *
 * <p>Accepted forms: IPv4 dotted quad of decimal octets 0-255 without leading zeros (API.md:
 * {@code 010.0.0.1} is not an IPv4 address, since other readers take {@code 010} as octal); IPv6 of
 * one to eight groups of 1-4 hex digits with at most one {@code ::}, optionally ending in a dotted
 * quad. Zone ids ({@code %eth0}) and brackets are not addresses here.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class IpAddresses {
    /** Returned by {@link #parseIpv4} for text that is not an IPv4 address. */
    public static final long INVALID = -1L;

    private IpAddresses() {
    }

    /**
     * Parses IPv4 text.
     *
     * @param text the text
     * @param from first char index, inclusive
     * @param to last char index, exclusive
     * @return the address as an unsigned 32-bit value, or {@link #INVALID}
     */
    public static long parseIpv4(CharSequence text, int from, int to) {
        long address = 0;
        int octets = 0;
        int i = from;
        while (true) {
            int start = i;
            int value = 0;
            while (i < to && i - start < 4) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || value > 255 || digits > 1 && text.charAt(start) == '0') {
                return INVALID;
            }
            address = (address << 8) | value;
            octets++;
            if (octets == 4) {
                return i == to ? address : INVALID;
            }
            if (i >= to || text.charAt(i) != '.') {
                return INVALID;
            }
            i++;
        }
    }

    /**
     * Parses IPv6 text into two 64-bit halves.
     *
     * @param text the text
     * @param out receives the high half at index 0 and the low half at index 1; length at least 2
     * @return whether {@code text} is an IPv6 address; {@code out} is left unchanged when not
     */
    public static boolean parseIpv6(CharSequence text, long[] out) {
        int length = text.length();
        if (length < 2 || length > 45) {
            return false;
        }
        // groups before "::" are placed by position in head; groups after it shift into tail,
        // which therefore ends up right-aligned in the low groups
        long headHi = 0;
        long headLo = 0;
        long tailHi = 0;
        long tailLo = 0;
        int groups = 0;
        boolean gap = false;
        int i = 0;
        if (text.charAt(0) == ':') {
            if (text.charAt(1) != ':') {
                return false;
            }
            gap = true;
            i = 2;
        }
        while (i < length) {
            int start = i;
            int value = 0;
            while (i < length && i - start < 5) {
                int digit = hexDigit(text.charAt(i));
                if (digit < 0) {
                    break;
                }
                value = (value << 4) | digit;
                i++;
            }
            int count = 1;
            int second = 0;
            if (i < length && text.charAt(i) == '.') {
                long v4 = parseIpv4(text, start, length);
                if (v4 == INVALID) {
                    return false;
                }
                value = (int) (v4 >>> 16);
                second = (int) (v4 & 0xFFFF);
                count = 2;
                i = length;
            } else if (i == start || i - start > 4) {
                return false;
            }
            if (groups + count > 8) {
                return false;
            }
            for (int k = 0; k < count; k++) {
                long group = k == 0 ? value : second;
                if (gap) {
                    tailHi = (tailHi << 16) | (tailLo >>> 48);
                    tailLo = (tailLo << 16) | group;
                } else if (groups < 4) {
                    headHi |= group << (48 - 16 * groups);
                } else {
                    headLo |= group << (48 - 16 * (groups - 4));
                }
                groups++;
            }
            if (i == length) {
                break;
            }
            if (text.charAt(i) != ':' || i + 1 == length) {
                return false;
            }
            i++;
            if (text.charAt(i) == ':') {
                if (gap) {
                    return false;
                }
                gap = true;
                i++;
            }
        }
        if (gap ? groups > 7 : groups != 8) {
            return false;
        }
        out[0] = headHi | tailHi;
        out[1] = headLo | tailLo;
        return true;
    }

    /**
     * Formats an IPv4 address as a dotted quad.
     *
     * @param address the unsigned 32-bit address
     * @return the text, such as {@code 10.0.0.0}
     */
    public static String formatIpv4(long address) {
        return (address >>> 24 & 0xFF) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "."
                + (address & 0xFF);
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
